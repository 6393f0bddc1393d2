/**
 * A value `createSignatureHash()` can sign; `null` and `undefined` values are left out of
 * the signature (as they are left out of the request).
 *
 * @example
 * ```ts
 * import { AlgorithmTypes, Auth, type SignatureValue } from '@acct/auth';
 *
 * // values of any of these types are signed as their string form
 * const params: Record<string, SignatureValue> = { to: '447700900000', amount: 42, urgent: true };
 * const auth = new Auth({
 *   apiKey: 'abcd1234',
 *   signature: { secret: 'Sign1ngSecret', algorithm: AlgorithmTypes.sha256hmac },
 * });
 * console.log((await auth.createSignatureHash(params)).sig);
 * ```
 */
export type SignatureValue = string | number | boolean | null | undefined;

/**
 * The credentials `getQueryParams()` adds.
 *
 * @example
 * ```ts
 * import { Auth, type AuthQueryParams } from '@acct/auth';
 *
 * // only for an API that asks for the credentials as parameters: prefer the Basic header
 * const auth = new Auth({ apiKey: 'abcd1234', apiSecret: 'Abcdef123456' });
 * const query: AuthQueryParams & { to: string } = await auth.getQueryParams({ to: '447700900000' });
 * console.log(Object.keys(query)); // ['to', 'api_key', 'api_secret']
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
 * import { AlgorithmTypes, Auth, type AuthSignedParams } from '@acct/auth';
 *
 * const auth = new Auth({
 *   apiKey: 'abcd1234',
 *   signature: { secret: 'Sign1ngSecret', algorithm: AlgorithmTypes.md5hash },
 * });
 * const signed: AuthSignedParams = await auth.createSignatureHash({ timestamp: 1700000000 });
 * console.log(signed.api_key, signed.timestamp, signed.sig.length); // abcd1234 1700000000 32
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
