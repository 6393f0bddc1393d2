import { ValidationError } from '../errors/validation-error';
import type { FetchHeadersLike } from '../fetch-like';

const TOKEN = /^[!#$%&'*+.^_`|~0-9a-z-]+$/;
const BAD_VALUE = /[\r\n\0]/;

/** Header objects already checked and normalised (lower-case names, string values), frozen. */
const checked = new WeakSet<object>();
/** The checked copy of each frozen header object a client passed. */
const normalised = new WeakMap<object, Record<string, string>>();

/**
 * Marks a frozen, already normalised header object as checked, so that
 * {@link mergeHeaders} copies it without checking it again.
 */
export function checkedHeaders(headers: Record<string, string>): Record<string, string> {
  const frozen = Object.freeze(headers);
  checked.add(frozen);
  return frozen;
}

function setChecked(
  headers: Record<string, string>,
  rawName: string,
  value: string | undefined | null,
): void {
  if (value === undefined || value === null) return;
  const name = rawName.toLowerCase();
  const text = String(value);
  if (!TOKEN.test(name) || BAD_VALUE.test(text)) {
    throw new ValidationError(
      `[@acct/http] header "${TOKEN.test(name) ? name : 'with an invalid name'}" cannot be sent: names are HTTP tokens, values have no CR, LF or NUL`,
      [{ name: `headers.${name}`, reason: 'invalid header name or value' }],
    );
  }
  headers[name] = text;
}

/**
 * Merges header objects into a new one with lower-case names (later sources win);
 * `undefined` values are dropped.
 *
 * @throws ValidationError for a name that is not an HTTP token or a value with CR, LF or NUL
 * (the value itself is never shown).
 */
export function mergeHeaders(
  ...sources: Array<Record<string, string> | undefined>
): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const source of sources) {
    if (!source) continue;
    if (checked.has(source)) {
      for (const name in source) headers[name] = source[name] as string;
      continue;
    }
    for (const rawName of Object.keys(source)) setChecked(headers, rawName, source[rawName]);
  }
  return headers;
}

/**
 * The client-level headers: a frozen object is checked once and its normalised copy reused
 * (it cannot change); any other object is returned as is, to be checked on every call.
 */
export function clientHeaders(
  headers: Record<string, string> | undefined,
): Record<string, string> | undefined {
  if (headers === undefined || headers === null || !Object.isFrozen(headers)) return headers;
  let copy = normalised.get(headers);
  if (copy === undefined) {
    copy = checkedHeaders(mergeHeaders(headers));
    normalised.set(headers, copy);
  }
  return copy;
}

/**
 * Like `mergeHeaders(headers)`, for the headers returned by `authenticate`: an entry equal
 * to one of `base` (already checked, lower-case) is copied as is, any other is checked.
 *
 * @throws ValidationError as {@link mergeHeaders} does.
 */
export function mergeHeadersOver(
  base: Record<string, string>,
  headers: Record<string, string>,
): Record<string, string> {
  const result: Record<string, string> = {};
  if (!headers) return result;
  for (const name of Object.keys(headers)) {
    const value = headers[name];
    if (typeof value === 'string' && Object.hasOwn(base, name) && base[name] === value) {
      result[name] = value;
    } else {
      setChecked(result, name, value);
    }
  }
  return result;
}

/** Copies fetch response headers into a plain object with lower-case names. */
export function readHeaders(headers: FetchHeadersLike): Record<string, string> {
  const result: Record<string, string> = {};
  headers.forEach((value, name) => {
    result[name.toLowerCase()] = value;
  });
  return result;
}
