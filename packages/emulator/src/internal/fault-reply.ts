import type { QueuedFault } from './fault-queue';
import { familyError, reasonOf, type Family, type Reply } from './reply';

/** The answer of a fault with a `status`: its body (string as is, else JSON) or the family's error body. */
export function faultReply(fault: QueuedFault, family: Family, requestId: string): Reply {
  const status = fault.status as number;
  if (fault.body === undefined) {
    return familyError(family, status, requestId, `injected fault: ${reasonOf(status)}`, {
      ...fault.headers,
    });
  }
  const text = typeof fault.body === 'string';
  return {
    status,
    headers: {
      'content-type': text ? 'text/plain; charset=utf-8' : 'application/json',
      ...fault.headers,
    },
    body: text ? fault.body : JSON.stringify(fault.body),
  };
}
