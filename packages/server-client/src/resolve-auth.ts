import { Auth, isAuthInterface, type AuthInterface, type AuthParams } from '@acct/auth';

/** An environment variable, or undefined when unset or empty. */
const env = (name: string): string | undefined => process.env[name] || undefined;

/**
 * The credentials a client uses: `credentials` as they are when they implement `AuthInterface`,
 * else a new `Auth` built from them, where `apiKey` and `apiSecret` default to `ACCT_API_KEY`
 * and `ACCT_API_SECRET` (read now; a value passed explicitly wins). Anything but a plain object
 * or `undefined` goes to `Auth` as it is, whose first call then rejects with the typed error.
 * `Client` and `Acct` both build their `Auth` here, so one rule decides what the environment
 * supplies.
 *
 * @param credentials - An `AuthInterface`, or the `AuthParams` to build an `Auth` from.
 * @returns The `AuthInterface` to authenticate requests with.
 * @example
 * ```ts
 * import { Accounts, Secrets } from '@acct/accounts';
 * import { resolveAuth } from '@acct/server-client';
 *
 * // two clients sharing one Auth; with ACCT_API_KEY/ACCT_API_SECRET exported, `resolveAuth()`
 * const auth = resolveAuth({ apiKey: 'abcd1234', apiSecret: 'Abcdef123456' });
 * const accounts = new Accounts(auth);
 * const secrets = new Secrets(auth);
 * console.log((await accounts.getBalance()).value, (await secrets.listSecrets('abcd1234'))._embedded.secrets.length);
 * ```
 */
export const resolveAuth = (credentials?: AuthInterface | AuthParams): AuthInterface => {
  if (isAuthInterface(credentials)) return credentials;
  try {
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
  } catch {
    // a getter or proxy that throws: Auth reads the same object and names the problem at the
    // first call, as it does for every other bad credential (construction never throws)
    return new Auth(credentials);
  }
};
