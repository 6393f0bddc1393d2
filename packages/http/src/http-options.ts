import type { ContentType } from './content-type';
import { HTTPMethods } from './http-methods';
import { ResponseTypes } from './response-types';

/**
 * The one options vocabulary of acct's transport: what one call sends and how. The same
 * names are the per-client settings of `@acct/server-client` (its `ConfigParams` picks
 * `timeout`, `deadline`, `retry`, `responseType`, `fetch`, `agent` and `logger` from here).
 * Every field is checked where it enters `request()`; a bad one rejects with
 * `ValidationError` before anything is sent. Defaults: {@link HTTP_DEFAULTS}.
 *
 * @example
 * ```ts
 * import { ContentType, HTTPMethods, request, type HttpOptions } from '@acct/http';
 *
 * const options: HttpOptions = {
 *   url: 'https://rest.nexmo.com/account/settings',
 *   method: HTTPMethods.POST,
 *   data: { moCallBackUrl: 'https://example.com/mo' },
 *   type: ContentType.FORM_URLENCODED,
 *   timeout: 5000,
 *   retry: false,
 * };
 * const res = await request(options);
 * console.log(res.status);
 * ```
 */
export interface HttpOptions {
  /** Absolute http(s) URL without fragment or credentials, in its canonical form. */
  url: string;
  /**
   * The method.
   * @default 'GET'
   */
  method?: HTTPMethods | `${HTTPMethods}`;
  /**
   * Request headers: a plain object of strings; names are RFC 9110 tokens, values hold no
   * CR, LF, NUL or character above U+00FF.
   */
  headers?: Record<string, string>;
  /**
   * Query parameters, appended to `url`; arrays become repeated keys, `undefined` and `null`
   * are left out. Strings must be well-formed Unicode, numbers finite.
   */
  params?: Record<
    string,
    string | number | boolean | null | undefined | ReadonlyArray<string | number | boolean>
  >;
  /**
   * The body: a plain object (JSON, or a form with `type: ContentType.FORM_URLENCODED`), a
   * string or bytes. Not with GET or HEAD.
   */
  data?: unknown;
  /**
   * How `data` is encoded and the `content-type` sent.
   * @default JSON for objects, text/plain for strings
   */
  type?: ContentType | `${ContentType}`;
  /**
   * What a body without a telling `content-type` is expected to be.
   * @default ResponseTypes.json
   */
  responseType?: ResponseTypes | `${ResponseTypes}`;
  /**
   * Time limit of one attempt in ms: an integer from 1 to 2147483647.
   * @default 10000
   */
  timeout?: number;
  /**
   * Time limit of the whole call, retries and waits included, in ms (1 to 2147483647).
   * @default 60000
   */
  deadline?: number;
  /**
   * The retry policy, or `false` for one attempt.
   * @default HTTP_DEFAULTS.retry
   */
  retry?: false | RetryOptions;
  /** Aborts the call; the promise then rejects with `signal.reason`. */
  signal?: AbortSignal;
  /**
   * Whether the request may be repeated whatever its method (a POST that is safe to repeat).
   * @default true for the methods of `retry.methods`
   */
  idempotent?: boolean;
  /**
   * The transport: any WHATWG-style `fetch` (global fetch, undici, node-fetch). Redirects are
   * never followed whatever it does: it is called with `redirect: 'manual'`, and a redirect
   * answer (or a response it followed itself) rejects with `HttpError`.
   * @default node-fetch 3 with a shared keep-alive agent
   */
  fetch?: FetchLike;
  /**
   * The `agent` passed to `fetch` (node-fetch's option).
   * @default a shared keep-alive agent when `fetch` is the default, else none
   */
  agent?: unknown;
  /**
   * Adds credentials to a copy of the request before every attempt (so signatures and
   * tokens are fresh); what it returns is checked like the options themselves.
   */
  authenticate?: (options: HttpOptions) => HttpOptions | Promise<HttpOptions>;
  /** Receives one redacted line per attempt, besides `DEBUG=acct:http`. */
  logger?: (line: string) => void;
  /**
   * Source of the retry jitter, a number in [0, 1).
   * @default Math.random
   */
  random?: () => number;
}

/**
 * The retry policy. Only what cannot change the outcome is repeated: the methods of
 * `methods` (or `idempotent: true`) on the `statuses`, a network failure or a timeout; any
 * method when the connection was refused before a byte was sent. Waits are exponential
 * backoff with full jitter, or the server's `Retry-After`.
 *
 * @example
 * ```ts
 * import { request } from '@acct/http';
 *
 * await request({
 *   url: 'https://rest.nexmo.com/account/get-balance',
 *   retry: { retries: 4, baseDelay: 100, statuses: [429, 503] },
 * });
 * ```
 */
export interface RetryOptions {
  /**
   * Repeats at most (an integer from 0 to 10).
   * @default 2
   */
  retries?: number;
  /**
   * First backoff ceiling in ms; doubles per attempt.
   * @default 200
   */
  baseDelay?: number;
  /**
   * Largest backoff ceiling in ms.
   * @default 5000
   */
  maxBackoff?: number;
  /**
   * Longest `Retry-After` honoured, in ms.
   * @default 60000
   */
  maxRetryAfter?: number;
  /**
   * Methods repeated on a retryable status, network failure or timeout.
   * @default ['GET', 'HEAD', 'DELETE', 'OPTIONS']
   */
  methods?: Array<HTTPMethods | `${HTTPMethods}`>;
  /**
   * Statuses that are retried.
   * @default [408, 429, 500, 502, 503, 504]
   */
  statuses?: number[];
}

/**
 * What acct needs of a `fetch`: global fetch, undici's and node-fetch 3 all fit.
 *
 * @example
 * ```ts
 * import { request, type FetchLike } from '@acct/http';
 *
 * const traced: FetchLike = async (url, init) => {
 *   console.log('->', init?.method, url);
 *   return fetch(url, init);
 * };
 * await request({ url: 'https://rest.nexmo.com/account/get-balance', fetch: traced });
 * ```
 */
export type FetchLike = (
  url: string,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  init?: any,
) => Promise<{
  status: number;
  statusText: string;
  url?: string;
  redirected?: boolean;
  type?: string;
  headers: {
    get(name: string): string | null;
    forEach(callback: (value: string, name: string) => void): void;
  };
  text(): Promise<string>;
}>;

/**
 * The defaults of {@link HttpOptions}: the one table for every layer (`@acct/server-client`
 * extends it with its hosts).
 *
 * @example
 * ```ts
 * import { HTTP_DEFAULTS, request } from '@acct/http';
 *
 * await request({ url: 'https://rest.nexmo.com/account/get-balance', timeout: HTTP_DEFAULTS.timeout * 2 });
 * ```
 */
export const HTTP_DEFAULTS = Object.freeze({
  timeout: 10_000,
  deadline: 60_000,
  responseType: ResponseTypes.json,
  retry: Object.freeze({
    retries: 2,
    baseDelay: 200,
    maxBackoff: 5_000,
    maxRetryAfter: 60_000,
    methods: Object.freeze<HTTPMethods[]>([
      HTTPMethods.GET,
      HTTPMethods.HEAD,
      HTTPMethods.DELETE,
      HTTPMethods.OPTIONS,
    ]),
    statuses: Object.freeze<number[]>([408, 429, 500, 502, 503, 504]),
  }),
});

/**
 * The peer's name (`@vonage/vetch`) for {@link HttpOptions}, so that code written for it
 * compiles after renaming the import.
 *
 * @example
 * ```ts
 * import { request, type VetchOptions } from '@acct/http';
 *
 * const options: VetchOptions = { url: 'https://rest.nexmo.com/account/get-balance', timeout: 3000 };
 * console.log((await request(options)).status);
 * ```
 */
export type VetchOptions = HttpOptions;
