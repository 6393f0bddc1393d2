/** Fewest and most characters of a created secret (the spec's createSecretRequest). */
export const SECRET_MIN_LENGTH = 8;
export const SECRET_MAX_LENGTH = 25;

const SHAPE = new RegExp(`^[\\x21-\\x7e]{${SECRET_MIN_LENGTH},${SECRET_MAX_LENGTH}}$`);

/**
 * Whether a secret meets the service's rules, read as written at the top of the shared table
 * `test/cases/secret-rules.ts`: 8 to 25 code points, every one visible ASCII (U+0021 to
 * U+007E), with at least one of a-z, one of A-Z and one of 0-9. The emulator's own copy (it
 * must not import the library), held against that table by its test.
 */
export function meetsSecretRules(secret: string): boolean {
  return SHAPE.test(secret) && /[a-z]/.test(secret) && /[A-Z]/.test(secret) && /[0-9]/.test(secret);
}
