import { ValidationError } from '../errors/validation-error';
import type { FetchHeadersLike } from '../fetch-like';

const TOKEN = /^[!#$%&'*+.^_`|~0-9a-z-]+$/;
const BAD_VALUE = /[\r\n\0]/;

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
    for (const [rawName, value] of Object.entries(source)) {
      if (value === undefined || value === null) continue;
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
  }
  return headers;
}

/** Copies fetch response headers into a plain object with lower-case names. */
export function readHeaders(headers: FetchHeadersLike): Record<string, string> {
  const result: Record<string, string> = {};
  headers.forEach((value, name) => {
    result[name.toLowerCase()] = value;
  });
  return result;
}
