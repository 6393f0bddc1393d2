import { ContentType } from '../content-type';
import { ValidationError } from '../errors/validation-error';

/** An encoded body and the content type it needs. */
export interface EncodedBody {
  body?: string | Uint8Array;
  contentType?: string;
}

function invalid(reason: string, cause?: unknown): ValidationError {
  return new ValidationError(`[@acct/http] data cannot be encoded: ${reason}`, {
    invalidParameters: [{ name: 'data', reason }],
    cause,
  });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function formScalar(name: string, value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  throw invalid(
    `form field "${name}" is ${Array.isArray(value) ? 'a nested array' : `a ${typeof value}`}: form data takes strings, numbers, booleans or arrays of them`,
  );
}

function encodeForm(data: unknown): string {
  if (typeof data === 'string') return data;
  if (data instanceof URLSearchParams) return data.toString();
  if (!isPlainObject(data)) {
    throw invalid('form data must be a plain object, a URLSearchParams or a string');
  }
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries(data)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) form.append(name, formScalar(name, item));
    } else {
      form.append(name, formScalar(name, value));
    }
  }
  return form.toString();
}

function encodeJson(data: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(data);
  } catch (error) {
    throw invalid(`it is not serializable to JSON (${(error as Error).message})`, error);
  }
  if (text === undefined) throw invalid(`a ${typeof data} is not serializable to JSON`);
  return text;
}

/**
 * Encodes `data` by `type`: JSON (the default for objects, arrays, numbers, booleans,
 * null), form-urlencoded (keeping empty strings), or raw for strings, bytes and
 * `URLSearchParams` given without a type.
 *
 * @throws ValidationError when the data cannot be encoded (BigInt, circular object, a
 * nested object in form data, a non-string for text/xml).
 */
export function encodeBody(data: unknown, type?: ContentType): EncodedBody {
  if (data === undefined) return {};
  if (type === ContentType.FORM_URLENCODED) {
    return { body: encodeForm(data), contentType: ContentType.FORM_URLENCODED };
  }
  if (type === undefined) {
    if (typeof data === 'string') return { body: data, contentType: ContentType.TEXT };
    if (data instanceof Uint8Array) return { body: data, contentType: 'application/octet-stream' };
    if (data instanceof URLSearchParams) {
      return { body: data.toString(), contentType: ContentType.FORM_URLENCODED };
    }
    return { body: encodeJson(data), contentType: ContentType.JSON };
  }
  if (type === ContentType.JSON || type === ContentType.PROBLEM_JSON) {
    return { body: encodeJson(data), contentType: type };
  }
  if (typeof data === 'string' || data instanceof Uint8Array)
    return { body: data, contentType: type };
  throw invalid(`type ${type} takes a string or bytes, got a ${typeof data}`);
}
