import { AcctError } from '@acct/http';

/**
 * Thrown when an operation needs the API key (Basic header, query parameters, signed
 * parameters) and none was given to {@link Auth}.
 *
 * Code: `ACCT_AUTH_MISSING_API_KEY`.
 *
 * @example
 * ```ts
 * import { Auth, MissingApiKeyError } from '@acct/auth';
 *
 * try {
 *   await new Auth({ apiSecret: 'Abcdef123456' }).createBasicHeader();
 * } catch (err) {
 *   console.log(err instanceof MissingApiKeyError); // true
 * }
 * ```
 */
export class MissingApiKeyError extends AcctError {
  /**
   * @param options - An optional underlying `cause`.
   */
  constructor(options: { cause?: unknown } = {}) {
    super(
      '[@acct/auth] apiKey is missing: pass it to new Auth({ apiKey, apiSecret }) ' +
        '(or new Auth({ apiKey, signature }) to sign requests)',
      { code: 'ACCT_AUTH_MISSING_API_KEY', cause: options.cause },
    );
  }
}
