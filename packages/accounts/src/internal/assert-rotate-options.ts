import type { RotateSecretOptions } from '../types/rotate-secret-options';
import { invalid } from './invalid';

/** Returns true for `revoke: 'previous'`, false for `'none'`/absent; throws a `ValidationError` otherwise. */
export const revokesPrevious = (options: RotateSecretOptions | undefined): boolean => {
  const revoke = options?.revoke ?? 'none';
  if (revoke !== 'none' && revoke !== 'previous') {
    throw invalid('rotateSecret options are invalid', [
      { name: 'revoke', reason: "must be 'none' or 'previous'" },
    ]);
  }
  return revoke === 'previous';
};
