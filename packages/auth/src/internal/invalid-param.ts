import { ValidationError } from '@acct/http';

/**
 * Builds the `ValidationError` for a setting or parameter: the message and
 * `invalidParameters` name it, what it must be and what was received (a type and length from
 * `describeValue()`, never the value).
 *
 * @param name - The setting or parameter, such as `'jwtOptions.ttl'`.
 * @param expected - What it must be, such as `'a positive integer number of seconds'`.
 * @param received - What was received, such as `'a string of 3 characters'`.
 * @returns The error to throw.
 */
export function invalidParam(name: string, expected: string, received: string): ValidationError {
  return invalidWith(name, `must be ${expected}, got ${received}`);
}

/**
 * Builds the `ValidationError` for a setting or parameter with a reason of its own.
 *
 * @param name - The setting or parameter.
 * @param reason - What is wrong and what to do, such as `'is set from jwtOptions.ttl: pass ttl'`.
 * @param cause - The underlying error, if any.
 * @returns The error to throw.
 */
export function invalidWith(name: string, reason: string, cause?: unknown): ValidationError {
  return new ValidationError(`[@acct/auth] ${name} ${reason}`, {
    invalidParameters: [{ name, reason }],
    cause,
  });
}
