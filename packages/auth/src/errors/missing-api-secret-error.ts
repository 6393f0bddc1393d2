import { AcctError } from '@acct/http';

/**
 * Thrown when an operation needs the API secret (Basic header, query parameters) and
 * none was given to {@link Auth}.
 *
 * Code: `ACCT_AUTH_MISSING_API_SECRET`.
 *
 * @example
 * ```ts
 * import { Auth, MissingApiSecretError } from '@acct/auth';
 *
 * try {
 *   await new Auth({ apiKey: 'abcd1234' }).createBasicHeader();
 * } catch (err) {
 *   console.log(err instanceof MissingApiSecretError); // true
 * }
 * ```
 */
export class MissingApiSecretError extends AcctError {
  /**
   * @param options - An optional underlying `cause`.
   */
  constructor(options: { cause?: unknown } = {}) {
    super('[@acct/auth] apiSecret is missing: pass it to new Auth({ apiKey, apiSecret })', {
      code: 'ACCT_AUTH_MISSING_API_SECRET',
      cause: options.cause,
    });
  }
}
