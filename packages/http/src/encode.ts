// The encoders and the decoder of request(): query strings, bodies, response bodies. Each
// refuses what it cannot send exactly as given with a ValidationError naming the parameter.
import { ContentType } from './content-type';
import { ValidationError } from './errors';
import type { HttpOptions } from './http-options';
import { describeValue } from './describe-value';

/** A ValidationError for one parameter. */
export function invalid(name: string, reason: string, cause?: unknown): ValidationError {
  return new ValidationError(`[@acct/http] ${name} ${reason}`, {
    invalidParameters: [{ name, reason }],
    cause,
  });
}

/**
 * A field name shown in a message: short names of letters, `_`, `.` and `-` as they are;
 * anything else (a name with digits might be a key or a secret passed by mistake) by its length.
 */
export const showName = (name: string): string =>
  /^[A-Za-z_.-]{1,40}$/.test(name) ? name : `(a name of ${name.length} characters)`;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** A string that UTF-8 can carry as it is: no lone surrogate. */
export function wellFormed(name: string, value: string): string {
  if (LONE_SURROGATE.test(value))
    throw invalid(name, 'holds a lone surrogate: pass well-formed Unicode');
  return value;
}

function scalar(name: string, value: unknown): string {
  if (typeof value === 'string') return wellFormed(name, value);
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  throw invalid(
    name,
    `must be a string, a finite number or a boolean, got ${describeValue(value)}`,
  );
}

/** Each `name=value` pair of a query or form object, arrays as repeated names. */
function pairs(what: string, values: unknown): Array<[string, string]> {
  if (!isPlainObject(values)) {
    throw invalid(what, `must be a plain object, got ${describeValue(values)}`);
  }
  const out: Array<[string, string]> = [];
  for (const [key, value] of Object.entries(values)) {
    const name = `${what}.${showName(key)}`;
    wellFormed(name, key);
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) for (const item of value) out.push([key, scalar(name, item)]);
    else out.push([key, scalar(name, value)]);
  }
  return out;
}

/** `url` with `params` appended as `a=1&b=2` (RFC 3986 percent-encoding). */
export function withQuery(url: string, params: HttpOptions['params']): string {
  if (params === undefined) return url;
  const query = pairs('params', params)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&');
  if (query === '') return url;
  return `${url}${url.includes('?') ? (url.endsWith('?') || url.endsWith('&') ? '' : '&') : '?'}${query}`;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function json(data: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(data);
  } catch (error) {
    // a BigInt or a cycle; the message names neither key nor value
    throw invalid(
      'data',
      'cannot be encoded as JSON (a BigInt or a cycle): pass plain JSON values',
      error instanceof TypeError ? undefined : error,
    );
  }
  if (text === undefined)
    throw invalid('data', `cannot be encoded as JSON: got ${describeValue(data)}`);
  return text;
}

/** The body of a request and its content type; GET and HEAD have none. */
export function encodeBody(
  method: string,
  data: unknown,
  type: HttpOptions['type'],
): { body?: string | Uint8Array; contentType?: string } {
  if (data === undefined) return {};
  if (method === 'GET' || method === 'HEAD') {
    throw invalid('data', `is not allowed with ${method}: pass the values as params`);
  }
  if (type === ContentType.FORM_URLENCODED) {
    const body =
      typeof data === 'string'
        ? wellFormed('data', data)
        : new URLSearchParams(pairs('data', data)).toString();
    return { body, contentType: type };
  }
  if (type === undefined || type === ContentType.JSON || type === ContentType.PROBLEM_JSON) {
    if (type === undefined && typeof data === 'string') {
      return { body: wellFormed('data', data), contentType: ContentType.TEXT };
    }
    if (type === undefined && data instanceof Uint8Array) {
      return { body: data, contentType: 'application/octet-stream' };
    }
    return { body: json(data), contentType: type ?? ContentType.JSON };
  }
  if (typeof data === 'string') return { body: wellFormed('data', data), contentType: type };
  if (data instanceof Uint8Array) return { body: data, contentType: type };
  throw invalid('data', `must be a string or bytes with type ${type}, got ${describeValue(data)}`);
}

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;
const FORM_TYPE = /^application\/x-www-form-urlencoded\s*(?:;|$)/i;

/**
 * A body decoded by its content type: `{ data }`, or `{ problem }` when a JSON body was
 * expected and something else came (HTML, text, malformed JSON).
 */
export function decodeBody(
  text: string,
  contentType: string | null,
  expectJson: boolean,
): { data: unknown; problem?: string; cause?: unknown } {
  if (text === '') return { data: null };
  const isJson = contentType ? JSON_TYPE.test(contentType) : expectJson;
  if (isJson) {
    try {
      return { data: JSON.parse(text) as unknown };
    } catch (error) {
      return { data: text, problem: 'malformed JSON', cause: error };
    }
  }
  if (contentType && FORM_TYPE.test(contentType)) {
    const form: Record<string, string | string[]> = {};
    for (const [name, value] of new URLSearchParams(text)) {
      const existing = form[name];
      form[name] =
        existing === undefined
          ? value
          : Array.isArray(existing)
            ? [...existing, value]
            : [existing, value];
    }
    return { data: form };
  }
  if (expectJson)
    return {
      data: text,
      problem: `${contentType ?? 'a body without content-type'} instead of JSON`,
    };
  return { data: text };
}
