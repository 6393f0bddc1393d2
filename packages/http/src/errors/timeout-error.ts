import type { RedactedRequest } from '../http-response';
import { redact } from '../redact';
import { AcctError } from './acct-error';

/**
 * Options of {@link TimeoutError}.
 *
 * @example
 * ```ts
 * const options: TimeoutErrorOptions = { timeout: 10000, url: 'https://example.com/' };
 * ```
 */
export interface TimeoutErrorOptions {
  /** The limit that was reached, in ms. */
  timeout: number;
  /** The URL called (redacted by the constructor). */
  url: string;
  /**
   * The request, redacted.
   *
   * @default undefined
   */
  request?: RedactedRequest;
  /**
   * The underlying error, if any.
   *
   * @default undefined
   */
  cause?: unknown;
}

/**
 * A request, or the whole call with its retries, took longer than its limit (code `ACCT_TIMEOUT`).
 *
 * @example
 * ```ts
 * import { isTimeoutError, request } from '@acct/http';
 *
 * try {
 *   await request({ url: 'https://example.com/slow', timeout: 1000 });
 * } catch (err) {
 *   if (isTimeoutError(err)) console.error(`gave up on ${err.url} after ${err.timeout} ms`);
 * }
 * ```
 */
export class TimeoutError extends AcctError {
  /** The limit that was reached, in ms. */
  readonly timeout: number;
  /** The URL called, redacted. */
  readonly url: string;
  /** The request, redacted. */
  declare readonly request?: RedactedRequest;

  /**
   * @param message - What timed out and what to do.
   * @param options - The limit, the URL and an optional request and cause.
   */
  constructor(message: string, options: TimeoutErrorOptions) {
    super(message, { code: 'ACCT_TIMEOUT', cause: options.cause });
    this.timeout = options.timeout;
    this.url = redact(options.url);
    if (options.request) this.request = redact(options.request);
  }

  /**
   * A plain JSON view: name, code, message, timeout, url and request.
   *
   * @returns The fields that `JSON.stringify(err)` shows.
   */
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), timeout: this.timeout, url: this.url, request: this.request };
  }
}
