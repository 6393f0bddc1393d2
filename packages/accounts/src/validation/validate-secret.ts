import type { InvalidParameter } from '@acct/http';
import { describeValue } from '@acct/http';
import { SECRET_RULES } from './secret-rules';

const { minLength, maxLength } = SECRET_RULES;

/** Code points in `text`, counting no further than `limit + 1` (a 1 MB string stops early). */
function codePoints(text: string, limit: number): number {
  let count = 0;
  for (const _ of text) {
    count += 1;
    if (count > limit) break;
  }
  return count;
}

/**
 * Checks a new API secret against the rules of the Account API: 8 to 25 characters (Unicode code
 * points), every character visible ASCII (U+0021 to U+007E: no space, control or non-ASCII
 * character), at least one lower case letter (a-z), one upper case letter (A-Z) and one digit
 * (0-9). The secret itself never appears in the result. This is the one implementation of the
 * rules in the library: `createSecret`, `rotateSecret` and the MCP server's generator use it.
 *
 * @param secret - The candidate secret.
 * @returns One `{ name: 'secret', reason }` per broken rule, shaped like the server's
 *   `invalid_parameters`; `[]` when the secret is valid.
 * @example
 * ```ts
 * import { validateSecret } from '@acct/accounts';
 *
 * console.log(validateSecret('Abcdef123')); // []
 * console.log(validateSecret('short').map((p) => p.reason));
 * // ['must be 8 to 25 characters long', 'must contain at least one upper case letter (A-Z)', ...]
 * ```
 */
export function validateSecret(secret: unknown): InvalidParameter[] {
  if (typeof secret !== 'string') {
    return [{ name: 'secret', reason: `must be a string, got ${describeValue(secret)}` }];
  }
  const reasons: string[] = [];
  const length = codePoints(secret, maxLength);
  if (length < minLength || length > maxLength) {
    reasons.push(`must be ${minLength} to ${maxLength} characters long`);
  }
  if (/[^\x21-\x7e]/.test(secret)) {
    reasons.push(
      'must contain only visible ASCII characters (U+0021 to U+007E): no space, control ' +
        'character or non-ASCII character',
    );
  }
  if (!/[a-z]/.test(secret)) reasons.push('must contain at least one lower case letter (a-z)');
  if (!/[A-Z]/.test(secret)) reasons.push('must contain at least one upper case letter (A-Z)');
  if (!/[0-9]/.test(secret)) reasons.push('must contain at least one digit (0-9)');
  return reasons.map((reason) => ({ name: 'secret', reason }));
}
