import { ValidationError } from '@acct/http';

/**
 * Builds the `ValidationError` for a setting or parameter of the wrong type: the message
 * and `invalidParameters` name it, what it must be and the type received, never the value.
 *
 * @param name - The setting or parameter, such as `'jwtOptions.ttl'`.
 * @param expected - What it must be, such as `'a positive integer number of seconds'`.
 * @param received - What was received: a type name.
 * @returns The error to throw.
 */
export function invalidParam(name: string, expected: string, received: string): ValidationError {
  const reason = `must be ${expected}, got ${received}`;
  return new ValidationError(`[@acct/auth] ${name} ${reason}`, {
    invalidParameters: [{ name, reason }],
  });
}
