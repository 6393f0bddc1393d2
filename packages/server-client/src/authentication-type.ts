/**
 * How a {@link Client} authenticates its requests. Each client subclass sets its own
 * `protected authType`; {@link Client.addAuthenticationToRequest} applies it to every attempt.
 *
 * @example
 * ```ts
 * import { AuthenticationType, Client } from '@acct/server-client';
 *
 * class Reports extends Client {
 *   protected override authType = AuthenticationType.BASIC;
 * }
 * ```
 */
export enum AuthenticationType {
  /** `Authorization: Basic base64(apiKey:apiSecret)`. */
  BASIC = 'basic',
  /** `Authorization: Bearer <JWT>` signed with the application's private key. */
  JWT = 'jwt',
  /**
   * The peer's query key/secret type: sends `Authorization: Basic`, as the peer does now (a
   * secret never goes into a URL or a body).
   */
  QUERY_KEY_SECRET = 'query_key_secret',
  /** The peer's body key/secret type: sends `Authorization: Basic` too. */
  KEY_SECRET = 'key_secret',
  /** Signed parameters: `api_key`, `timestamp` and `sig`, in the query (GET) or the body. */
  SIGNATURE = 'signature',
}
