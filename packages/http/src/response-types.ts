/**
 * How {@link request} decodes a response body whose content type does not say.
 *
 * @example
 * ```ts
 * import { ResponseTypes, request } from '@acct/http';
 *
 * const res = await request({ url: 'https://example.com/raw', responseType: ResponseTypes.JSON });
 * ```
 */
export enum ResponseTypes {
  /** Parse the body as JSON (a malformed 2xx body rejects with `ParseError`). */
  JSON = 'json',
  /** Return the body as a string. */
  TEXT = 'text',
}
