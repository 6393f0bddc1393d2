/**
 * A value `createSignatureHash()` can sign; `null` and `undefined` values are left out of
 * the signature (as they are left out of the request).
 *
 * @example
 * ```ts
 * import type { SignatureValue } from '@acct/auth';
 *
 * const value: SignatureValue = 42;
 * ```
 */
export type SignatureValue = string | number | boolean | null | undefined;

/**
 * The credentials `getQueryParams()` adds.
 *
 * @example
 * ```ts
 * import type { AuthQueryParams } from '@acct/auth';
 *
 * const query: AuthQueryParams = { api_key: 'abcd1234', api_secret: 'Abcdef123456' };
 * ```
 */
export interface AuthQueryParams {
  /** The API key. */
  api_key: string;
  /** The API secret. */
  api_secret: string;
}

/**
 * The fields `createSignatureHash()` adds.
 *
 * @example
 * ```ts
 * import type { AuthSignedParams } from '@acct/auth';
 *
 * const signed: AuthSignedParams = { api_key: 'abcd1234', timestamp: '1700000000', sig: '9f0e...' };
 * ```
 */
export interface AuthSignedParams {
  /** The API key. */
  api_key: string;
  /** Seconds since the epoch: the one given, or the current time as a string. */
  timestamp: string | number;
  /** The signature, lower-case hex. */
  sig: string;
}

/**
 * What a client needs from a credentials object: every way of authenticating a request.
 * {@link Auth} implements it; another implementation (for example one fetching secrets
 * from a vault) can be given to a client instead.
 *
 * @example
 * ```ts
 * import type { AuthInterface } from '@acct/auth';
 *
 * async function authorize(auth: AuthInterface): Promise<Record<string, string>> {
 *   return { authorization: await auth.createBasicHeader() };
 * }
 * ```
 */
export interface AuthInterface {
  /**
   * Returns a new object: `params` plus `api_key` and `api_secret`.
   *
   * @param params - Query or form parameters; not modified.
   * @returns A new object with the credentials added.
   */
  getQueryParams<T extends object = Record<string, unknown>>(
    params?: T,
  ): Promise<T & AuthQueryParams>;

  /**
   * Returns the Basic `Authorization` header value.
   *
   * @returns `Basic base64(apiKey:apiSecret)`.
   */
  createBasicHeader(): Promise<string>;

  /**
   * Returns a Bearer `Authorization` header value holding an RS256 JWT.
   *
   * @returns `Bearer <jwt>`.
   */
  createBearerHeader(): Promise<string>;

  /**
   * Returns a new object: `params` plus `api_key`, `timestamp` (when absent) and `sig`.
   *
   * @param params - The request parameters to sign; not modified.
   * @returns A new object with the signature added.
   */
  createSignatureHash<T extends object = Record<string, SignatureValue>>(
    params: T,
  ): Promise<T & AuthSignedParams>;
}
