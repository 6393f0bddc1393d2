import { AcctError } from '@acct/http';

/**
 * Thrown when the API key is not a non-empty string: at construction when it has the
 * wrong type (for example a number), when it is used if it is an empty string.
 *
 * Code: `ACCT_AUTH_INVALID_API_KEY`. The message names the type received, never the value.
 *
 * @example
 * ```ts
 * import { Auth, InvalidApiKeyError } from '@acct/auth';
 *
 * try {
 *   new Auth({ apiKey: 1234 as unknown as string, apiSecret: 'Abcdef123456' });
 * } catch (err) {
 *   console.log(err instanceof InvalidApiKeyError, (err as InvalidApiKeyError).received); // true 'number'
 * }
 * ```
 */
export class InvalidApiKeyError extends AcctError {
  /** What was received instead of a non-empty string: a type name or `'empty string'`. */
  readonly received: string;

  /**
   * @param received - A description of what was received, such as `'number'` or `'empty string'`.
   * @param options - An optional underlying `cause`.
   */
  constructor(received: string, options: { cause?: unknown } = {}) {
    super(
      `[@acct/auth] apiKey must be a non-empty string, got ${received}: ` +
        "pass it as a string to new Auth({ apiKey: 'abcd1234', apiSecret })",
      { code: 'ACCT_AUTH_INVALID_API_KEY', cause: options.cause },
    );
    this.received = received;
  }
}
