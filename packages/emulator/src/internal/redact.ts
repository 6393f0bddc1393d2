import { isSensitiveName } from './sensitive-name';

/** Sets an own enumerable property, even `__proto__`, without touching the prototype. */
function put<T>(out: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
}

/** What a redacted value is replaced with. */
export const REDACTED = '[REDACTED]';

/** A `Basic` or `Bearer` credential anywhere in a text. */
const SCHEME = /\b(basic|bearer)([\t ]+)[^\s,;"']+/gi;

/**
 * Scrubs text for the request log: every known secret (by value, wherever it stands) and every
 * `Basic`/`Bearer` credential become `[REDACTED]`.
 */
export type Scrub = (text: string) => string;

/** A scrubber for a set of secrets (longest first, so a secret inside another goes too). */
export function scrubber(secrets: Iterable<string>): Scrub {
  const known = [...secrets].filter((s) => s !== '').sort((a, b) => b.length - a.length);
  return (text) => {
    let out = text;
    for (const secret of known) {
      if (out.includes(secret)) out = out.split(secret).join(REDACTED);
    }
    return /basic|bearer/i.test(out) ? out.replace(SCHEME, `$1$2${REDACTED}`) : out;
  };
}

/** A copy of `headers` (names lower-cased, arrays joined), credentials and secrets redacted. */
export function redactHeaders(
  headers: Readonly<Record<string, string | readonly string[] | undefined>>,
  scrub: Scrub,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of Object.keys(headers)) {
    const value = headers[name];
    if (value === undefined) continue;
    const key = scrub(name).toLowerCase();
    const text = Array.isArray(value) ? value.join(', ') : String(value);
    put(out, key, isSensitiveName(name) ? REDACTED : scrub(text));
  }
  return out;
}

/** A copy of form or query fields, credentials and secrets redacted. */
export function redactFields(
  fields: Readonly<Record<string, string>>,
  scrub: Scrub,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(fields)) {
    put(out, scrub(name), isSensitiveName(name) ? REDACTED : scrub(value));
  }
  return out;
}

/** A deep copy of a parsed JSON value, credentials and secrets redacted (keys too). */
export function redactJson(value: unknown, scrub: Scrub): unknown {
  if (typeof value === 'string') return scrub(value);
  if (Array.isArray(value)) return value.map((item) => redactJson(item, scrub));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [name, inner] of Object.entries(value)) {
      put(out, scrub(name), isSensitiveName(name) ? REDACTED : redactJson(inner, scrub));
    }
    return out;
  }
  return value;
}
