import { checkOptions } from '@acct/http';
import { invalid } from '../internal/invalid';

/**
 * Checks the options of `rotateSecret`: `undefined`, or a plain object with only `revoke`, which
 * is `'none'` (the default) or `'previous'`. Returns whether to revoke the previous secrets;
 * throws a `ValidationError` otherwise (so `rotateSecret(key, secret, 'previous')` never
 * resolves having revoked nothing).
 */
export const revokesPrevious = (options: unknown): boolean => {
  if (options === undefined) return false;
  const { revoke = 'none' } = checkOptions(options, '[@acct/accounts] options', ['revoke']);
  if (revoke !== 'none' && revoke !== 'previous') {
    throw invalid('options are invalid', [
      { name: 'revoke', reason: "must be 'none' or 'previous' (the default is 'none')" },
    ]);
  }
  return revoke === 'previous';
};
