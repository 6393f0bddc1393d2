import type { QueuedFault } from './fault-queue';
import { NULL_BODY_STATUSES } from './limits';
import { familyError, reasonOf, type Family, type Reply } from './reply';

/**
 * The answer of a fault with a `status`: its body (a string as text, anything else as the JSON
 * made at `inject()` time), no body for 204, 205 and 304, else the family's error body.
 */
export function faultReply(fault: QueuedFault, family: Family, requestId: string): Reply {
  const status = fault.status as number;
  if (NULL_BODY_STATUSES.has(status)) return { status, headers: { ...fault.headers }, body: '' };
  if (fault.body === undefined) {
    return familyError(family, status, requestId, `injected fault: ${reasonOf(status)}`, {
      ...fault.headers,
    });
  }
  return {
    status,
    headers: {
      'content-type': fault.body.json ? 'application/json' : 'text/plain; charset=utf-8',
      ...fault.headers,
    },
    body: fault.body.text,
  };
}
