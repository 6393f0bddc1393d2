import type { RedactedRequest } from '../http-response';
import { problemFields, type ProblemFields } from '../internal/problem-fields';
import { redactText } from '../internal/redact-text';
import { redact } from '../redact';
import { AcctError } from './acct-error';
import type { InvalidParameter } from './validation-error';

/**
 * What every `HttpError` (and subclass) is built from.
 *
 * @example
 * ```ts
 * const init: HttpErrorInit = {
 *   status: 404,
 *   statusText: 'Not Found',
 *   headers: { 'content-type': 'application/problem+json' },
 *   body: { title: 'Invalid ID', detail: "ID 'x' could not be found" },
 *   request: { method: 'GET', url: 'https://api.nexmo.com/accounts/k/secrets/x', headers: {} },
 * };
 * const err = createHttpError(init); // NotFoundError
 * ```
 */
export interface HttpErrorInit {
  /** HTTP status code. */
  status: number;
  /** HTTP status text. */
  statusText: string;
  /** Response headers, lower-case names (redacted by the constructor). */
  headers: Record<string, string>;
  /** The decoded response body (redacted by the constructor). */
  body: unknown;
  /** The request (redacted by the constructor). */
  request: RedactedRequest;
  /**
   * The message.
   *
   * @default `${status} ${title}: ${detail}`, `${status} ${error-code-label}` or `${status} ${statusText}`
   */
  message?: string;
  /**
   * The underlying error, if any.
   *
   * @default undefined
   */
  cause?: unknown;
}

const TRACE_HEADERS = [
  'x-request-id',
  'x-nexmo-trace-id',
  'x-vonage-trace-id',
  'x-trace-id',
  'x-correlation-id',
  'x-amzn-requestid',
];

function describe(status: number, statusText: string, fields: ProblemFields): string {
  if (fields.title !== undefined && fields.detail !== undefined) {
    return `${status} ${fields.title}: ${fields.detail}`;
  }
  const label = fields.title ?? fields.detail ?? fields.errorCodeLabel;
  if (label !== undefined) return `${status} ${label}`;
  return `${status} ${statusText || 'HTTP error'}`;
}

/**
 * The server answered with a status of 400 or more (code `ACCT_HTTP_ERROR`; subclasses
 * have their own codes). RFC 7807 fields and legacy `error-code` fields of the body are
 * lifted onto the error. Build one with {@link createHttpError}, which picks the subclass.
 *
 * @example
 * ```ts
 * import { isHttpError, request } from '@acct/http';
 *
 * try {
 *   await request({ url: 'https://api.nexmo.com/accounts/KEY/secrets/nope' });
 * } catch (err) {
 *   if (isHttpError(err)) console.error(err.status, err.title, err.detail, err.requestId);
 * }
 * ```
 */
export class HttpError extends AcctError {
  /** HTTP status code. */
  readonly status: number;
  /** HTTP status text. */
  readonly statusText: string;
  /** Response headers, lower-case names, redacted. */
  readonly headers: Record<string, string>;
  /** The decoded response body, redacted. */
  readonly body: unknown;
  /** The server's trace id: `x-request-id` (or a similar trace header), else the problem `instance`. */
  readonly requestId: string | undefined;
  /** The request, redacted. */
  readonly request: RedactedRequest;
  /** RFC 7807 `type`: a URL documenting the error. */
  declare readonly type?: string;
  /** RFC 7807 `title`: a short summary. */
  declare readonly title?: string;
  /** RFC 7807 `detail`: what happened in this case. */
  declare readonly detail?: string;
  /** RFC 7807 `instance`: this occurrence (a trace id). */
  declare readonly instance?: string;
  /** RFC 7807 extension `invalid_parameters`. */
  declare readonly invalidParameters?: InvalidParameter[];
  /** Legacy body field `error-code`. */
  declare readonly errorCode?: string;
  /** Legacy body field `error-code-label`. */
  declare readonly errorCodeLabel?: string;
  /**
   * How many attempts the call made, this failed one included: 1 when it was not retried.
   * Set by {@link request}. A `404` on a retried `DELETE` (`attempts > 1`) may mean an
   * earlier attempt whose answer was lost already deleted the resource.
   *
   * @defaultValue 1
   */
  attempts = 1;

  /**
   * @param init - Status, status text, headers, body and request of the failed call.
   * @param code - The stable code; subclasses pass their own.
   */
  constructor(init: HttpErrorInit, code = 'ACCT_HTTP_ERROR') {
    const fields = problemFields(init.body);
    const message = redactText(init.message ?? describe(init.status, init.statusText, fields));
    super(message, { code, cause: init.cause });
    this.status = init.status;
    this.statusText = init.statusText;
    this.headers = redact(init.headers);
    this.body = redact(init.body);
    this.request = redact(init.request);
    const traced = TRACE_HEADERS.map((name) => init.headers[name]).find((v) => v !== undefined);
    this.requestId = traced ?? fields.instance;
    Object.assign(this, redact(fields));
  }

  /**
   * A plain JSON view: name, code, message, status, statusText, requestId, the lifted
   * fields, body and request, all redacted.
   *
   * @returns The fields that `JSON.stringify(err)` shows.
   */
  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      status: this.status,
      statusText: this.statusText,
      requestId: this.requestId,
      type: this.type,
      title: this.title,
      detail: this.detail,
      instance: this.instance,
      invalidParameters: this.invalidParameters,
      errorCode: this.errorCode,
      errorCodeLabel: this.errorCodeLabel,
      attempts: this.attempts,
      body: this.body,
      request: this.request,
    };
  }
}
