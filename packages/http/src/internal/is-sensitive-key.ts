/** Names (lower-case, without `-`, `_` or spaces) whose whole value is a credential. */
const SENSITIVE = new Set([
  'authorization',
  'proxyauthorization',
  'cookie',
  'setcookie',
  'xapikey',
  'apisecret',
  'secret',
  'sig',
  'signature',
  'token',
  'privatekey',
  'password',
  'passwd',
]);

/** Suffixes that make a name secret-like (`client_secret`, `access_token`, `db_password`). */
const SUFFIXES = ['secret', 'token', 'password', 'privatekey'];

/**
 * Whether a header, query, form or JSON field name holds a credential (case-insensitive;
 * `api_secret`, `apiSecret` and `API-SECRET` are the same name).
 */
export function isSensitiveKey(name: string): boolean {
  const key = name.toLowerCase().replace(/[-_\s]/g, '');
  return SENSITIVE.has(key) || SUFFIXES.some((suffix) => key.endsWith(suffix));
}
