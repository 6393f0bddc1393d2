import { AcctError, describeValue } from '@acct/http';
import { checkShape } from './check-shape';
import { invalidParam, invalidWith } from './invalid-param';
import { absent } from './show-key';

/** Every key `new Auth()` accepts. */
export const AUTH_PARAM_KEYS = [
  'apiKey',
  'apiSecret',
  'applicationId',
  'privateKey',
  'signature',
  'jwtOptions',
  'now',
] as const;

/**
 * What `new Auth()` keeps: the settings as given (each checked by the first method that needs
 * it), or the problem with the options object itself, which every method rejects with.
 */
export interface AuthSettings {
  /** The options object is not a plain object, has an unknown key, or `now` is not a function. */
  readonly problem?: AcctError;
  readonly apiKey?: unknown;
  readonly apiSecret?: unknown;
  readonly applicationId?: unknown;
  readonly privateKey?: unknown;
  readonly signature?: unknown;
  readonly jwtOptions?: unknown;
  /** The clock, in milliseconds since the epoch. */
  readonly now: () => number;
}

/** The default clock: looked up on every call, so fake timers installed later apply. */
const systemNow = (): number => Date.now();

/**
 * Reads the `new Auth()` options without ever throwing: a problem is kept and given to every
 * method, so that an application can build its clients at import time.
 *
 * @param params - What the caller passed.
 * @returns The settings, or the problem.
 */
export function readAuthParams(params: unknown): AuthSettings {
  if (absent(params)) return { now: systemNow };
  try {
    const p = checkShape(params, 'params', AUTH_PARAM_KEYS);
    const now = absent(p.now) ? systemNow : p.now;
    if (typeof now !== 'function') {
      return {
        problem: invalidParam('now', 'a function returning milliseconds', describeValue(now)),
        now: systemNow,
      };
    }
    return {
      apiKey: p.apiKey,
      apiSecret: p.apiSecret,
      applicationId: p.applicationId,
      privateKey: p.privateKey,
      signature: p.signature,
      jwtOptions: p.jwtOptions,
      now: now as () => number,
    };
  } catch (err) {
    // a getter or a Proxy trap of the caller's object threw
    const problem =
      err instanceof AcctError
        ? err
        : invalidWith('params', 'could not be read: pass a plain object of AuthParams', err);
    return { problem, now: systemNow };
  }
}
