/**
 * The request as it may be shown: method, URL and headers with every credential redacted.
 *
 * @example
 * ```ts
 * const res = await request({ url: 'https://example.com/?api_secret=s' });
 * res.request.url; // 'https://example.com/?api_secret=[REDACTED]'
 * ```
 */
export interface RedactedRequest {
  /** The HTTP method. */
  method: string;
  /** The full URL, query included, with secret-like values redacted. */
  url: string;
  /** The headers sent, with authorization-like values redacted. */
  headers: Record<string, string>;
}

/**
 * A successful response (status below 400) as returned by {@link request}.
 *
 * @typeParam T - The type of the decoded body.
 * @example
 * ```ts
 * const res: HttpResponse<{ value: number }> = await request({ url: 'https://rest.nexmo.com/account/get-balance' });
 * console.log(res.status, res.headers['content-type'], res.data.value);
 * ```
 */
export interface HttpResponse<T> {
  /** Parsed JSON (and every `+json` type), parsed form, or text; `undefined` for 204 or an empty body. */
  data: T;
  /** HTTP status code. */
  status: number;
  /** HTTP status text. */
  statusText: string;
  /** The real response headers, lower-case names. */
  headers: Record<string, string>;
  /** The request that produced this response, redacted. */
  request: RedactedRequest;
}
