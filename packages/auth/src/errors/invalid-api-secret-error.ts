import { AcctError } from '@acct/http';
import { SECRET_EXPECTED } from '../internal/credential-rules';

/** The credential an {@link InvalidApiSecretError} is about. */
export type SecretParameter = 'apiSecret' | 'signature.secret';

/**
 * Rejects the first call that needs the API secret (or the signature secret) when it is not
 * 1 to 256 characters without control characters (for example a number, an empty string, a
 * secret with a trailing newline, or a lone surrogate). `new Auth()` itself never throws it.
 *
 * Code: `ACCT_AUTH_INVALID_API_SECRET`. The message names the type, length and the class and
 * position of a refused character, never the value.
 *
 * @example
 * ```ts
 * import { Auth, InvalidApiSecretError } from '@acct/auth';
 *
 * const auth = new Auth({ apiKey: 'abcd1234', apiSecret: 'Abcdef123456\n' });
 * try {
 *   await auth.createBasicHeader();
 * } catch (err) {
 *   if (err instanceof InvalidApiSecretError) console.log(err.parameter, err.received);
 *   // 'apiSecret' 'a string of 13 characters with a control character at position 13'
 * }
 * ```
 */
export class InvalidApiSecretError extends AcctError {
  /** What was received instead, without its content, such as `'a number'` or `'an empty string'`. */
  readonly received: string;
  /** Which secret is invalid: `'apiSecret'` or `'signature.secret'`. */
  readonly parameter: SecretParameter;

  /**
   * @param received - A description of what was received (never the value itself).
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
      `[@acct/auth] ${parameter} must be ${SECRET_EXPECTED}, got ${received}: ` +
        `pass it as a string to ${usage}`,
      { code: 'ACCT_AUTH_INVALID_API_SECRET', cause: options.cause },
    );
    this.received = received;
    this.parameter = parameter;
  }
}
