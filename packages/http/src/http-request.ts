import type { ContentType } from './content-type';
import type { HTTPMethods } from './http-methods';

/**
 * One query parameter value: arrays become repeated keys, `undefined` and `null` are left out.
 *
 * @example
 * ```ts
 * const params: Record<string, QueryValue> = { page: 2, tag: ['a', 'b'], skip: undefined };
 * // ?page=2&tag=a&tag=b
 * ```
 */
export type QueryValue =
  string | number | boolean | undefined | null | ReadonlyArray<string | number | boolean>;

/**
 * The request before encoding: what `HttpConfig.authenticate` receives and returns.
 * `authenticate` must return a new object and never mutate the one it receives.
 *
 * @example
 * ```ts
 * const authenticate = (req: HttpRequest): HttpRequest => ({
 *   ...req,
 *   headers: { ...req.headers, authorization: 'Bearer TOKEN' },
 * });
 * ```
 */
export interface HttpRequest {
  /** Absolute http(s) URL, without the query of `params` (it may carry a query of its own). */
  url: string;
  /** The HTTP method. */
  method: HTTPMethods;
  /** Request headers, lower-case names. */
  headers: Record<string, string>;
  /** Query parameters; arrays become repeated keys. */
  params?: Record<string, QueryValue>;
  /** The body, encoded according to `type`. */
  data?: unknown;
  /**
   * How `data` is encoded.
   *
   * @default ContentType.JSON when `data` is an object or array
   */
  type?: ContentType;
}
