import { HTTP_DEFAULTS } from './defaults';
import { describeValue } from './describe-value';
import { createHttpError } from './errors/create-http-error';
import { HttpError } from './errors/http-error';
import { NetworkError } from './errors/network-error';
import { ParseError } from './errors/parse-error';
import { TimeoutError } from './errors/timeout-error';
import { ValidationError } from './errors/validation-error';
import type { FetchHeadersLike, FetchLike, FetchResponseLike } from './fetch-like';
import type { HttpConfig } from './http-config';
import { HTTPMethods } from './http-methods';
import type { HttpOptions } from './http-options';
import type { HttpRequest } from './http-request';
import type { HttpResponse, RedactedRequest } from './http-response';
import { appendQuery, resolveUrl } from './internal/build-url';
import { decodeBody } from './internal/decode-body';
import { encodeBody, type EncodedBody } from './internal/encode-body';
import {
  checkedHeaders,
  clientHeaders,
  mergeHeaders,
  mergeHeadersOver,
  readHeaders,
} from './internal/headers';
import { defaultAgent, loadedNodeFetch, loadNodeFetch } from './internal/load-fetch';
import { lightController, type Abortable } from './internal/light-signal';
import { emit, logging } from './internal/log';
import { redactText } from './internal/redact-text';
import { resolveRetry, type ResolvedRetry } from './internal/resolve-retry';
import { sanitizeError, systemCodeOf } from './internal/sanitize-error';
import { sleep } from './internal/sleep';
import { redact } from './redact';
import type { ResponseTypes } from './response-types';
import { retryDelay } from './retry-delay';
import { shouldRetry } from './should-retry';

const ACCEPT_JSON = checkedHeaders({ accept: 'application/json' });

/** A request ready for fetch; its redacted view is built only when something shows it. */
class Prepared {
  #redacted: RedactedRequest | undefined;

  constructor(
    readonly url: string,
    readonly method: HTTPMethods,
    readonly headers: Record<string, string>,
    readonly body: string | Uint8Array | undefined,
  ) {}

  get redacted(): RedactedRequest {
    return (this.#redacted ??= {
      method: this.method,
      url: redact(this.url),
      headers: redact(this.headers),
    });
  }
}

/** Everything one call needs, resolved once. */
interface Call {
  fetch: FetchLike;
  agent: unknown;
  timeout: number;
  deadline: number;
  deadlineAt: number;
  signal: AbortSignal | undefined;
  responseType: ResponseTypes | undefined;
  logger: HttpConfig['logger'];
  /** The transport is the default node-fetch: a {@link LightSignal} is enough. */
  light: boolean;
}

function resolveMethod(method: unknown): HTTPMethods {
  if (method === undefined) return HTTPMethods.GET;
  const name = typeof method === 'string' ? method.toUpperCase() : '';
  if (Object.hasOwn(HTTPMethods, name)) return name as HTTPMethods;
  throw new ValidationError(
    `[@acct/http] method is not supported (got ${describeValue(method)}): use one of ${Object.values(HTTPMethods).join(', ')}`,
    [{ name: 'method', reason: `unknown method (got ${describeValue(method)})` }],
  );
}

function resolveLimit(
  name: 'timeout' | 'deadline',
  own: number | undefined,
  client: number | undefined,
): number {
  const value = own ?? client ?? HTTP_DEFAULTS[name];
  if (typeof value !== 'number' || !(value > 0)) {
    throw new ValidationError(
      `[@acct/http] ${name} must be a positive number of milliseconds, got ${String(value)}`,
      [{ name, reason: 'must be a positive number of milliseconds' }],
    );
  }
  return value;
}

/**
 * The request of one attempt. `base` is the request as validated before the loop: what
 * `authenticate` left untouched (the same method, URL, header name and value) is not
 * checked again; anything it added or changed is.
 */
function prepare(req: HttpRequest, base?: HttpRequest): Prepared {
  const method = base && req.method === base.method ? base.method : resolveMethod(req.method);
  const url = appendQuery(
    base && req.url === base.url ? base.url : resolveUrl(req.url),
    req.params,
  );
  const { body, contentType } = encode(method, req);
  const headers = base ? mergeHeadersOver(base.headers, req.headers) : req.headers;
  if (contentType !== undefined && headers['content-type'] === undefined) {
    headers['content-type'] = contentType;
  }
  return new Prepared(url, method, headers, body);
}

/** The body of a request, encoded; GET and HEAD have none. */
function encode(method: HTTPMethods, req: HttpRequest): EncodedBody {
  if ((method === HTTPMethods.GET || method === HTTPMethods.HEAD) && req.data !== undefined) {
    throw new ValidationError(
      `[@acct/http] a ${method} request cannot have a body: pass the values as params`,
      [{ name: 'data', reason: `not allowed with ${method}` }],
    );
  }
  return encodeBody(req.data, req.type);
}

/** What {@link prepare} would reject in `req` (query, body), without preparing it. */
function check(req: HttpRequest): void {
  appendQuery(req.url, req.params);
  encode(req.method, req);
}

/** What `authenticate` receives: a copy, so that it cannot change the validated request. */
function copyRequest(req: HttpRequest): HttpRequest {
  return {
    url: req.url,
    method: req.method,
    headers: { ...req.headers },
    params: req.params && { ...req.params },
    data: req.data,
    type: req.type,
  };
}

/** What one attempt brings back: the response and its whole body. */
interface Exchange {
  res: FetchResponseLike;
  text: string;
}

async function exchange(call: Call, p: Prepared, signal: unknown): Promise<Exchange> {
  const { method, headers, body, url } = p;
  const agent = call.agent;
  const init =
    agent === undefined
      ? { method, headers, body, signal }
      : { method, headers, body, signal, agent };
  const res = await call.fetch(url, init);
  return { res, text: await res.text() };
}

/** What to do after a network failure: a write whose bytes may have left has an unknown outcome. */
function networkHint(method: string, systemCode: string | undefined): string {
  const sentNothing = HTTP_DEFAULTS.notSentCodes.includes(systemCode ?? '');
  if (sentNothing || ['GET', 'HEAD', 'OPTIONS', 'DELETE'].includes(method)) {
    return 'check the host, the port and the network';
  }
  return 'the server may have applied the request: check its state before sending it again';
}

function networkError(p: Prepared, error: unknown): NetworkError {
  const systemCode = systemCodeOf(error);
  const reason = systemCode ?? redactText(String((error as Error)?.message ?? error));
  return new NetworkError(
    `[@acct/http] ${p.method} ${p.redacted.url} failed (${reason}): ${networkHint(p.method, systemCode)}`,
    { systemCode, request: p.redacted, cause: sanitizeError(error) },
  );
}

/**
 * One attempt: fetch and read the body within the attempt's limit. The timer and the
 * caller's signal settle the attempt themselves (then abort fetch), so a fetch that is
 * slow to honour its signal cannot stretch the limit.
 */
function send(p: Prepared, call: Call, attempt: number): Promise<Exchange> {
  const signal = call.signal;
  if (signal?.aborted) return Promise.reject(signal.reason);
  const remaining = call.deadlineAt - Date.now();
  const byDeadline = remaining < call.timeout;
  const limit = byDeadline ? call.deadline : call.timeout;
  const timeoutError = () =>
    new TimeoutError(
      byDeadline
        ? `[@acct/http] ${p.method} ${p.redacted.url} exceeded the deadline of ${limit} ms (attempt ${attempt}): raise \`deadline\` or check that the server answers`
        : `[@acct/http] ${p.method} ${p.redacted.url} timed out after ${limit} ms (attempt ${attempt}): raise \`timeout\` or check that the server answers`,
      { timeout: limit, url: p.redacted.url, request: p.redacted },
    );
  if (remaining <= 0) return Promise.reject(timeoutError());
  return new Promise<Exchange>((resolve, reject) => {
    const controller: Abortable = call.light ? lightController() : new AbortController();
    let done = false;
    const finish = () => {
      done = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    const fail = (error: unknown) => {
      finish();
      reject(error);
      controller.abort();
    };
    const timer = setTimeout(() => fail(timeoutError()), Math.min(remaining, call.timeout));
    const onAbort = () => fail(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    exchange(call, p, controller.signal).then(
      (value) => {
        finish();
        resolve(value);
      },
      (error: unknown) => {
        if (!done) fail(networkError(p, error));
      },
    );
  });
}

function settle<T>(p: Prepared, call: Call, res: FetchResponseLike, text: string): HttpResponse<T> {
  const status = res.status;
  const decoded = decodeBody(status, text, res.headers.get('content-type'), call.responseType);
  if (status >= 400) {
    throw createHttpError({
      status,
      statusText: res.statusText,
      headers: readHeaders(res.headers),
      body: decoded.data,
      request: p.redacted,
    });
  }
  if (decoded.error) {
    throw new ParseError(
      `[@acct/http] ${p.method} ${p.redacted.url} answered ${status} with malformed JSON (${redactText(decoded.error.message)}): the raw body is in \`text\``,
      {
        text,
        status,
        headers: readHeaders(res.headers),
        request: p.redacted,
        cause: decoded.error,
      },
    );
  }
  return respond<T>(decoded.data as T, status, res.statusText, res.headers, p);
}

/** Returns the object it is given, so that a subclass can add private fields to any object. */
class Stamp {
  constructor(target: object) {
    return target;
  }
}

/**
 * The private state behind a response's `headers` and `request` getters, stamped onto the
 * response object itself: invisible to `Object.keys`, `JSON.stringify`, `util.inspect` and
 * equality checks, and it holds only the fetch Headers and the request, not the whole fetch
 * Response (holding it made every call several times costlier to collect).
 */
class ResponseState extends Stamp {
  #raw: FetchHeadersLike;
  #prepared: Prepared;
  #headers: Record<string, string> | undefined;

  constructor(target: object, raw: FetchHeadersLike, prepared: Prepared) {
    super(target);
    this.#raw = raw;
    this.#prepared = prepared;
  }

  static headers(response: object): Record<string, string> {
    const state = response as ResponseState;
    return (state.#headers ??= readHeaders(state.#raw));
  }

  static request(response: object): RedactedRequest {
    return (response as ResponseState).#prepared.redacted;
  }
}

/**
 * The getters shared by every response: one accessor function per property for all of them
 * (a getter written in an object literal is a new function each time, which gives every
 * response its own hidden class and makes every property read of it slow).
 */
const HEADERS: PropertyDescriptor = {
  get(this: object) {
    return ResponseState.headers(this);
  },
  enumerable: true,
  configurable: true,
};
const REQUEST: PropertyDescriptor = {
  get(this: object) {
    return ResponseState.request(this);
  },
  enumerable: true,
  configurable: true,
};

/**
 * The response, with `headers` and `request` as own enumerable properties built on first
 * read (copying fetch's Headers and redacting cost more than many callers need).
 */
function respond<T>(
  data: T,
  status: number,
  statusText: string,
  raw: FetchHeadersLike,
  p: Prepared,
): HttpResponse<T> {
  const response = { data, status, statusText } as HttpResponse<T>;
  Object.defineProperty(response, 'headers', HEADERS);
  Object.defineProperty(response, 'request', REQUEST);
  new ResponseState(response, raw, p);
  return response;
}

function describeFailure(error: unknown): string {
  if (error instanceof HttpError) return String(error.status);
  if (error instanceof NetworkError) return error.systemCode ?? 'network error';
  return (error as Error).name;
}

/**
 * Performs one HTTP call: encodes, authenticates, sends through fetch, decodes, and
 * retries where repeating cannot change the outcome.
 *
 * - URL: `config.baseUrl` + `options.url` + `params` (arrays as repeated keys).
 * - Body: JSON for objects (the default), form-urlencoded with `type:
 *   ContentType.FORM_URLENCODED` (empty strings kept), strings and bytes as they are.
 * - Response: `application/json` and every `+json` type parsed, form parsed, text
 *   otherwise; 204 or an empty body gives `undefined`.
 * - Transport: node-fetch 3, imported on the first call, with a shared keep-alive agent,
 *   unless `config.fetch` / `config.agent` are given.
 * - Limits: `timeout` per attempt (10 s) and `deadline` for the whole call (60 s).
 * - Retries: see `shouldRetry` and `retryDelay`; `config.authenticate` runs before every
 *   attempt, so signatures and tokens are fresh.
 * - Abort: when `options.signal` aborts, the promise rejects with `signal.reason` itself.
 *
 * @typeParam T - The type of the decoded body.
 * @param options - The request and per-call overrides.
 * @param config - Client-level settings.
 * @returns The response of a status below 400.
 * @throws {@link ValidationError} bad input (relative URL, unknown method, unencodable body), before any fetch.
 * @throws {@link HttpError} a status of 400 or more (the subclass of `createHttpError`).
 * @throws {@link TimeoutError} an attempt or the deadline ran out.
 * @throws {@link NetworkError} the connection failed (`systemCode` says how).
 * @throws {@link ParseError} a successful response with malformed JSON.
 * @example
 * ```ts
 * import { request } from '@acct/http';
 *
 * const res = await request<{ value: number }>(
 *   { url: 'https://rest.nexmo.com/account/get-balance', params: { api_key: 'KEY', api_secret: 'SECRET' } },
 *   { timeout: 5000, retry: { retries: 3 } },
 * );
 * console.log(res.status, res.data.value);
 * ```
 */
export async function request<T = unknown>(
  options: HttpOptions,
  config: HttpConfig = {},
): Promise<HttpResponse<T>> {
  const method = resolveMethod(options.method);
  const url = resolveUrl(options.url, config.baseUrl);
  const timeout = resolveLimit('timeout', options.timeout, config.timeout);
  const deadline = resolveLimit('deadline', options.deadline, config.deadline);
  const retry: ResolvedRetry | false = resolveRetry(config.retry, options.retry);
  const signal = options.signal;
  signal?.throwIfAborted();
  const base: HttpRequest = {
    url,
    method,
    headers: mergeHeaders(ACCEPT_JSON, clientHeaders(config.headers), options.headers),
    params: options.params,
    data: options.data,
    type: options.type,
  };
  const authenticate = config.authenticate;
  // Without `authenticate`, the one request of every attempt; with it, a check of the body
  // and query before any credential is fetched.
  const fixed = authenticate ? undefined : prepare(base);
  if (authenticate) check(base);
  const call: Call = {
    fetch: config.fetch ?? loadedNodeFetch() ?? (await loadNodeFetch()),
    agent: config.agent ?? (config.fetch ? undefined : defaultAgent()),
    timeout,
    deadline,
    deadlineAt: Date.now() + deadline,
    signal,
    responseType: options.responseType,
    logger: config.logger,
    light: config.fetch === undefined,
  };
  for (let attempt = 1; ; attempt++) {
    const p = fixed ?? prepare(await authenticate!(copyRequest(base)), base);
    const started = Date.now();
    let failure: unknown;
    try {
      const { res, text } = await send(p, call, attempt);
      const response = settle<T>(p, call, res, text);
      if (logging(call.logger)) {
        emit(
          call.logger,
          () =>
            `${p.method} ${p.redacted.url} -> ${res.status} (attempt ${attempt}, ${Date.now() - started} ms)`,
        );
      }
      return response;
    } catch (error) {
      if (signal?.aborted && error === signal.reason) throw error;
      failure = error;
    }
    if (logging(call.logger)) {
      emit(
        call.logger,
        () =>
          `${p.method} ${p.redacted.url} failed: ${describeFailure(failure)} (attempt ${attempt}, ${Date.now() - started} ms)`,
      );
    }
    if (
      !shouldRetry({
        attempt,
        method: p.method,
        error: failure,
        idempotent: options.idempotent,
        retry,
      })
    ) {
      if (failure instanceof HttpError) failure.attempts = attempt;
      throw failure;
    }
    const delay = retryDelay({
      attempt,
      retryAfter: failure instanceof HttpError ? failure.headers['retry-after'] : undefined,
      retry,
      random: config.random,
    });
    if (Date.now() + delay >= call.deadlineAt) {
      if (failure instanceof HttpError) failure.attempts = attempt;
      throw failure;
    }
    if (logging(call.logger)) {
      emit(
        call.logger,
        () =>
          `${p.method} ${p.redacted.url} retrying in ${delay} ms (attempt ${attempt + 1} of ${(retry as ResolvedRetry).retries + 1})`,
      );
    }
    await sleep(delay, signal);
  }
}
