// Every error acct throws. Each one is built from redacted values only: a credential that
// reached a request never reaches a message, a stack, `util.inspect()` or `JSON.stringify()`.
import type { HttpResponse } from './http-response';
import { excerpt, redact, redactText } from './redact';

type RequestView = HttpResponse<unknown>['request'];

/**
 * Base class of every error thrown by acct packages. Tell failures apart by class or by
 * the stable {@link AcctError.code}, never by parsing the message; the `is*Error()` guards
 * also recognise errors of another installed copy of acct.
 *
 * @example
 * ```ts
 * import { AcctError, request } from '@acct/http';
 *
 * try {
 *   await request({ url: 'https://rest.nexmo.com/account/get-balance' });
 * } catch (err) {
 *   if (err instanceof AcctError) console.error(err.code, err.message);
 * }
 * ```
 */
export class AcctError extends Error {
  /** Stable machine-readable code, for example `ACCT_TIMEOUT`. */
  readonly code: string;

  /**
   * @param message - What happened and what to do, prefixed by the package name.
   * @param options - The stable `code` and an optional `cause`.
   */
  constructor(message: string, options: { code: string; cause?: unknown }) {
    super(
      redactText(message),
      options.cause === undefined ? undefined : { cause: sanitize(options.cause, 0) },
    );
    this.name = new.target.name;
    this.code = options.code;
  }

  /**
   * A plain JSON view: name, code and message (never a credential).
   *
   * @returns What `JSON.stringify(err)` shows.
   */
  toJSON(): Record<string, unknown> {
    return { name: this.name, code: this.code, message: this.message };
  }
}

/**
 * One rejected parameter of a {@link ValidationError}, or an RFC 9457 `invalid_parameters`
 * entry of an error answer.
 *
 * @example
 * ```ts
 * import { ValidationError, type InvalidParameter } from '@acct/http';
 *
 * const problems: InvalidParameter[] = [{ name: 'trx', reason: 'must not be empty' }];
 * throw new ValidationError('[@acct/accounts] trx is missing: pass the transaction reference', problems);
 * ```
 */
export interface InvalidParameter {
  /** The parameter, as the caller named it (`timeout`, `headers.x-id`, `params.trx`). */
  name: string;
  /** What is wrong and what to pass, never the value itself. */
  reason: string;
}

/**
 * Bad input, found before anything was sent (code `ACCT_VALIDATION`).
 *
 * @example
 * ```ts
 * import { isValidationError, request } from '@acct/http';
 *
 * try {
 *   await request({ url: 'https://rest.nexmo.com/x', timeout: 3e9 });
 * } catch (err) {
 *   if (isValidationError(err)) console.error(err.invalidParameters); // [{ name: 'timeout', ... }]
 * }
 * ```
 */
export class ValidationError extends AcctError {
  /** Each rejected parameter and why. */
  readonly invalidParameters: InvalidParameter[];

  /**
   * @param message - What is wrong and what to pass.
   * @param options - The rejected parameters, or `{ invalidParameters, cause }`.
   */
  constructor(
    message: string,
    options: InvalidParameter[] | { invalidParameters?: InvalidParameter[]; cause?: unknown } = {},
  ) {
    const opts = Array.isArray(options) ? { invalidParameters: options } : options;
    super(message, { code: 'ACCT_VALIDATION', cause: opts.cause });
    this.invalidParameters = opts.invalidParameters ?? [];
  }

  /**
   * @returns What `JSON.stringify(err)` shows: name, code, message and the parameters.
   */
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), invalidParameters: this.invalidParameters };
  }
}

/**
 * What an {@link HttpError} is built from; the constructor redacts all of it.
 *
 * @example
 * ```ts
 * import { createHttpError, type HttpErrorInit } from '@acct/http';
 *
 * const init: HttpErrorInit = {
 *   status: 404,
 *   statusText: 'Not Found',
 *   headers: { 'content-type': 'application/problem+json' },
 *   body: { title: 'Invalid ID', detail: "ID 'x' could not be found" },
 *   request: { method: 'GET', url: 'https://api.nexmo.com/accounts/k/secrets/x', headers: {} },
 * };
 * console.log(createHttpError(init).message); // "404 Invalid ID: ID 'x' could not be found"
 * ```
 */
export interface HttpErrorInit {
  /** HTTP status code. */
  status: number;
  /** HTTP status text. */
  statusText: string;
  /** Response headers, lower-case names. */
  headers: Record<string, string>;
  /** The decoded response body. */
  body: unknown;
  /** The request as sent. */
  request: RequestView;
  /**
   * The message.
   *
   * @default `${status} ${title}: ${detail}`, `${status} ${error-code-label}` or `${status} ${statusText}`
   */
  message?: string;
  /** The underlying error, if any. */
  cause?: unknown;
}

const TRACE_HEADERS = ['x-request-id', 'x-nexmo-trace-id', 'x-vonage-trace-id', 'x-trace-id'];

const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;

/**
 * The server answered with a status of 300 or more (code `ACCT_HTTP_ERROR`, `ACCT_HTTP_REDIRECT`
 * for a redirect, which is never followed; subclasses have their own codes). RFC 9457 fields
 * and the legacy `error-code` fields of the body are lifted onto the error, and `response` is
 * the peer's view of the answer. Everything is redacted.
 *
 * @example
 * ```ts
 * import { isHttpError, request } from '@acct/http';
 *
 * try {
 *   await request({ url: 'https://api.nexmo.com/accounts/KEY/secrets/nope' });
 * } catch (err) {
 *   if (isHttpError(err)) {
 *     console.error(err.status, err.title, err.detail, err.requestId);
 *     console.error(err.response.status, await err.response.json());
 *   }
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
  /** The server's trace id: `x-request-id` (or a similar header), else the problem `instance`. */
  readonly requestId: string | undefined;
  /** The request as sent, redacted. */
  readonly request: RequestView;
  /** The peer's view of the answer: status, headers and the redacted body. */
  readonly response: {
    status: number;
    statusText: string;
    headers: Record<string, string>;
    /** The redacted body, parsed: rejects when it is not JSON. */
    json(): Promise<unknown>;
    /** The redacted body as text. */
    text(): Promise<string>;
  };
  /** RFC 9457 `type`. */
  declare readonly type?: string;
  /** RFC 9457 `title`. */
  declare readonly title?: string;
  /** RFC 9457 `detail`. */
  declare readonly detail?: string;
  /** RFC 9457 `instance`. */
  declare readonly instance?: string;
  /** RFC 9457 extension `invalid_parameters`. */
  declare readonly invalidParameters?: InvalidParameter[];
  /** Legacy body field `error-code`. */
  declare readonly errorCode?: string;
  /** Legacy body field `error-code-label`. */
  declare readonly errorCodeLabel?: string;
  /**
   * How many attempts the call made, this one included. A `404` on a retried `DELETE`
   * (`attempts > 1`) may mean that an earlier attempt whose answer was lost deleted it.
   *
   * @defaultValue 1
   */
  attempts = 1;

  /**
   * @param init - Status, status text, headers, body and request of the failed call.
   * @param code - The stable code; subclasses pass their own.
   */
  constructor(init: HttpErrorInit, code = 'ACCT_HTTP_ERROR') {
    const b = (init.body !== null && typeof init.body === 'object' ? init.body : {}) as Record<
      string,
      unknown
    >;
    const [title, detail, label] = [text(b.title), text(b.detail), text(b['error-code-label'])];
    const summary =
      title !== undefined && detail !== undefined
        ? `${title}: ${detail}`
        : (title ?? detail ?? label ?? (init.statusText || 'HTTP error'));
    super(init.message ?? `${init.status} ${summary}`, { code, cause: init.cause });
    this.status = init.status;
    this.statusText = init.statusText;
    this.headers = redact(init.headers);
    this.body = redact(init.body);
    this.request = redact(init.request);
    const fields = {
      type: text(b.type),
      title,
      detail,
      instance: text(b.instance),
      errorCode: text(b['error-code']),
      errorCodeLabel: label,
    };
    for (const [key, value] of Object.entries(redact(fields))) {
      if (value !== undefined) Object.assign(this, { [key]: value });
    }
    const params = b.invalid_parameters ?? b.invalidParameters;
    if (Array.isArray(params)) {
      this.invalidParameters = redact(params).map((p: unknown) => {
        const entry = (p ?? {}) as Record<string, unknown>;
        return { name: text(entry.name) ?? '', reason: text(entry.reason) ?? '' };
      });
    }
    this.requestId = TRACE_HEADERS.map((h) => this.headers[h]).find(Boolean) ?? this.instance;
    const body = this.body;
    this.response = {
      status: this.status,
      statusText: this.statusText,
      headers: this.headers,
      json: async () => (typeof body === 'string' ? (JSON.parse(body) as unknown) : body),
      text: async () => (typeof body === 'string' ? body : (JSON.stringify(body) ?? '')),
    };
  }

  /**
   * @returns What `JSON.stringify(err)` shows: the fields above, all redacted.
   */
  override toJSON(): Record<string, unknown> {
    const { status, statusText, requestId, type, title, detail, instance, attempts } = this;
    return {
      ...super.toJSON(),
      status,
      statusText,
      requestId,
      type,
      title,
      detail,
      instance,
      invalidParameters: this.invalidParameters,
      errorCode: this.errorCode,
      errorCodeLabel: this.errorCodeLabel,
      attempts,
      body: this.body,
      request: this.request,
    };
  }
}

/**
 * The peer's name (`@vonage/vetch`) for {@link HttpError}: `err.response.status` and
 * `await err.response.json()` work as they do there.
 *
 * @example
 * ```ts
 * import { request, VetchError } from '@acct/http';
 *
 * try {
 *   await request({ url: 'https://rest.nexmo.com/account/get-balance' });
 * } catch (err) {
 *   if (err instanceof VetchError) console.error(err.response.status);
 * }
 * ```
 */
export const VetchError = HttpError;
/** The peer's name for {@link HttpError}. */
export type VetchError = HttpError;

/**
 * 400: the server rejected the request as malformed (code `ACCT_HTTP_BAD_REQUEST`).
 *
 * @example
 * ```ts
 * import { BadRequestError, request } from '@acct/http';
 *
 * const err = await request({ url: 'https://rest.nexmo.com/account/get-balance' }).catch((e: unknown) => e);
 * if (err instanceof BadRequestError) console.error(err.invalidParameters);
 * ```
 */
export class BadRequestError extends HttpError {
  /** @param init - The failed call. */
  constructor(init: HttpErrorInit) {
    super(init, 'ACCT_HTTP_BAD_REQUEST');
  }
}

/**
 * 401: the credentials are missing or wrong (code `ACCT_HTTP_AUTHENTICATION`).
 *
 * @example
 * ```ts
 * import { AuthenticationError, request } from '@acct/http';
 *
 * const err = await request({ url: 'https://rest.nexmo.com/account/get-balance' }).catch((e: unknown) => e);
 * if (err instanceof AuthenticationError) console.error('check ACCT_API_KEY and ACCT_API_SECRET');
 * ```
 */
export class AuthenticationError extends HttpError {
  /** @param init - The failed call. */
  constructor(init: HttpErrorInit) {
    super(init, 'ACCT_HTTP_AUTHENTICATION');
  }
}

/**
 * 403: valid credentials, not allowed this (code `ACCT_HTTP_PERMISSION_DENIED`).
 *
 * @example
 * ```ts
 * import { PermissionDeniedError, request } from '@acct/http';
 *
 * const err = await request({ url: 'https://rest.nexmo.com/account/get-balance' }).catch((e: unknown) => e);
 * if (err instanceof PermissionDeniedError) console.error(err.detail);
 * ```
 */
export class PermissionDeniedError extends HttpError {
  /** @param init - The failed call. */
  constructor(init: HttpErrorInit) {
    super(init, 'ACCT_HTTP_PERMISSION_DENIED');
  }
}

/**
 * 404: no such resource (code `ACCT_HTTP_NOT_FOUND`).
 *
 * @example
 * ```ts
 * import { NotFoundError, request } from '@acct/http';
 *
 * const err = await request({ url: 'https://rest.nexmo.com/account/get-balance' }).catch((e: unknown) => e);
 * if (err instanceof NotFoundError) console.error(err.detail);
 * ```
 */
export class NotFoundError extends HttpError {
  /** @param init - The failed call. */
  constructor(init: HttpErrorInit) {
    super(init, 'ACCT_HTTP_NOT_FOUND');
  }
}

/**
 * 429: too many requests (code `ACCT_HTTP_RATE_LIMIT`); `retryAfter` is the server's wait in ms.
 *
 * @example
 * ```ts
 * import { RateLimitError, request } from '@acct/http';
 *
 * const err = await request({ url: 'https://rest.nexmo.com/account/get-balance', retry: false }).catch((e: unknown) => e);
 * if (err instanceof RateLimitError) console.error(`wait ${err.retryAfter ?? 1000} ms`);
 * ```
 */
export class RateLimitError extends HttpError {
  /** The `Retry-After` header in ms, when it is readable. */
  readonly retryAfter: number | undefined;

  /** @param init - The failed call. */
  constructor(init: HttpErrorInit) {
    super(init, 'ACCT_HTTP_RATE_LIMIT');
    this.retryAfter = parseRetryAfter(init.headers['retry-after'], Date.now());
  }

  /** @returns The JSON view of `HttpError` plus `retryAfter`. */
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), retryAfter: this.retryAfter };
  }
}

/**
 * 500 and above: the server failed (code `ACCT_HTTP_SERVER`).
 *
 * @example
 * ```ts
 * import { InternalServerError, request } from '@acct/http';
 *
 * const err = await request({ url: 'https://rest.nexmo.com/account/get-balance' }).catch((e: unknown) => e);
 * if (err instanceof InternalServerError) console.error(err.status, err.attempts);
 * ```
 */
export class InternalServerError extends HttpError {
  /** @param init - The failed call. */
  constructor(init: HttpErrorInit) {
    super(init, 'ACCT_HTTP_SERVER');
  }
}

/** A `Retry-After` value (seconds or HTTP date) in ms, or undefined when unreadable. */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000);
  const date = /[a-z]/i.test(v) ? Date.parse(v) : NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

const BY_STATUS: Record<number, new (init: HttpErrorInit) => HttpError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  429: RateLimitError,
};

/**
 * The one factory of HTTP errors: the subclass by status (400, 401, 403, 404, 429, 5xx),
 * else a plain `HttpError`.
 *
 * @param init - Status, status text, headers, body and request of the failed call.
 * @returns The error, not thrown.
 * @example
 * ```ts
 * import { createHttpError } from '@acct/http';
 *
 * const err = createHttpError({
 *   status: 401,
 *   statusText: 'Unauthorized',
 *   headers: {},
 *   body: { 'error-code': '401', 'error-code-label': 'authentication failed' },
 *   request: { method: 'GET', url: 'https://rest.nexmo.com/account/get-balance', headers: {} },
 * });
 * console.log(err.name, err.message); // AuthenticationError 401 authentication failed
 * ```
 */
export function createHttpError(init: HttpErrorInit): HttpError {
  const Subclass = BY_STATUS[init.status] ?? (init.status >= 500 ? InternalServerError : HttpError);
  return new Subclass(init);
}

/**
 * An attempt or the call's deadline ran out (code `ACCT_TIMEOUT`).
 *
 * @example
 * ```ts
 * import { request, TimeoutError } from '@acct/http';
 *
 * await request({ url: 'https://rest.nexmo.com/account/get-balance', timeout: 500 }).catch((err: unknown) => {
 *   if (err instanceof TimeoutError) console.error(`no answer within ${err.timeout} ms`);
 * });
 * ```
 */
export class TimeoutError extends AcctError {
  /** The limit that ran out, in ms. */
  readonly timeout: number;
  /** The URL, redacted. */
  readonly url: string;
  /** The request, redacted. */
  declare readonly request?: RequestView;

  /**
   * @param message - What happened and what to do.
   * @param options - The limit, the URL, the request and the cause.
   */
  constructor(
    message: string,
    options: { timeout: number; url: string; request?: RequestView; cause?: unknown },
  ) {
    super(message, { code: 'ACCT_TIMEOUT', cause: options.cause });
    this.timeout = options.timeout;
    this.url = redactText(options.url);
    if (options.request) this.request = redact(options.request);
  }

  /** @returns What `JSON.stringify(err)` shows. */
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), timeout: this.timeout, url: this.url, request: this.request };
  }
}

/**
 * The connection failed (code `ACCT_NETWORK`); `systemCode` says how (`ECONNREFUSED`...).
 *
 * @example
 * ```ts
 * import { NetworkError, request } from '@acct/http';
 *
 * await request({ url: 'http://127.0.0.1:9/' }).catch((err: unknown) => {
 *   if (err instanceof NetworkError) console.error(err.systemCode); // 'ECONNREFUSED'
 * });
 * ```
 */
export class NetworkError extends AcctError {
  /** The system error code, when there is one. */
  declare readonly systemCode?: string;
  /** The request, redacted. */
  declare readonly request?: RequestView;

  /**
   * @param message - What happened and what to do.
   * @param options - The system code, the request and the cause (redacted copies are kept).
   */
  constructor(
    message: string,
    options: { systemCode?: string; request?: RequestView; cause?: unknown } = {},
  ) {
    super(message, { code: 'ACCT_NETWORK', cause: options.cause });
    if (options.systemCode !== undefined) this.systemCode = options.systemCode;
    if (options.request) this.request = redact(options.request);
  }

  /** @returns What `JSON.stringify(err)` shows. */
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), systemCode: this.systemCode, request: this.request };
  }
}

/**
 * A successful answer whose body is not what was expected: HTML, text or malformed JSON
 * where JSON was expected (code `ACCT_PARSE`). `text` is a redacted excerpt of at most 200
 * characters, never the raw body.
 *
 * @example
 * ```ts
 * import { ParseError, request } from '@acct/http';
 *
 * await request({ url: 'https://rest.nexmo.com/account/get-balance' }).catch((err: unknown) => {
 *   if (err instanceof ParseError) console.error(err.status, err.contentType, err.text);
 * });
 * ```
 */
export class ParseError extends AcctError {
  /** A redacted excerpt of the body (at most 200 characters, marked when cut). */
  readonly text: string;
  /** The status. */
  declare readonly status?: number;
  /** The `content-type` received, if any. */
  declare readonly contentType?: string;
  /** The response headers, redacted. */
  declare readonly headers?: Record<string, string>;
  /** The request, redacted. */
  declare readonly request?: RequestView;

  /**
   * @param message - What happened.
   * @param options - The body (redacted and cut by the constructor), status, content type,
   *   headers, request and cause.
   */
  constructor(
    message: string,
    options: {
      text: string;
      status?: number;
      contentType?: string;
      headers?: Record<string, string>;
      request?: RequestView;
      cause?: unknown;
    },
  ) {
    super(message, { code: 'ACCT_PARSE', cause: options.cause });
    this.text = excerpt(String(options.text));
    if (options.status !== undefined) this.status = options.status;
    if (options.contentType !== undefined) this.contentType = options.contentType;
    if (options.headers) this.headers = redact(options.headers);
    if (options.request) this.request = redact(options.request);
  }

  /** @returns What `JSON.stringify(err)` shows. */
  override toJSON(): Record<string, unknown> {
    const { status, contentType, text, request } = this;
    return { ...super.toJSON(), status, contentType, text, request };
  }
}

/**
 * A cause safe to keep: the error itself when redaction changes nothing in it (an acct error,
 * or one that holds no credential), else a redacted copy (message, stack, system fields, cause).
 */
function sanitize(error: unknown, depth: number): unknown {
  if (typeof error === 'string') return redactText(error);
  if (error instanceof AcctError) return error;
  if (!(error instanceof Error))
    return error === undefined || error === null ? error : redact(error);
  if (depth > 4) return undefined;
  const message = redactText(error.message);
  const stack = error.stack === undefined ? undefined : redactText(error.stack);
  const cause = error.cause === undefined ? undefined : sanitize(error.cause, depth + 1);
  const fields: Record<string, unknown> = {};
  for (const key of ['code', 'errno', 'syscall', 'type']) {
    const value = (error as unknown as Record<string, unknown>)[key];
    if (typeof value === 'string' || typeof value === 'number') fields[key] = redact(value);
  }
  const changed =
    message !== error.message ||
    stack !== error.stack ||
    cause !== error.cause ||
    Object.entries(fields).some(([k, v]) => v !== (error as unknown as Record<string, unknown>)[k]);
  const keys = Object.keys(error).filter((k) => !(k in fields) && k !== 'cause');
  if (!changed && keys.length === 0) return error;
  const copy = new Error(message);
  Object.defineProperty(copy, 'name', { value: error.name, configurable: true, writable: true });
  copy.stack = stack ?? `${error.name}: ${message}`;
  Object.assign(copy, fields);
  if (cause !== undefined)
    Object.defineProperty(copy, 'cause', { value: cause, configurable: true });
  return copy;
}

function codeOf(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const { code, message } = value as { code?: unknown; message?: unknown };
  return typeof code === 'string' && typeof message === 'string' ? code : undefined;
}

/**
 * Whether `value` is an acct error, of this copy of acct or another (`code` `ACCT_*`).
 *
 * @param value - Anything caught.
 * @returns `true` for acct errors.
 * @example
 * ```ts
 * import { isAcctError, request } from '@acct/http';
 *
 * const err = await request({ url: 'https://rest.nexmo.com/account/get-balance' }).catch((e: unknown) => e);
 * if (isAcctError(err)) console.error(err.code);
 * ```
 */
export function isAcctError(value: unknown): value is AcctError {
  return value instanceof AcctError || (codeOf(value)?.startsWith('ACCT_') ?? false);
}

/**
 * Whether `value` is an {@link HttpError} (any subclass), by `code` and `status`.
 *
 * @param value - Anything caught.
 * @returns `true` for HTTP errors.
 * @example
 * ```ts
 * import { isHttpError, request } from '@acct/http';
 *
 * const err = await request({ url: 'https://rest.nexmo.com/account/get-balance' }).catch((e: unknown) => e);
 * if (isHttpError(err)) console.error(err.status, err.requestId);
 * ```
 */
export function isHttpError(value: unknown): value is HttpError {
  const status = (value as { status?: unknown } | null)?.status;
  return (codeOf(value)?.startsWith('ACCT_HTTP_') ?? false) && typeof status === 'number';
}

/**
 * Whether `value` is a {@link TimeoutError} (code `ACCT_TIMEOUT`).
 *
 * @param value - Anything caught.
 * @returns `true` for timeouts.
 * @example
 * ```ts
 * import { isTimeoutError, request } from '@acct/http';
 *
 * const err = await request({ url: 'https://rest.nexmo.com/account/get-balance' }).catch((e: unknown) => e);
 * if (isTimeoutError(err)) console.error(err.timeout);
 * ```
 */
export function isTimeoutError(value: unknown): value is TimeoutError {
  return codeOf(value) === 'ACCT_TIMEOUT';
}

/**
 * Whether `value` is a {@link NetworkError} (code `ACCT_NETWORK`).
 *
 * @param value - Anything caught.
 * @returns `true` for network failures.
 * @example
 * ```ts
 * import { isNetworkError, request } from '@acct/http';
 *
 * const err = await request({ url: 'https://rest.nexmo.com/account/get-balance' }).catch((e: unknown) => e);
 * if (isNetworkError(err)) console.error(err.systemCode);
 * ```
 */
export function isNetworkError(value: unknown): value is NetworkError {
  return codeOf(value) === 'ACCT_NETWORK';
}

/**
 * Whether `value` is a {@link ValidationError} (code `ACCT_VALIDATION`).
 *
 * @param value - Anything caught.
 * @returns `true` for bad input.
 * @example
 * ```ts
 * import { isValidationError, request } from '@acct/http';
 *
 * const err = await request({ url: 'https://rest.nexmo.com/account/get-balance' }).catch((e: unknown) => e);
 * if (isValidationError(err)) console.error(err.invalidParameters);
 * ```
 */
export function isValidationError(value: unknown): value is ValidationError {
  return codeOf(value) === 'ACCT_VALIDATION';
}

/**
 * Whether `value` is a {@link ParseError} (code `ACCT_PARSE`).
 *
 * @param value - Anything caught.
 * @returns `true` for successful answers with an unexpected body.
 * @example
 * ```ts
 * import { isParseError, request } from '@acct/http';
 *
 * const err = await request({ url: 'https://rest.nexmo.com/account/get-balance' }).catch((e: unknown) => e);
 * if (isParseError(err)) console.error(err.contentType, err.text);
 * ```
 */
export function isParseError(value: unknown): value is ParseError {
  return codeOf(value) === 'ACCT_PARSE';
}
