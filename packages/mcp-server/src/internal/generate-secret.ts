import { randomInt } from 'node:crypto';

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS = '0123456789';
const ALPHABET = LOWER + UPPER + DIGITS;

/** Length of generated secrets: the maximum the API accepts (about 148 bits over 62 symbols). */
export const GENERATED_SECRET_LENGTH = 25;

/**
 * Whether a secret meets the API's rules: 8 to 25 characters, at least one lower case
 * letter, one upper case letter and one digit.
 *
 * @param secret - The candidate.
 * @returns true when it is acceptable.
 */
export function meetsSecretRules(secret: string): boolean {
  return (
    secret.length >= 8 &&
    secret.length <= 25 &&
    /[a-z]/.test(secret) &&
    /[A-Z]/.test(secret) &&
    /[0-9]/.test(secret)
  );
}

/**
 * A new random secret from a CSPRNG (`crypto.randomInt`, uniform over letters and digits),
 * drawn again until it meets the rules (about 1 draw in 40 misses a class).
 *
 * @param pick - Source of uniform integers in [0, max) (injectable for tests).
 * @returns A 25-character secret meeting the rules.
 */
export function generateSecret(pick: (max: number) => number = randomInt): string {
  for (;;) {
    let secret = '';
    for (let i = 0; i < GENERATED_SECRET_LENGTH; i += 1) secret += ALPHABET[pick(ALPHABET.length)];
    if (meetsSecretRules(secret)) return secret;
  }
}
