import type { InvalidParameter } from '@acct/http';
import { invalid } from '../internal/invalid';
import type { AccountCallbacks } from '../types/account-callbacks';

const FIELDS = ['moCallBackUrl', 'drCallBackUrl'] as const;

const isHttpUrl = (value: string): boolean => {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
};

/**
 * Checks `callbacks` and returns the form to send: `''` kept (it unsets), `undefined` left out,
 * anything else must be an absolute http(s) URL. Unknown keys are refused (a typo such as
 * `moCallbackUrl` would otherwise be dropped silently).
 */
export const assertCallbacks = (callbacks: unknown): Record<string, string> => {
  if (callbacks === null || typeof callbacks !== 'object' || Array.isArray(callbacks)) {
    throw invalid('callbacks are invalid', [
      { name: 'callbacks', reason: "must be an object such as { moCallBackUrl: 'https://...' }" },
    ]);
  }
  const problems: InvalidParameter[] = [];
  const form: Record<string, string> = {};
  for (const key of Object.keys(callbacks)) {
    if (!(FIELDS as readonly string[]).includes(key)) {
      problems.push({ name: key, reason: 'is not a callback; use moCallBackUrl or drCallBackUrl' });
    }
  }
  for (const field of FIELDS) {
    const value = (callbacks as AccountCallbacks)[field];
    if (value === undefined) continue;
    if (typeof value === 'string' && (value === '' || isHttpUrl(value))) {
      form[field] = value;
    } else {
      problems.push({
        name: field,
        reason: "must be an absolute http(s) URL, or '' to unset it",
      });
    }
  }
  if (problems.length > 0) throw invalid('callbacks are invalid', problems);
  return form;
};
