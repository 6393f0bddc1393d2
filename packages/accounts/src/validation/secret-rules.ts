/**
 * The API secret rules of the Account API (`createSecretRequest.secret` in the OpenAPI document),
 * as numbers a generator can use. {@link validateSecret} applies them, with our reading of the
 * rest written once: length in Unicode code points; every character visible ASCII (U+0021 to
 * U+007E); at least one a-z, one A-Z and one 0-9.
 *
 * @example
 * ```ts
 * import { randomInt } from 'node:crypto';
 * import { SECRET_RULES, validateSecret } from '@acct/accounts';
 *
 * const length = randomInt(SECRET_RULES.minLength, SECRET_RULES.maxLength + 1);
 * const visible = Array.from({ length: length - 3 }, () => String.fromCharCode(randomInt(0x21, 0x7f)));
 * const secret = `aA1${visible.join('')}`;
 * console.log(validateSecret(secret)); // []
 * ```
 */
export const SECRET_RULES: Readonly<{
  /** Fewest characters (code points) a secret may have. */
  minLength: 8;
  /** Most characters (code points) a secret may have. */
  maxLength: 25;
}> = Object.freeze({ minLength: 8, maxLength: 25 });
