import { Auth, type AuthInterface, type AuthParams } from '@acct/auth';

const AUTH_METHODS = [
  'getQueryParams',
  'createBasicHeader',
  'createBearerHeader',
  'createSignatureHash',
] as const;

/** True when `value` already implements `AuthInterface` (an `Auth`, or a custom implementation). */
export const isAuthInterface = (value: unknown): value is AuthInterface =>
  value !== null &&
  typeof value === 'object' &&
  AUTH_METHODS.every((name) => typeof (value as Record<string, unknown>)[name] === 'function');

/** An environment variable, or undefined when unset or empty. */
const env = (name: string): string | undefined => process.env[name] || undefined;

/**
 * Uses `credentials` as is when it implements `AuthInterface`, else builds an `Auth` from it.
 * `apiKey` and `apiSecret` default to `ACCT_API_KEY` and `ACCT_API_SECRET`, read now; a value
 * passed explicitly wins. Anything but a plain object or `undefined` goes to `Auth` as it is,
 * whose first call then rejects with the typed error.
 */
export const toAuth = (credentials: AuthInterface | AuthParams | undefined): AuthInterface => {
  if (isAuthInterface(credentials)) return credentials;
  const proto: unknown =
    credentials !== null && typeof credentials === 'object'
      ? Object.getPrototypeOf(credentials)
      : undefined;
  if (credentials !== undefined && proto !== Object.prototype && proto !== null) {
    return new Auth(credentials);
  }
  const given: AuthParams = credentials ?? {};
  const apiKey = given.apiKey ?? env('ACCT_API_KEY');
  const apiSecret = given.apiSecret ?? env('ACCT_API_SECRET');
  return new Auth({
    ...given,
    ...(apiKey === undefined ? {} : { apiKey }),
    ...(apiSecret === undefined ? {} : { apiSecret }),
  });
};
