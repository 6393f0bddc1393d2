import { randomInt } from 'node:crypto';
import { validateSecret } from '@acct/server-sdk';

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS = '0123456789';
const ALPHABET = LOWER + UPPER + DIGITS;

/** Length of generated secrets: the maximum the API accepts (about 148 bits over 62 symbols). */
export const GENERATED_SECRET_LENGTH = 25;

/**
 * A new random secret from a CSPRNG (`crypto.randomInt`, uniform over letters and digits),
 * drawn again until the library's one secret rule (`validateSecret` of `@acct/server-sdk`)
 * accepts it (about 1 draw in 40 misses a character class).
 *
 * @param pick - Source of uniform integers in [0, max) (injectable for tests).
 * @returns A 25-character secret meeting the rules.
 */
export function generateSecret(pick: (max: number) => number = randomInt): string {
  for (;;) {
    let secret = '';
    for (let i = 0; i < GENERATED_SECRET_LENGTH; i += 1) secret += ALPHABET[pick(ALPHABET.length)];
    if (validateSecret(secret).length === 0) return secret;
  }
}
