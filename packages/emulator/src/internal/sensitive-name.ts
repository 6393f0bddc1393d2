/**
 * Words that make a header, query, form or JSON field name a credential wherever they stand in
 * it, once the name is lower-cased and `-`, `_` and spaces are dropped (`x-authorization`,
 * `apikey`, `client_secret`, `refresh-token`, `db_password`).
 */
const WORDS = [
  'authorization',
  'cookie',
  'apikey',
  'secret',
  'token',
  'password',
  'passwd',
  'signature',
  'privatekey',
  'session',
];

/** Names that are credentials only as a whole (`sig` inside another word is not). */
const WHOLE = new Set(['sig']);

/**
 * Whether a header, query, form or JSON field name holds a credential. The emulator's own
 * copy of the rule (it must not import the library), held against the shared table of cases
 * in `test/cases/sensitive-names.ts`.
 */
export function isSensitiveName(name: string): boolean {
  const key = name.toLowerCase().replace(/[-_\s]/g, '');
  return WHOLE.has(key) || WORDS.some((word) => key.includes(word));
}
