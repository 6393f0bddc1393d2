import { AcctError } from '@acct/http';

/** The credential an {@link InvalidApiSecretError} is about. */
export type SecretParameter = 'apiSecret' | 'signature.secret';

/**
 * Thrown when the API secret (or the signature secret) is not a non-empty string: at
 * construction when it has the wrong type, when it is used if it is an empty string.
 *
 * Code: `ACCT_AUTH_INVALID_API_SECRET`. The message names the type received, never the value.
 *
 * @example
 * ```ts
 * import { Auth, InvalidApiSecretError } from '@acct/auth';
 *
 * try {
 *   new Auth({ apiKey: 'abcd1234', apiSecret: 42 as unknown as string });
 * } catch (err) {
 *   console.log((err as InvalidApiSecretError).parameter); // 'apiSecret'
 * }
 * ```
 */
export class InvalidApiSecretError extends AcctError {
  /** What was received instead of a non-empty string: a type name or `'empty string'`. */
  readonly received: string;
  /** Which secret is invalid: `'apiSecret'` or `'signature.secret'`. */
  readonly parameter: SecretParameter;

  /**
   * @param received - A description of what was received, such as `'number'` or `'empty string'`.
   * @param parameter - Which secret is invalid. @default 'apiSecret'
   * @param options - An optional underlying `cause`.
   */
  constructor(
    received: string,
    parameter: SecretParameter = 'apiSecret',
    options: { cause?: unknown } = {},
  ) {
    const usage =
      parameter === 'apiSecret'
        ? 'new Auth({ apiKey, apiSecret })'
        : 'new Auth({ apiKey, signature: { secret, algorithm } })';
    super(
      `[@acct/auth] ${parameter} must be a non-empty string, got ${received}: ` +
        `pass it as a string to ${usage}`,
      { code: 'ACCT_AUTH_INVALID_API_SECRET', cause: options.cause },
    );
    this.received = received;
    this.parameter = parameter;
  }
}
