import { checkOptions } from '@acct/http';
import { invalidWith } from './invalid-param';

/** Unknown keys longer than this get no did-you-mean (its edit distance costs length × length). */
const MAX_SUGGESTED_KEY = 64;

/**
 * `checkOptions()` from `@acct/http` (a plain object with known keys only, did-you-mean for a
 * typo), guarded so that an unknown key of a megabyte is refused at once instead of being
 * compared with every known name.
 *
 * @param value - The options object.
 * @param name - Its name, such as `'params'` or `'signature'`.
 * @param allowed - The known keys.
 * @returns The options, typed as a record of the known keys.
 * @throws `ValidationError` when `value` is not a plain object or has an unknown key.
 */
export function checkShape<K extends string>(
  value: unknown,
  name: string,
  allowed: readonly K[],
): Partial<Record<K, unknown>> {
  if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) {
      if (key.length > MAX_SUGGESTED_KEY && !(allowed as readonly string[]).includes(key)) {
        const known = allowed.map((k) => `"${k}"`).join(', ');
        throw invalidWith(name, `has an unknown option of ${key.length} characters: use ${known}`);
      }
    }
  }
  return checkOptions(value, `[@acct/auth] ${name}`, allowed);
}
