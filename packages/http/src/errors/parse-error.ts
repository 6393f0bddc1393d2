import type { RedactedRequest } from '../http-response';
import { redact } from '../redact';
import { AcctError } from './acct-error';

/**
 * Options of {@link ParseError}.
 *
 * @example
 * ```ts
 * const options: ParseErrorOptions = { text: '{"value": 1', status: 200 };
 * ```
 */
export interface ParseErrorOptions {
  /** The raw body that could not be parsed. */
  text: string;
  /**
   * The response status.
   *
   * @default undefined
   */
  status?: number;
  /**
   * The response headers.
   *
   * @default undefined
   */
  headers?: Record<string, string>;
  /**
   * The request, redacted.
   *
   * @default undefined
   */
  request?: RedactedRequest;
  /**
   * The underlying `SyntaxError`.
   *
   * @default undefined
   */
  cause?: unknown;
}

/**
 * A successful response whose body is not the JSON it claims to be (code `ACCT_PARSE`).
 *
 * @example
 * ```ts
 * import { isParseError, request } from '@acct/http';
 *
 * try {
 *   await request({ url: 'https://example.com/broken.json' });
 * } catch (err) {
 *   if (isParseError(err)) console.error(err.text);
 * }
 * ```
 */
export class ParseError extends AcctError {
  /** The raw body. */
  readonly text: string;
  /** The response status. */
  declare readonly status?: number;
  /** The response headers, redacted. */
  declare readonly headers?: Record<string, string>;
  /** The request, redacted. */
  declare readonly request?: RedactedRequest;

  /**
   * @param message - What could not be parsed.
   * @param options - The raw text, and optionally the status, headers, request and cause.
   */
  constructor(message: string, options: ParseErrorOptions) {
    super(message, { code: 'ACCT_PARSE', cause: options.cause });
    this.text = options.text;
    if (options.status !== undefined) this.status = options.status;
    if (options.headers) this.headers = redact(options.headers);
    if (options.request) this.request = redact(options.request);
  }

  /**
   * A plain JSON view: name, code, message, status, text and request.
   *
   * @returns The fields that `JSON.stringify(err)` shows.
   */
  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      status: this.status,
      text: this.text,
      request: this.request,
    };
  }
}
