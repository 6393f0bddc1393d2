import { AcctError } from '@acct/http';
import { API_KEY_EXPECTED } from '../internal/credential-rules';

/**
 * Rejects the first call that needs the API key when it is not 1 to 64 visible ASCII
 * characters without `:` (for example a number, an empty string, a 1 MB string, or
 * `'key:secret'`). `new Auth()` itself never throws it.
 *
 * Code: `ACCT_AUTH_INVALID_API_KEY`. The message names the type, length and the class and
 * position of a refused character, never the value.
 *
 * @example
 * ```ts
 * import { Auth, InvalidApiKeyError } from '@acct/auth';
 *
 * const auth = new Auth({ apiKey: 1234 as unknown as string, apiSecret: 'Abcdef123456' });
 * try {
 *   await auth.createBasicHeader();
 * } catch (err) {
 *   if (err instanceof InvalidApiKeyError) console.log(err.received); // 'a number'
 * }
 * ```
 */
export class InvalidApiKeyError extends AcctError {
  /**
   * What was received instead, without its content: `'a number'`, `'an empty string'`,
   * `'a string of 70 characters'`, `'a string of 20 characters with ":" at position 9'`.
   */
  readonly received: string;

  /**
   * @param received - A description of what was received (never the value itself).
   * @param options - An optional underlying `cause`.
   */
  constructor(received: string, options: { cause?: unknown } = {}) {
    super(
      `[@acct/auth] apiKey must be ${API_KEY_EXPECTED}, got ${received}: ` +
        "pass it as a string to new Auth({ apiKey: 'abcd1234', apiSecret })",
      { code: 'ACCT_AUTH_INVALID_API_KEY', cause: options.cause },
    );
    this.received = received;
  }
}
