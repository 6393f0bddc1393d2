/**
 * HTTP methods that `request()` sends; the values are the peer's (`@vonage/vetch`).
 *
 * @example
 * ```ts
 * import { HTTPMethods, request } from '@acct/http';
 *
 * const res = await request({ url: 'https://api.nexmo.com/accounts/KEY/secrets/ID', method: HTTPMethods.DELETE });
 * console.log(res.status); // 204
 * ```
 */
export enum HTTPMethods {
  GET = 'GET',
  HEAD = 'HEAD',
  POST = 'POST',
  DELETE = 'DELETE',
  PUT = 'PUT',
  OPTIONS = 'OPTIONS',
  PATCH = 'PATCH',
}
