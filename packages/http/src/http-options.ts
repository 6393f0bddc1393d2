import type { HTTPMethods } from './http-methods';
import type { HttpRequest } from './http-request';
import type { ResponseTypes } from './response-types';
import type { RetryOptions } from './retry-options';

/**
 * One call of {@link request}: the request plus per-call overrides of `HttpConfig`.
 *
 * @example
 * ```ts
 * const options: HttpOptions = {
 *   url: 'https://rest.nexmo.com/account/top-up',
 *   method: 'POST',
 *   type: ContentType.FORM_URLENCODED,
 *   data: { trx: '00X123456Y7890123Z' },
 *   timeout: 5000,
 * };
 * await request(options);
 * ```
 */
export interface HttpOptions extends Omit<Partial<HttpRequest>, 'method'> {
  /** Absolute http(s) URL, or a path when `HttpConfig.baseUrl` is set. */
  url: string;
  /**
   * The HTTP method (case-insensitive).
   *
   * @default 'GET'
   */
  method?: HTTPMethods | `${HTTPMethods}`;
  /**
   * Limit of one attempt, in ms.
   *
   * @default HttpConfig.timeout, else 10000
   */
  timeout?: number;
  /**
   * Limit of the whole call across attempts and backoff, in ms.
   *
   * @default HttpConfig.deadline, else 60000
   */
  deadline?: number;
  /**
   * Aborts the call (an attempt in flight or a backoff wait). The returned promise then
   * rejects with `signal.reason` itself, exactly as fetch does (a `DOMException` named
   * `AbortError` when `abort()` was called without a reason).
   *
   * @default undefined
   */
  signal?: AbortSignal;
  /**
   * Retry policy of this call, merged over `HttpConfig.retry`; `false` for one attempt.
   *
   * @default HttpConfig.retry
   */
  retry?: false | RetryOptions;
  /**
   * How to decode a body whose response has no content type.
   *
   * @default ResponseTypes.TEXT
   */
  responseType?: ResponseTypes;
  /**
   * `true` when repeating this request cannot change the outcome even if it is not a GET;
   * `false` to never retry it after bytes may have been sent.
   *
   * @default true for the methods of `RetryOptions.methods`, false otherwise
   */
  idempotent?: boolean;
}
