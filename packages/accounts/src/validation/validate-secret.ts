import type { InvalidParameter } from '@acct/http';

/**
 * Checks a new API secret against the rules of the Account API: 8 to 25 characters, at least one
 * lower case letter, one upper case letter and one digit (ASCII). The secret itself never appears
 * in the result.
 *
 * @param secret - The candidate secret.
 * @returns One `{ name: 'secret', reason }` per broken rule, shaped like the server's
 *   `invalid_parameters`; `[]` when the secret is valid.
 * @example
 * ```ts
 * import { validateSecret } from '@acct/accounts';
 *
 * validateSecret('Abcdef123'); // []
 * validateSecret('short'); // [{ name: 'secret', reason: 'must be 8 to 25 characters long' }, ...]
 * ```
 */
export function validateSecret(secret: unknown): InvalidParameter[] {
  if (typeof secret !== 'string') return [{ name: 'secret', reason: 'must be a string' }];
  const reasons: string[] = [];
  const length = [...secret].length;
  if (length < 8 || length > 25) reasons.push('must be 8 to 25 characters long');
  if (!/[a-z]/.test(secret)) reasons.push('must contain at least one lower case letter (a-z)');
  if (!/[A-Z]/.test(secret)) reasons.push('must contain at least one upper case letter (A-Z)');
  if (!/[0-9]/.test(secret)) reasons.push('must contain at least one digit (0-9)');
  return reasons.map((reason) => ({ name: 'secret', reason }));
}
