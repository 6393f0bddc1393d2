import type { StoredAccount } from '../account-store';
import { errorCode, json, type Reply } from '../reply';
import type { RouteContext } from './route-context';

const FIELDS = ['moCallBackUrl', 'drCallBackUrl'] as const;

function isWebUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** The five fields `POST /account/settings` answers. */
export function settingsBody(account: StoredAccount): Record<string, string | number> {
  return {
    'mo-callback-url': account.moCallBackUrl,
    'dr-callback-url': account.drCallBackUrl,
    'max-outbound-request': account.maxOutboundRequest,
    'max-inbound-request': account.maxInboundRequest,
    'max-calls-per-second': account.maxCallsPerSecond,
  };
}

/**
 * `POST /account/settings`: updates the callback URLs given (an empty string unsets one; a
 * value that is not an http(s) URL is a 400 and changes nothing) and answers all five fields.
 * No fields changes nothing.
 */
export function settings({ caller, form }: RouteContext): Reply {
  for (const field of FIELDS) {
    const value = form[field];
    if (value !== undefined && value !== '' && !isWebUrl(value)) {
      return errorCode(400, `invalid parameter: ${field} must be an http or https URL`);
    }
  }
  for (const field of FIELDS) {
    const value = form[field];
    if (value !== undefined) caller[field] = value;
  }
  return json(200, settingsBody(caller));
}
