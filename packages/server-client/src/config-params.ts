import type { FetchLike, ResponseTypes, RetryOptions } from '@acct/http';

/**
 * Options of every acct client (`new Accounts(credentials, options)`, `new Acct(credentials, options)`).
 * Every field is optional; {@link resolveConfig} fills in the defaults.
 *
 * @example
 * ```ts
 * import { Accounts } from '@acct/accounts';
 *
 * const accounts = new Accounts(
 *   { apiKey: 'abcd1234', apiSecret: 'Abcdef123' },
 *   { timeout: 5000, retry: { retries: 3 }, appendUserAgent: 'billing-job/1.2' },
 * );
 * ```
 */
export interface ConfigParams {
  /**
   * Base URL of the REST host (balance, top-up, settings). Must be an absolute http(s) URL.
   *
   * @default 'https://rest.nexmo.com'
   */
  restHost?: string;
  /**
   * Base URL of the API host (secrets). Must be an absolute http(s) URL.
   *
   * @default 'https://api.nexmo.com'
   */
  apiHost?: string;
  /**
   * Time limit of one attempt, in milliseconds.
   *
   * @default 10000
   */
  timeout?: number;
  /**
   * Time limit of one call across every attempt and backoff, in milliseconds.
   *
   * @default 60000
   */
  deadline?: number;
  /**
   * Retry policy (see `RetryOptions` of `@acct/http`), or `false` to never retry. Only requests
   * that cannot change anything when repeated are retried (GET, HEAD, DELETE, OPTIONS, and any
   * request that provably never reached the server): a top-up is never sent twice.
   *
   * @default { retries: 2 }
   */
  retry?: RetryOptions | false;
  /**
   * Text appended to the User-Agent header, after a space: `acct-node/0.1.0 node/v20.19.0 <text>`.
   *
   * @default ''
   */
  appendUserAgent?: string;
  /**
   * How to decode a response whose content type does not say.
   *
   * @default ResponseTypes.JSON
   */
  responseType?: ResponseTypes;
  /**
   * A WHATWG-compatible fetch (global fetch, undici, node-fetch).
   *
   * @default node-fetch 3, loaded on the first request
   */
  fetch?: FetchLike;
  /**
   * An `http.Agent`/`https.Agent`, or `(url: URL) => Agent`, handed to fetch.
   *
   * @default one keep-alive agent per client (shared by the clients of one `Acct`)
   */
  agent?: unknown;
  /**
   * Receives every log line of the transport, already redacted, in addition to the `debug`
   * namespace `acct:*`.
   *
   * @default undefined (only `DEBUG=acct:*` logging)
   */
  logger?: (line: string) => void;
}
