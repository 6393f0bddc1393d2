/**
 * What `request()` resolves with: the decoded body, the status and every response header,
 * and the request as sent with its credentials redacted (as `request` and, the peer's name,
 * `config`: the same object).
 *
 * @typeParam T - The type of the decoded body.
 * @example
 * ```ts
 * import { request, type HttpResponse } from '@acct/http';
 *
 * const res: HttpResponse<{ value: number }> = await request({ url: 'https://rest.nexmo.com/account/get-balance' });
 * console.log(res.status, res.data?.value, res.headers['x-request-id'], res.config.url);
 * ```
 */
export interface HttpResponse<T> {
  /** The decoded body: parsed JSON or form, or text; `null` for 204 or an empty body. */
  data: T;
  /** The status, 200 to 299. */
  status: number;
  /** The status text. */
  statusText: string;
  /** Every response header, lower-case names. */
  headers: Record<string, string>;
  /** The request as sent (method, URL with query, headers), credentials redacted. */
  request: { method: string; url: string; headers: Record<string, string> };
  /** The peer's name for {@link HttpResponse.request}: the same object. */
  config: { method: string; url: string; headers: Record<string, string> };
}

/**
 * The peer's name (`@vonage/vetch`) for {@link HttpResponse}.
 *
 * @typeParam T - The type of the decoded body.
 * @example
 * ```ts
 * import { request, type VetchResponse } from '@acct/http';
 *
 * const res: VetchResponse<{ value: number }> = await request({ url: 'https://rest.nexmo.com/account/get-balance' });
 * console.log(res.config.method, res.data.value);
 * ```
 */
export type VetchResponse<T> = HttpResponse<T>;
