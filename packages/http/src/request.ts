// One HTTP call, top to bottom: validate, build, authenticate, send with a time limit,
// decode, classify, retry. Nothing here depends on a transport's internals: any WHATWG-style
// fetch gets the same plain arguments.
import createDebug from 'debug';
import { checkOptions } from './check-options';
import { describeValue } from './describe-value';
import {
  decodeBody,
  encodeBody,
  invalid,
  isPlainObject,
  showName,
  wellFormed,
  withQuery,
} from './encode';
import {
  createHttpError,
  HttpError,
  NetworkError,
  parseRetryAfter,
  ParseError,
  TimeoutError,
} from './errors';
import { ContentType } from './content-type';
import { HTTPMethods } from './http-methods';
import { HTTP_DEFAULTS, type FetchLike, type HttpOptions, type RetryOptions } from './http-options';
import type { HttpResponse } from './http-response';
import { isSensitiveName, REDACTED, redactText } from './redact';
import { ResponseTypes } from './response-types';

const debug = createDebug('acct:http');

// ---------------------------------------------------------------------------------------
// 1. Validate: every option, once, where it enters; nothing is sent when one is wrong.

const KEYS = [
  'url',
  'method',
  'headers',
  'params',
  'data',
  'type',
  'responseType',
  'timeout',
  'deadline',
  'retry',
  'signal',
  'idempotent',
  'fetch',
  'agent',
  'authenticate',
  'logger',
  'random',
] as const;
const RETRY_KEYS = [
  'retries',
  'baseDelay',
  'maxBackoff',
  'maxRetryAfter',
  'methods',
  'statuses',
] as const;
const MAX_MS = 2_147_483_647; // setTimeout's limit: a larger value fires at once
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const BAD_HEADER_VALUE = /[\r\n\0]|[^\0-\u00ff]|^[ \t]|[ \t]$/;
const METHODS: readonly string[] = Object.values(HTTPMethods);
const KNOWN = new Set<string>(KEYS);
const RETRY_KNOWN = new Set<string>(RETRY_KEYS);
const CONTENT_TYPES: readonly string[] = Object.values(ContentType);
const RESPONSE_TYPES: readonly string[] = Object.values(ResponseTypes);

function integer(name: string, value: unknown, min: number, max: number): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) {
    return value;
  }
  throw invalid(name, `must be an integer from ${min} to ${max}, got ${describeValue(value)}`);
}

function oneOf<V>(name: string, value: unknown, allowed: readonly V[]): V {
  if (allowed.includes(value as V)) return value as V;
  throw invalid(
    name,
    `must be one of ${[...new Set(allowed)].join(', ')}, got ${describeValue(value)}`,
  );
}

function fn<F>(name: string, value: unknown): F | undefined {
  if (value === undefined || typeof value === 'function') return value as F | undefined;
  throw invalid(name, `must be a function, got ${describeValue(value)}`);
}

function checkUrl(value: unknown): string {
  if (typeof value !== 'string' || value === '') {
    throw invalid('url', `must be an absolute http(s) URL, got ${describeValue(value)}`);
  }
  wellFormed('url', value);
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw invalid(
      'url',
      'must be an absolute http(s) URL such as https://rest.nexmo.com/account/get-balance',
    );
  }
  if (url.username || url.password || value.includes('#')) {
    throw invalid('url', 'must not hold credentials or a fragment: credentials go in headers');
  }
  if (url.href !== value && url.href !== `${value}/`) {
    throw invalid(
      'url',
      'must be in canonical form (percent-encoded, no spaces or control characters)',
    );
  }
  return value;
}

function checkHeaders(value: unknown): Record<string, string> {
  if (!isPlainObject(value)) {
    throw invalid('headers', `must be a plain object of strings, got ${describeValue(value)}`);
  }
  const headers: Record<string, string> = {};
  for (const name in value) {
    const text = value[name];
    const lower = name.toLowerCase();
    const problem = !TOKEN.test(name)
      ? 'is not a valid header name: use an RFC 9110 token'
      : typeof text !== 'string'
        ? `must be a string, got ${describeValue(text)}`
        : BAD_HEADER_VALUE.test(text)
          ? 'must hold Latin-1 text without CR, LF, NUL or leading or trailing space'
          : Object.hasOwn(headers, lower)
            ? 'is given twice (names are case-insensitive)'
            : undefined;
    if (problem !== undefined) throw invalid(`headers.${showName(name)}`, problem);
    headers[lower] = text as string;
  }
  return headers;
}

/** True unless `value` is a plain object whose keys are all in `known` (then `checkOptions` says why). */
function needsCheck(value: unknown, known: Set<string>): boolean {
  if (!isPlainObject(value)) return true;
  for (const key in value) if (!known.has(key)) return true;
  return false;
}

function checkRetry(value: unknown): false | Required<RetryOptions> {
  if (value === false) return false;
  if (needsCheck(value, RETRY_KNOWN) || Object.getOwnPropertySymbols(value).length > 0) {
    checkOptions(value, '[@acct/http] retry', RETRY_KEYS); // throws, naming the problem
  }
  const r = value as Partial<Record<(typeof RETRY_KEYS)[number], unknown>>;
  const d = HTTP_DEFAULTS.retry;
  const list = <T>(name: string, items: unknown, check: (n: string, v: unknown) => T): T[] => {
    if (!Array.isArray(items)) throw invalid(name, `must be an array, got ${describeValue(items)}`);
    return items.map((item, i) => check(`${name}[${i}]`, item));
  };
  return {
    retries: r.retries === undefined ? d.retries : integer('retry.retries', r.retries, 0, 10),
    baseDelay:
      r.baseDelay === undefined ? d.baseDelay : integer('retry.baseDelay', r.baseDelay, 0, MAX_MS),
    maxBackoff:
      r.maxBackoff === undefined
        ? d.maxBackoff
        : integer('retry.maxBackoff', r.maxBackoff, 0, MAX_MS),
    maxRetryAfter:
      r.maxRetryAfter === undefined
        ? d.maxRetryAfter
        : integer('retry.maxRetryAfter', r.maxRetryAfter, 0, MAX_MS),
    methods:
      r.methods === undefined
        ? [...d.methods]
        : list('retry.methods', r.methods, (n, v) => oneOf(n, v, METHODS) as HTTPMethods),
    statuses:
      r.statuses === undefined
        ? [...d.statuses]
        : list('retry.statuses', r.statuses, (n, v) => integer(n, v, 100, 599)),
  };
}

/** The options of one call, checked, with every default filled in (what `resolveOptions` returns). */
type Resolved = ReturnType<typeof resolveOptions>;

/**
 * Checks options of {@link HttpOptions} and fills in the defaults of {@link HTTP_DEFAULTS},
 * as `request()` does before sending: a plain object with known keys only; timeouts and
 * deadlines integers from 1 to 2147483647 ms; retry lists arrays of methods and statuses;
 * headers a plain object of Latin-1 strings with RFC 9110 token names; `signal` an
 * `AbortSignal`; `url` (when given) an absolute, canonical http(s) URL. `@acct/server-client`
 * checks its settings with it when a client is built.
 *
 * @param options - The options to check (`url` may be left out).
 * @returns A copy with the defaults filled in and header names in lower case.
 * @throws `ValidationError` naming the first bad option and what to pass, never its value.
 * @example
 * ```ts
 * import { resolveOptions } from '@acct/http';
 *
 * const settings = resolveOptions({ timeout: 5000, retry: { retries: 1 } });
 * console.log(settings.deadline, settings.retry); // 60000 { retries: 1, baseDelay: 200, ... }
 * ```
 */
export function resolveOptions(options: Partial<HttpOptions>): Omit<
  HttpOptions,
  'timeout' | 'deadline' | 'retry' | 'responseType' | 'method' | 'headers'
> & {
  method: HTTPMethods;
  headers: Record<string, string>;
  timeout: number;
  deadline: number;
  retry: false | Required<RetryOptions>;
  responseType: ResponseTypes;
} {
  if (needsCheck(options, KNOWN)) checkOptions(options, '[@acct/http] options', KEYS); // throws
  const o = options as Partial<Record<(typeof KEYS)[number], unknown>>;
  const signal = o.signal;
  if (signal !== undefined && !(signal instanceof AbortSignal)) {
    throw invalid('signal', `must be an AbortSignal, got ${describeValue(signal)}`);
  }
  const method = typeof o.method === 'string' ? o.method.toUpperCase() : (o.method ?? 'GET');
  return {
    url: o.url === undefined ? (undefined as unknown as string) : checkUrl(o.url),
    params: o.params as HttpOptions['params'],
    data: o.data,
    agent: o.agent,
    method: oneOf('method', method, METHODS) as HTTPMethods,
    headers: o.headers === undefined ? {} : checkHeaders(o.headers),
    type: o.type === undefined ? undefined : (oneOf('type', o.type, CONTENT_TYPES) as ContentType),
    responseType: oneOf(
      'responseType',
      o.responseType === undefined ? HTTP_DEFAULTS.responseType : o.responseType,
      RESPONSE_TYPES,
    ) as ResponseTypes,
    timeout:
      o.timeout === undefined ? HTTP_DEFAULTS.timeout : integer('timeout', o.timeout, 1, MAX_MS),
    deadline:
      o.deadline === undefined
        ? HTTP_DEFAULTS.deadline
        : integer('deadline', o.deadline, 1, MAX_MS),
    retry: checkRetry(o.retry === undefined ? HTTP_DEFAULTS.retry : o.retry),
    idempotent:
      o.idempotent === undefined ? undefined : oneOf('idempotent', o.idempotent, [true, false]),
    signal,
    fetch: fn<FetchLike>('fetch', o.fetch),
    authenticate: fn<HttpOptions['authenticate']>('authenticate', o.authenticate),
    logger: fn<HttpOptions['logger']>('logger', o.logger),
    random: fn<() => number>('random', o.random),
  };
}

// ---------------------------------------------------------------------------------------
// 2. Build: the URL with its query, the body and the headers of one attempt.

interface Built {
  method: HTTPMethods;
  url: string;
  headers: Record<string, string>;
  body: string | Uint8Array | undefined;
  /** What errors and logs show: the request with every credential redacted. */
  shown: HttpResponse<unknown>['request'];
}

function build(
  o: Pick<HttpOptions, 'url' | 'params' | 'data' | 'type'>,
  method: HTTPMethods,
  headers: Record<string, string>,
): Built {
  const url = withQuery(o.url, o.params);
  const { body, contentType } = encodeBody(method, o.data, o.type);
  const all: Record<string, string> = { accept: 'application/json', ...headers };
  if (contentType !== undefined && all['content-type'] === undefined)
    all['content-type'] = contentType;
  return {
    method,
    url,
    headers: all,
    body,
    shown: { method, url: redactText(url), headers: redactHeaders(all) },
  };
}

/** Flat string headers, redacted: a sensitive name hides its value, the others are scanned. */
function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const shown: Record<string, string> = {};
  for (const name in headers) {
    shown[name] = isSensitiveName(name) ? REDACTED : redactText(headers[name]!);
  }
  return shown;
}

// ---------------------------------------------------------------------------------------
// 3. Authenticate: `authenticate` gets a copy before each attempt (fresh signatures and
//    tokens); what it returns is checked like the options themselves.

/** What `authenticate` gets: a copy of the request, so that it cannot change the options. */
function authInput(o: Resolved): HttpOptions {
  return {
    url: o.url,
    method: o.method,
    headers: { ...o.headers },
    params: o.params && { ...o.params },
    data: o.data,
    type: o.type,
  };
}

/** The request `authenticate` returned, checked like the options, built for sending. */
function authenticated(o: Resolved, r: HttpOptions): Built {
  if (needsCheck(r, KNOWN)) checkOptions(r, '[@acct/http] authenticate() result', KEYS); // throws
  const given = typeof r.method === 'string' ? r.method.toUpperCase() : (r.method ?? 'GET');
  const method = oneOf('method', given, METHODS) as HTTPMethods;
  const type =
    r.type === undefined ? undefined : (oneOf('type', r.type, CONTENT_TYPES) as ContentType);
  const url = r.url === o.url ? o.url : checkUrl(r.url);
  const headers = r.headers === undefined ? {} : checkHeaders(r.headers);
  return build({ url, params: r.params, data: r.data, type }, method, headers);
}

// ---------------------------------------------------------------------------------------
// 4. Send, within the attempt's time limit. The timer and the caller's signal settle the
//    attempt themselves, then abort fetch, so a slow transport cannot stretch the limit.

let nodeFetch: Promise<FetchLike> | undefined;
let loadedFetch: FetchLike | undefined; // node-fetch once loaded: later calls need no `await`
let sharedAgents: { http?: unknown; https?: unknown } | undefined;

/** node-fetch 3, imported on the first call (it costs ~30 ms to load). */
function defaultFetch(): Promise<FetchLike> {
  return (nodeFetch ??= import('node-fetch').then(
    (m) => (loadedFetch = m.default as unknown as FetchLike),
  ));
}

/** One keep-alive agent per protocol, shared by every call that brings no agent of its own. */
function defaultAgent(url: URL): unknown {
  const agents = (sharedAgents ??= {});
  const settings = { keepAlive: true, timeout: 4000, scheduling: 'lifo' as const };
  return url.protocol === 'https:'
    ? (agents.https ??= new (process.getBuiltinModule('node:https').Agent)(settings))
    : (agents.http ??= new (process.getBuiltinModule('node:http').Agent)(settings));
}

type Answer = Awaited<ReturnType<FetchLike>>;

function send(
  b: Built,
  o: Resolved,
  fetch: FetchLike,
  remaining: number,
  attempt: number,
): Promise<{ res: Answer; text: string }> {
  const signal = o.signal;
  const byDeadline = remaining < o.timeout;
  const limit = byDeadline ? o.deadline : o.timeout;
  const timeoutError = () => {
    const what = byDeadline
      ? `exceeded the deadline of ${limit} ms`
      : `timed out after ${limit} ms`;
    const fix = byDeadline ? 'deadline' : 'timeout';
    return new TimeoutError(
      `[@acct/http] ${b.method} ${b.shown.url} ${what} (attempt ${attempt}): raise \`${fix}\` or check that the server answers`,
      { timeout: limit, url: b.shown.url, request: b.shown },
    );
  };
  if (remaining <= 0) return Promise.reject(timeoutError());
  return new Promise((resolve, reject) => {
    const controller = new AbortController();
    let settled = false;
    const settle = (fail: unknown, value?: { res: Answer; text: string }) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      if (fail === undefined) resolve(value!);
      else {
        // an abort's reason (the caller's own value, as fetch rejects with it) or a typed error
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
        reject(fail);
        controller.abort();
      }
    };
    const onAbort = () => settle(signal!.reason);
    const timer = setTimeout(() => settle(timeoutError()), Math.min(remaining, o.timeout));
    signal?.addEventListener('abort', onAbort, { once: true });
    const init: Record<string, unknown> = {
      method: b.method,
      headers: b.headers,
      body: b.body,
      redirect: 'manual',
      signal: controller.signal,
    };
    if (o.agent !== undefined) init.agent = o.agent;
    else if (o.fetch === undefined) init.agent = defaultAgent;
    let sent: ReturnType<FetchLike>;
    try {
      sent = fetch(b.url, init);
    } catch (error) {
      sent = Promise.reject(error);
    }
    sent
      .then(async (res) => settle(undefined, { res, text: await res.text() }))
      .catch((error: unknown) => settle(networkError(b, error)));
  });
}

const NOT_SENT = ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN'];

function systemCode(error: unknown, depth = 0): string | undefined {
  if (error === null || typeof error !== 'object' || depth > 4) return undefined;
  const { code, cause } = error as { code?: unknown; cause?: unknown };
  if (typeof code === 'string' && /^(?:E[A-Z0-9_]+|UND_ERR_[A-Z_]+|ERR_[A-Z0-9_]+)$/.test(code))
    return code;
  return systemCode(cause, depth + 1);
}

/** A failed fetch: a write whose bytes may have left has an unknown outcome, and says so. */
function networkError(b: Built, error: unknown): NetworkError {
  const code = systemCode(error);
  const safe =
    NOT_SENT.includes(code ?? '') || ['GET', 'HEAD', 'OPTIONS', 'DELETE'].includes(b.method);
  const hint = safe
    ? 'check the host, the port and the network'
    : 'the server may have applied the request: check its state before sending it again';
  const reason = code ?? (error instanceof Error ? error.message : String(error));
  return new NetworkError(`[@acct/http] ${b.method} ${b.shown.url} failed (${reason}): ${hint}`, {
    systemCode: code,
    request: b.shown,
    cause: error,
  });
}

// ---------------------------------------------------------------------------------------
// 5 and 6. Decode the body and classify the answer: a redirect (never followed), an error
//    status, a 2xx whose body is not what was expected, or the response.

function classify<T>(b: Built, o: Resolved, res: Answer, text: string): HttpResponse<T> {
  const headers: Record<string, string> = {};
  res.headers.forEach((value, name) => (headers[name.toLowerCase()] = value));
  const status = res.status;
  if ((status >= 300 && status < 400) || res.redirected === true || res.type === 'opaqueredirect') {
    const location = redactText(headers.location ?? (res.redirected ? (res.url ?? '') : ''));
    throw new HttpError(
      {
        status,
        statusText: res.statusText,
        headers,
        body: text,
        request: b.shown,
        message:
          `[@acct/http] ${b.method} ${b.shown.url} answered with a redirect (${res.redirected ? 'followed by the fetch given' : status}) to ${location || 'an unknown location'}: ` +
          'redirects are never followed, so that no request is sent twice and no credential reaches another host; set restHost or apiHost to the host that answers',
      },
      'ACCT_HTTP_REDIRECT',
    );
  }
  const contentType = headers['content-type'] ?? null;
  const decoded = decodeBody(
    status === 204 ? '' : text,
    contentType,
    o.responseType === ResponseTypes.json,
  );
  if (status >= 400) {
    throw createHttpError({
      status,
      statusText: res.statusText,
      headers,
      body: decoded.data,
      request: b.shown,
    });
  }
  if (decoded.problem !== undefined) {
    throw new ParseError(
      `[@acct/http] ${b.method} ${b.shown.url} answered ${status} with ${decoded.problem}: ` +
        'check that the URL points at the API (restHost, apiHost), or pass responseType: "text"',
      {
        text,
        status,
        contentType: contentType ?? undefined,
        headers,
        request: b.shown,
        cause: decoded.cause,
      },
    );
  }
  return {
    data: decoded.data as T,
    status,
    statusText: res.statusText,
    headers,
    request: b.shown,
    config: b.shown,
  };
}

// ---------------------------------------------------------------------------------------
// 7. Retry: only what cannot change the outcome when repeated.

function shouldRetry(o: Resolved, method: HTTPMethods, error: unknown, attempt: number): boolean {
  if (o.retry === false || attempt > o.retry.retries) return false;
  if (error instanceof NetworkError && NOT_SENT.includes(error.systemCode ?? '')) return true;
  if (!(o.idempotent ?? o.retry.methods.includes(method))) return false;
  if (error instanceof HttpError)
    return error.code !== 'ACCT_HTTP_REDIRECT' && o.retry.statuses.includes(error.status);
  return error instanceof NetworkError || error instanceof TimeoutError;
}

/** The wait before the next attempt: the server's `Retry-After` (capped), else full jitter. */
function retryDelay(
  retry: Required<RetryOptions>,
  error: unknown,
  attempt: number,
  random: () => number,
): number {
  const asked =
    error instanceof HttpError
      ? parseRetryAfter(error.headers['retry-after'], Date.now())
      : undefined;
  if (asked !== undefined) return Math.min(asked, retry.maxRetryAfter);
  return Math.floor(random() * Math.min(retry.maxBackoff, retry.baseDelay * 2 ** (attempt - 1)));
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function log(o: Resolved, line: string): void {
  debug('%s', line);
  try {
    o.logger?.(line);
  } catch {
    // a failing log hook never fails the request
  }
}

/**
 * Performs one HTTP call through a WHATWG-style fetch: checks every option, builds the URL
 * and body, authenticates, sends with a time limit, decodes by content type, turns every
 * failure into a typed error, and retries where repeating cannot change the outcome.
 *
 * - Redirects are never followed: a 3xx (or a response a custom fetch followed itself)
 *   rejects with `HttpError` (code `ACCT_HTTP_REDIRECT`) naming the redacted `Location`.
 * - A 2xx body that is not what was expected (HTML or text where JSON is, malformed JSON)
 *   rejects with `ParseError`; 204 or an empty body gives `data: null`.
 * - Limits: `timeout` per attempt, `deadline` for the whole call.
 * - When `signal` aborts, the promise rejects with `signal.reason` itself.
 * - `DEBUG=acct:http` (or `logger`) prints one redacted line per attempt.
 *
 * @typeParam T - The type of the decoded body.
 * @param options - The request and how to send it.
 * @returns The response of a 2xx status.
 * @throws `ValidationError` bad input, before anything is sent.
 * @throws `HttpError` a redirect or a status of 400 or more (subclass by status).
 * @throws `TimeoutError` an attempt or the deadline ran out.
 * @throws `NetworkError` the connection failed.
 * @throws `ParseError` a 2xx body that is not what was expected.
 * @example
 * ```ts
 * import { request } from '@acct/http';
 *
 * const res = await request<{ value: number }>({
 *   url: 'https://rest.nexmo.com/account/get-balance',
 *   headers: { authorization: `Basic ${Buffer.from('KEY:SECRET').toString('base64')}` },
 *   timeout: 5000,
 *   retry: { retries: 3 },
 * });
 * console.log(res.status, res.data.value);
 * ```
 */
export async function request<T = unknown>(options: HttpOptions): Promise<HttpResponse<T>> {
  const o = resolveOptions(options);
  if (o.url === undefined) throw invalid('url', 'is missing: pass an absolute http(s) URL');
  const signal = o.signal;
  signal?.throwIfAborted();
  const authenticate = o.authenticate;
  // without `authenticate` one request serves every attempt; with it, the query and body are
  // checked here, before any credential is read, and each attempt builds its own
  let fixed: Built | undefined;
  if (authenticate === undefined) fixed = build(o, o.method, o.headers);
  else {
    withQuery(o.url, o.params);
    encodeBody(o.method, o.data, o.type);
  }
  const fetch = o.fetch ?? loadedFetch ?? (await defaultFetch());
  const deadlineAt = Date.now() + o.deadline;
  for (let attempt = 1; ; attempt++) {
    const b = fixed ?? authenticated(o, await authenticate!(authInput(o)));
    signal?.throwIfAborted();
    const started = Date.now();
    const remaining = deadlineAt - started;
    let failure: unknown;
    try {
      const { res, text } = await send(b, o, fetch, remaining, attempt);
      const response = classify<T>(b, o, res, text);
      if (debug.enabled || o.logger)
        log(
          o,
          `${b.method} ${b.shown.url} -> ${res.status} (attempt ${attempt}, ${Date.now() - started} ms)`,
        );
      return response;
    } catch (error) {
      if (signal?.aborted && error === signal.reason) throw error;
      failure = error;
    }
    const what =
      failure instanceof HttpError
        ? failure.status
        : ((failure as NetworkError).systemCode ?? (failure as Error).name);
    if (debug.enabled || o.logger)
      log(
        o,
        `${b.method} ${b.shown.url} failed: ${what} (attempt ${attempt}, ${Date.now() - started} ms)`,
      );
    const delay = shouldRetry(o, b.method, failure, attempt)
      ? retryDelay(o.retry as Required<RetryOptions>, failure, attempt, o.random ?? Math.random)
      : undefined;
    if (delay === undefined || Date.now() + delay >= deadlineAt) {
      if (failure instanceof HttpError) failure.attempts = attempt;
      throw failure;
    }
    if (debug.enabled || o.logger)
      log(
        o,
        `${b.method} ${b.shown.url} retrying in ${delay} ms (attempt ${attempt + 1} of ${(o.retry as Required<RetryOptions>).retries + 1})`,
      );
    await sleep(delay, signal);
  }
}
