import { ValidationError, type InvalidParameter } from '@acct/http';

/** Builds the `ValidationError` of `@acct/accounts` (message prefixed, no input value echoed). */
export const invalid = (what: string, invalidParameters: InvalidParameter[]): ValidationError =>
  new ValidationError(
    `[@acct/accounts] ${what}: ${invalidParameters.map((p) => `${p.name} ${p.reason}`).join('; ')}`,
    { invalidParameters },
  );
