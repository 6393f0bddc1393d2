import type { HTTPMethods } from './http-methods';

/**
 * When and how {@link request} retries. Pass `retry: false` instead to turn retries off.
 *
 * A request whose method is not in `methods` (POST, PUT, PATCH by default) and that is not
 * marked `idempotent` is retried only when the connection was refused before any byte was
 * sent (`ECONNREFUSED`, `ENOTFOUND`, `EAI_AGAIN`), never after.
 *
 * @example
 * ```ts
 * await request({ url: 'https://rest.nexmo.com/account/get-balance' }, { retry: { retries: 4, maxBackoff: 2000 } });
 * ```
 */
export interface RetryOptions {
  /**
   * How many times a failed attempt may be repeated (so at most `retries + 1` attempts).
   *
   * @default 2
   */
  retries?: number;
  /**
   * Base of the exponential backoff, in ms: attempt n waits a random time in
   * `[0, min(maxBackoff, baseDelay * 2 ** (n - 1)))` (full jitter).
   *
   * @default 200
   */
  baseDelay?: number;
  /**
   * Cap of one backoff delay, in ms.
   *
   * @default 5000
   */
  maxBackoff?: number;
  /**
   * Cap applied to a `Retry-After` header, in ms.
   *
   * @default 60000
   */
  maxRetryAfter?: number;
  /**
   * Methods retried on a retryable status or a network error.
   *
   * @default [GET, HEAD, DELETE, OPTIONS]
   */
  methods?: HTTPMethods[];
  /**
   * Response statuses that are retried.
   *
   * @default [408, 429, 500, 502, 503, 504]
   */
  statuses?: number[];
}
