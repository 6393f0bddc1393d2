import type { RedactedRequest } from '../http-response';
import { redact } from '../redact';
import { AcctError } from './acct-error';

/**
 * Options of {@link NetworkError}.
 *
 * @example
 * ```ts
 * const options: NetworkErrorOptions = { systemCode: 'ECONNREFUSED' };
 * ```
 */
export interface NetworkErrorOptions {
  /**
   * The system error code, such as `ECONNREFUSED` or `ECONNRESET`.
   *
   * @default undefined
   */
  systemCode?: string;
  /**
   * The request, redacted.
   *
   * @default undefined
   */
  request?: RedactedRequest;
  /**
   * The underlying error (acct passes a redacted copy of the transport error).
   *
   * @default undefined
   */
  cause?: unknown;
}

/**
 * The request failed below HTTP: connection refused or reset, DNS failure, TLS error
 * (code `ACCT_NETWORK`). `systemCode` says which.
 *
 * @example
 * ```ts
 * import { isNetworkError, request } from '@acct/http';
 *
 * try {
 *   await request({ url: 'http://127.0.0.1:1/' });
 * } catch (err) {
 *   if (isNetworkError(err)) console.error(err.systemCode); // 'ECONNREFUSED'
 * }
 * ```
 */
export class NetworkError extends AcctError {
  /** The system error code, such as `ECONNREFUSED`, when known. */
  declare readonly systemCode?: string;
  /** The request, redacted. */
  declare readonly request?: RedactedRequest;

  /**
   * @param message - What failed and what to check.
   * @param options - The system code, the request and the cause.
   */
  constructor(message: string, options: NetworkErrorOptions = {}) {
    super(message, { code: 'ACCT_NETWORK', cause: options.cause });
    if (options.systemCode !== undefined) this.systemCode = options.systemCode;
    if (options.request) this.request = redact(options.request);
  }

  /**
   * A plain JSON view: name, code, message, systemCode and request.
   *
   * @returns The fields that `JSON.stringify(err)` shows.
   */
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), systemCode: this.systemCode, request: this.request };
  }
}
