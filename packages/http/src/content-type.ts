/**
 * Content types of request bodies (the `type` option); the values are the peer's
 * (`@vonage/vetch`), plus problem+json and plain text.
 *
 * @example
 * ```ts
 * import { ContentType, HTTPMethods, request } from '@acct/http';
 *
 * await request({
 *   url: 'https://rest.nexmo.com/account/top-up',
 *   method: HTTPMethods.POST,
 *   data: { trx: '00X123456Y7890123Z' },
 *   type: ContentType.FORM_URLENCODED,
 * });
 * ```
 */
export enum ContentType {
  /** JSON, the default for object bodies. */
  JSON = 'application/json',
  /** A form, `a=1&b=2`. */
  FORM_URLENCODED = 'application/x-www-form-urlencoded',
  /** RFC 9457 problem details. */
  PROBLEM_JSON = 'application/problem+json',
  /** XML, sent as the string given. */
  XML = 'application/xml',
  /** CSV, sent as the string given. */
  CSV = 'text/csv',
  /** Plain text, sent as the string given. */
  TEXT = 'text/plain',
}
