import { parseRetryAfter } from '../internal/parse-retry-after';
import { HttpError, type HttpErrorInit } from './http-error';

/**
 * Too many requests (status 429, code `ACCT_HTTP_RATE_LIMIT`); `retryAfter` says how long
 * the server asked to wait.
 *
 * @example
 * ```ts
 * import { RateLimitError, request } from '@acct/http';
 *
 * try {
 *   await request({ url: 'https://rest.nexmo.com/account/get-balance' });
 * } catch (err) {
 *   if (err instanceof RateLimitError) console.error(`retry in ${err.retryAfter} ms`);
 * }
 * ```
 */
export class RateLimitError extends HttpError {
  /** The wait the server asked for in `Retry-After` (seconds or HTTP date), in ms; undefined without one. */
  readonly retryAfter: number | undefined;

  /**
   * @param init - Status, status text, headers, body and request of the failed call.
   */
  constructor(init: HttpErrorInit) {
    super(init, 'ACCT_HTTP_RATE_LIMIT');
    this.retryAfter = parseRetryAfter(init.headers['retry-after']);
  }

  /**
   * The JSON view of `HttpError` plus `retryAfter`.
   *
   * @returns The fields that `JSON.stringify(err)` shows.
   */
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), retryAfter: this.retryAfter };
  }
}
