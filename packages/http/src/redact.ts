// Redaction: the one place that decides what is a credential. Every error and log line of
// acct is built from values that went through here.

/** What a hidden value becomes. */
export const REDACTED = '[REDACTED]';

const SENSITIVE = new Set([
  'authorization',
  'cookie',
  'setcookie',
  'apikey',
  'secret',
  'sig',
  'signature',
  'token',
  'password',
  'passwd',
]);
const SUFFIXES = [
  'authorization',
  'apikey',
  'secret',
  'signature',
  'token',
  'password',
  'privatekey',
];

/**
 * Whether a header, query, form or JSON field name holds a credential. Case-insensitive;
 * `-`, `_` and spaces are ignored, so `api_secret`, `apiSecret` and `API-SECRET` are one name.
 * Held against the shared table `test/cases/sensitive-names.ts`.
 */
export function isSensitiveName(name: string): boolean {
  const key = name.toLowerCase().replace(/[-_\s]/g, '');
  return SENSITIVE.has(key) || SUFFIXES.some((suffix) => key.endsWith(suffix));
}

// Patterns that stay linear on a 1 MB body: a name starts only where a run of name characters
// starts, a JSON key only at the start or after `{`, `,` or a space (the look-behinds), and a scheme is at most 32 characters (trying every position inside a
// long run of name or scheme characters took time quadratic in its length: a 1 MB body, minutes)
const USERINFO = /(\b[a-z][a-z0-9+.-]{0,31}:\/\/[^\s/:@]*):[^\s/@]*@/gi;
const PAIR = /(?<![^\s?&=;,"'<>/])([^\s?&=;,"'<>/]+)=(\[REDACTED\]|[^&\s#"',;<>)]*)/g;
const JSON_PAIR =
  /(?<![^{,\s])"((?:[^"\\]|\\.)+)"(\s*:\s*)(?:"(?:[^"\\]|\\.)*"|-?\d[\d.eE+-]*|true|false)/g;
const SCHEME = /\b(Basic|Bearer) [A-Za-z0-9._~+/-]{4,}=*/g;
const HEADER_LINE =
  /^(\s*[\w-]*(?:authorization|cookie|api-?key|secret|token|signature)\s*:).*$/gim;

function decodeName(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/**
 * Hides credentials inside a text (a URL, a form body, a message): the values of sensitive
 * `name=value` and JSON `"name": value` pairs, URL passwords, `Basic`/`Bearer` credentials and
 * sensitive `Name: value` header lines.
 */
export function redactText(text: string): string {
  let out = text;
  if (out.includes('@')) out = out.replace(USERINFO, `$1:${REDACTED}@`);
  if (out.includes('=')) {
    out = out.replace(PAIR, (all, key: string) =>
      isSensitiveName(decodeName(key)) ? `${key}=${REDACTED}` : all,
    );
  }
  if (out.includes('"')) {
    out = out.replace(JSON_PAIR, (all, key: string, colon: string) =>
      isSensitiveName(key) ? `"${key}"${colon}"${REDACTED}"` : all,
    );
  }
  if (out.includes('Basic') || out.includes('Bearer')) out = out.replace(SCHEME, `$1 ${REDACTED}`);
  if (out.includes(':')) out = out.replace(HEADER_LINE, `$1 ${REDACTED}`);
  return out;
}

/** A redacted excerpt of a body for an error: at most `max` characters, marked when cut. */
export function excerpt(text: string, max = 200): string {
  // only a window a few times longer than what is kept is redacted: anything that starts
  // inside the kept part is seen whole, and a 1 MB body costs no more than a short one
  const window = text.slice(0, max * 4);
  const clean = redactText(window);
  return clean.length <= max && window.length === text.length
    ? clean
    : `${clean.slice(0, max)}… (${text.length} characters)`;
}

function redactValue(value: unknown, seen: WeakMap<object, unknown>): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object') return value;
  const known = seen.get(value);
  if (known !== undefined) return known;
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    seen.set(value, copy);
    for (const item of value) copy.push(redactValue(item, seen));
    return copy;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    if (value instanceof URL) return new URL(redactText(value.href));
    if (value instanceof Headers) {
      return new Headers(
        Array.from(value, ([k, v]): [string, string] => [
          k,
          isSensitiveName(k) ? REDACTED : redactText(v),
        ]),
      );
    }
    if (value instanceof URLSearchParams) {
      return new URLSearchParams(
        Array.from(value, ([k, v]): [string, string] => [
          k,
          isSensitiveName(k) ? REDACTED : redactText(v),
        ]),
      );
    }
    return value;
  }
  const copy: Record<string, unknown> = {};
  seen.set(value, copy);
  for (const [key, item] of Object.entries(value)) {
    copy[key] = isSensitiveName(key) && item !== undefined ? REDACTED : redactValue(item, seen);
  }
  return copy;
}

/**
 * Returns a copy of `value` with every credential replaced by `[REDACTED]`; never changes
 * `value` itself.
 *
 * - plain objects (headers, query, form, JSON bodies), at any depth: a field whose name holds
 *   a credential loses its whole value: `authorization`, `x-authorization`, `cookie`,
 *   `x-api-key`, `api_key`, `api_secret`, `secret`, `sig`, `signature`, `token`, `password`,
 *   `private_key` and any name ending in one of those (case, `-` and `_` ignored);
 * - strings (URLs, form bodies, messages): the same names in `key=value` and JSON pairs,
 *   URL passwords, `Basic`/`Bearer` credentials, `Authorization: ...` lines;
 * - `URL`, `URLSearchParams` and `Headers` are copied redacted; other class instances are returned as
 *   they are.
 *
 * @param value - Anything: a headers object, a URL, a query or form object, a JSON body.
 * @returns A redacted copy.
 * @example
 * ```ts
 * import { redact } from '@acct/http';
 *
 * console.log(redact({ authorization: 'Basic a2V5OnNlY3JldA==', accept: 'application/json' }));
 * // { authorization: '[REDACTED]', accept: 'application/json' }
 * console.log(redact('https://rest.nexmo.com/account/get-balance?trx=1&api_secret=s'));
 * // 'https://rest.nexmo.com/account/get-balance?trx=1&api_secret=[REDACTED]'
 * ```
 */
export function redact<T>(value: T): T {
  return redactValue(value, new WeakMap()) as T;
}

/**
 * Removes known secret values from a text, wherever they stand: every occurrence of each
 * non-empty secret becomes `[REDACTED]`. {@link redact} hides values by the name of their
 * field; this is the last line of defence for text printed or returned as a whole (a CLI's
 * output, an agent's tool result), where a secret might appear without a name.
 *
 * @param text - The text to clean.
 * @param secrets - The secret values to remove (empty strings are ignored).
 * @returns The text without any of the secrets.
 * @example
 * ```ts
 * import { redactSecrets } from '@acct/http';
 *
 * console.log(redactSecrets('login with Demo1Secret failed', ['Demo1Secret']));
 * // 'login with [REDACTED] failed'
 * ```
 */
export function redactSecrets(text: string, secrets: Iterable<string>): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length > 0) out = out.split(secret).join(REDACTED);
  }
  return out;
}
