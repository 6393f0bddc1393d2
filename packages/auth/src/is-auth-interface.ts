import type { AuthInterface } from './auth-interface';

/** The methods every {@link AuthInterface} has. */
const AUTH_METHODS = [
  'getQueryParams',
  'createBasicHeader',
  'createBearerHeader',
  'createSignatureHash',
] as const;

/**
 * Tells whether a value implements {@link AuthInterface}: an object with the four methods
 * `getQueryParams`, `createBasicHeader`, `createBearerHeader` and `createSignatureHash` as
 * functions. An `Auth` from any installed copy of `@acct/auth` (or the peer SDK's `Auth`, or a
 * custom implementation) passes; `AuthParams` such as `{ apiKey, apiSecret }` do not. It never
 * throws, even for a Proxy or an object whose getters throw.
 *
 * @param value - Anything, such as the `credentials` argument of a client constructor.
 * @returns `true` when `value` can be used as an `AuthInterface`.
 *
 * @example
 * ```ts
 * import { Auth, isAuthInterface, type AuthInterface, type AuthParams } from '@acct/auth';
 *
 * function toAuth(credentials: AuthInterface | AuthParams): AuthInterface {
 *   return isAuthInterface(credentials) ? credentials : new Auth(credentials);
 * }
 *
 * console.log(isAuthInterface(new Auth())); // true
 * console.log(isAuthInterface({ apiKey: 'abcd1234', apiSecret: 'Abcdef123456' })); // false
 * console.log(await toAuth({ apiKey: 'abcd1234', apiSecret: 'Abcdef123456' }).createBasicHeader());
 * ```
 */
export function isAuthInterface(value: unknown): value is AuthInterface {
  if (typeof value !== 'object' || value === null) return false;
  try {
    const candidate = value as Record<string, unknown>;
    return AUTH_METHODS.every((name) => typeof candidate[name] === 'function');
  } catch {
    return false;
  }
}
