import { describeValue, ParseError, redact, type HttpResponse } from '@acct/http';

const EXCERPT = 200;

/** What the body was, in words, without its content. */
const what = (data: unknown): string =>
  data === undefined || data === null || data === '' ? 'no body' : describeValue(data);

/** The first characters of the body, redacted, for `ParseError.text`. */
function excerpt(data: unknown): string {
  if (data === undefined || data === null) return '';
  const text = typeof data === 'string' ? data : (JSON.stringify(data) ?? '');
  // redacted before it is cut, so a credential cut in two is still recognised
  return redact(text.slice(0, 16 * EXCERPT)).slice(0, EXCERPT);
}

/**
 * Returns the body of a successful response whose documented answer is a JSON object; rejects a
 * body that is empty, `null` (an empty body) or not an object with a `ParseError` (status,
 * content type and a redacted excerpt of at most 200 characters), instead of resolving with
 * nothing.
 */
export function objectBody<T>(res: HttpResponse<T>): T {
  const data: unknown = res.data;
  if (data !== null && typeof data === 'object' && !Array.isArray(data)) return data as T;
  const type = res.headers['content-type'] ?? 'no content type';
  throw new ParseError(
    `[@acct/accounts] ${res.request.method} ${res.request.url} answered ${res.status} (${type}) with ${what(data)} ` +
      'where the API documents a JSON object: check that restHost and apiHost point at the ' +
      'Account API',
    { text: excerpt(data), status: res.status, headers: res.headers, request: res.request },
  );
}
