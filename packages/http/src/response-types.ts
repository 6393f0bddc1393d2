/**
 * What a response body is expected to be when its `content-type` does not say
 * (`responseType`). With `json` (the default) a 2xx body that is HTML, text or malformed JSON
 * rejects with `ParseError`; with `text` it resolves as a string. Names and values are the
 * peer's (`@vonage/vetch`); its `stream` is left out (this API has no file downloads).
 *
 * @example
 * ```ts
 * import { request, ResponseTypes } from '@acct/http';
 *
 * const page = await request<string>({ url: 'https://example.com/status', responseType: ResponseTypes.text });
 * console.log(page.data.length);
 * ```
 */
export enum ResponseTypes {
  json = 'json',
  text = 'text',
}
