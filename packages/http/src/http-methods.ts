/**
 * The HTTP methods that {@link request} accepts.
 *
 * @example
 * ```ts
 * import { HTTPMethods, request } from '@acct/http';
 *
 * await request({ url: 'https://api.nexmo.com/accounts/KEY/secrets/ID', method: HTTPMethods.DELETE });
 * ```
 */
export enum HTTPMethods {
  /** Read a resource; retried by default. */
  GET = 'GET',
  /** Create or act; never re-sent once bytes may have reached the server. */
  POST = 'POST',
  /** Replace a resource; not retried by default. */
  PUT = 'PUT',
  /** Update part of a resource; not retried by default. */
  PATCH = 'PATCH',
  /** Delete a resource; retried by default. */
  DELETE = 'DELETE',
  /** Read headers only; retried by default. */
  HEAD = 'HEAD',
  /** Ask what a resource allows; retried by default. */
  OPTIONS = 'OPTIONS',
}
