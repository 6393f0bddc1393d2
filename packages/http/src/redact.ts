import { isSensitiveKey } from './internal/is-sensitive-key';
import { REDACTED, redactText } from './internal/redact-text';

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function redactEntries(entries: Iterable<[string, string]>): Array<[string, string]> {
  return Array.from(entries, ([key, value]) => [
    key,
    isSensitiveKey(key) ? REDACTED : redactText(value),
  ]);
}

function redactValue(value: unknown, seen: WeakMap<object, unknown>): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object') return value;
  const known = seen.get(value);
  if (known !== undefined) return known;
  if (value instanceof URL) return new URL(redactText(value.href));
  if (value instanceof URLSearchParams) return new URLSearchParams(redactEntries(value));
  if (typeof Headers !== 'undefined' && value instanceof Headers) {
    return new Headers(redactEntries(value));
  }
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    seen.set(value, copy);
    for (const item of value) copy.push(redactValue(item, seen));
    return copy;
  }
  if (!isPlainObject(value)) return value;
  const copy: Record<string, unknown> = {};
  seen.set(value, copy);
  for (const [key, item] of Object.entries(value)) {
    copy[key] = isSensitiveKey(key) && item !== undefined ? REDACTED : redactValue(item, seen);
  }
  return copy;
}

/**
 * Returns a copy of `value` in which every credential has lost its whole value
 * (replaced by `'[REDACTED]'`); the value given is never mutated.
 *
 * - headers objects: `authorization`, `proxy-authorization`, `cookie`, `set-cookie`, `x-api-key`;
 * - plain objects (query, form, JSON), at any depth: `api_secret`, `secret`, `sig`, `token`,
 *   `private_key`/`privateKey`, `password` and names ending in secret/token/password
 *   (case-insensitive, `-` and `_` ignored);
 * - strings (URLs, form bodies, messages): the same names in `key=value` and JSON pairs,
 *   URL passwords, `Basic`/`Bearer` credentials;
 * - `URL`, `URLSearchParams` and `Headers` instances are copied redacted; other class
 *   instances are returned as they are.
 *
 * Used for every error and every log line of acct.
 *
 * @param value - Anything: a headers object, a URL, a query or form object, a JSON body.
 * @returns A redacted copy (or `value` itself when nothing in it can hold a credential).
 * @example
 * ```ts
 * import { redact } from '@acct/http';
 *
 * redact({ authorization: 'Basic a2V5OnNlY3JldA==', accept: 'application/json' });
 * // { authorization: '[REDACTED]', accept: 'application/json' }
 * redact('https://rest.nexmo.com/account/get-balance?api_key=k&api_secret=s');
 * // 'https://rest.nexmo.com/account/get-balance?api_key=k&api_secret=[REDACTED]'
 * ```
 */
export function redact<T>(value: T): T {
  return redactValue(value, new WeakMap()) as T;
}
