/**
 * Content types that {@link request} encodes and decodes.
 *
 * @example
 * ```ts
 * import { ContentType, request } from '@acct/http';
 *
 * await request({
 *   url: 'https://rest.nexmo.com/account/settings',
 *   method: 'POST',
 *   type: ContentType.FORM_URLENCODED,
 *   data: { moCallBackUrl: '' },
 * });
 * ```
 */
export enum ContentType {
  /** JSON body; the default when `data` is an object. */
  JSON = 'application/json',
  /** HTML form body; empty strings are kept (`a=`). */
  FORM_URLENCODED = 'application/x-www-form-urlencoded',
  /** RFC 7807 problem details, decoded as JSON. */
  PROBLEM_JSON = 'application/problem+json',
  /** Plain text; `data` must be a string. */
  TEXT = 'text/plain',
  /** XML; `data` must be a string. */
  XML = 'application/xml',
}
