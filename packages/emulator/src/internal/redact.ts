/** What a redacted value is replaced with. */
export const REDACTED = '[REDACTED]';

const SECRET_HEADERS = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'x-api-key',
]);
const SECRET_FIELDS = new Set(['api_secret', 'secret', 'sig', 'token', 'private_key', 'password']);
/** Any header or field whose name carries one of these words is a credential too. */
const SECRET_WORDS = /secret|token|passw|signature|private[-_]?key|session/i;

const isSecretHeader = (name: string): boolean =>
  SECRET_HEADERS.has(name) || SECRET_WORDS.test(name);
const isSecretField = (name: string): boolean =>
  SECRET_FIELDS.has(name.toLowerCase()) || SECRET_WORDS.test(name);

/** A copy of `headers` (names lower-cased, arrays joined) whose credentials lost their value. */
export function redactHeaders(
  headers: Readonly<Record<string, string | readonly string[] | undefined>>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name in headers) {
    const value = headers[name];
    if (value === undefined) continue;
    const key = name.toLowerCase();
    out[key] = isSecretHeader(key)
      ? REDACTED
      : Array.isArray(value)
        ? value.join(', ')
        : String(value);
  }
  return out;
}

/** A copy of form or query fields whose secret fields lost their value. */
export function redactFields(fields: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(fields)) {
    out[name] = isSecretField(name) ? REDACTED : value;
  }
  return out;
}

/** A deep copy of a parsed JSON value whose secret fields lost their value. */
export function redactJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactJson);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [name, inner] of Object.entries(value)) {
      out[name] = isSecretField(name) ? REDACTED : redactJson(inner);
    }
    return out;
  }
  return value;
}
