import { HTTPMethods } from './http-methods';

/**
 * The defaults of {@link request}, frozen.
 *
 * @example
 * ```ts
 * import { HTTP_DEFAULTS } from '@acct/http';
 *
 * console.log(HTTP_DEFAULTS.timeout); // 10000
 * ```
 */
export const HTTP_DEFAULTS = Object.freeze({
  /** Limit of one attempt, in ms. */
  timeout: 10_000,
  /** Limit of the whole call, in ms. */
  deadline: 60_000,
  /** Retries after the first attempt. */
  retries: 2,
  /** Base of the exponential backoff, in ms. */
  baseDelay: 200,
  /** Cap of one backoff delay, in ms. */
  maxBackoff: 5_000,
  /** Cap applied to Retry-After, in ms. */
  maxRetryAfter: 60_000,
  /** Methods retried by default. */
  methods: Object.freeze<HTTPMethods[]>([
    HTTPMethods.GET,
    HTTPMethods.HEAD,
    HTTPMethods.DELETE,
    HTTPMethods.OPTIONS,
  ]),
  /** Statuses retried by default. */
  statuses: Object.freeze<number[]>([408, 429, 500, 502, 503, 504]),
  /** Network error codes that prove no byte of the request left: any method may be retried. */
  notSentCodes: Object.freeze<string[]>(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']),
});
