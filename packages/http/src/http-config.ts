import type { FetchLike } from './fetch-like';
import type { HttpRequest } from './http-request';
import type { RetryOptions } from './retry-options';

/**
 * Client-level settings of {@link request}: defaults for every call made with them.
 * Create one object per client (with its own `createKeepAliveAgent()`) and pass it to every call.
 *
 * @example
 * ```ts
 * import { createKeepAliveAgent, request, type HttpConfig } from '@acct/http';
 *
 * const config: HttpConfig = {
 *   agent: createKeepAliveAgent(),
 *   timeout: 5000,
 *   retry: { retries: 3 },
 *   headers: { 'user-agent': 'my-app/1.0' },
 * };
 * await request({ url: 'https://rest.nexmo.com/account/get-balance' }, config);
 * ```
 */
export interface HttpConfig {
  /**
   * Base URL that a relative `url` is appended to (`https://api.example.com/v1` + `/things`).
   *
   * @default undefined (every `url` must then be absolute)
   */
  baseUrl?: string;
  /**
   * The fetch implementation.
   *
   * @default node-fetch 3, imported lazily on the first request
   */
  fetch?: FetchLike;
  /**
   * An `http(s).Agent`, or `(url: URL) => Agent`, passed to fetch as `agent`.
   *
   * @default one shared keep-alive agent when fetch is the default node-fetch; nothing otherwise
   */
  agent?: unknown;
  /**
   * Limit of one attempt (headers and body), in ms.
   *
   * @default 10000
   */
  timeout?: number;
  /**
   * Limit of the whole call, across attempts and backoff, in ms.
   *
   * @default 60000
   */
  deadline?: number;
  /**
   * Retry policy, or `false` for a single attempt.
   *
   * @default { retries: 2, baseDelay: 200, maxBackoff: 5000, maxRetryAfter: 60000 }
   */
  retry?: false | RetryOptions;
  /**
   * Headers sent with every call (names are lower-cased; a call's own headers win).
   *
   * @default {} (plus `accept: application/json` unless set)
   */
  headers?: Record<string, string>;
  /**
   * Applied inside the retry loop, fresh for every attempt (auth header, signature, JWT).
   * Must return a new request and never mutate the one it receives.
   *
   * @default undefined
   */
  authenticate?: (req: HttpRequest) => HttpRequest | Promise<HttpRequest>;
  /**
   * Log hook in addition to the `debug` namespace `acct:http`; receives already-redacted lines.
   *
   * @default undefined
   */
  logger?: (line: string) => void;
  /**
   * Source of randomness for the backoff jitter, returning a number in [0, 1).
   *
   * @default Math.random
   */
  random?: () => number;
}
