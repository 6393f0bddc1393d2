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

/** A copy of `req` with one more header. */
export const withHeader = (req: HttpRequest, name: string, value: string): HttpRequest => ({
  ...req,
  headers: { ...req.headers, [name]: value },
});
