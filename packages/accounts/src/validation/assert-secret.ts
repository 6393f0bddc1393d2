import { invalid } from '../internal/invalid';
import { validateSecret } from './validate-secret';

/** Throws a `ValidationError` listing every broken secret rule; returns the secret otherwise. */
export const assertSecret = (secret: unknown): string => {
  const problems = validateSecret(secret);
  if (problems.length > 0) throw invalid('secret does not meet the rules', problems);
  return secret as string;
};
