import { AcctError } from '@acct/http';

/**
 * Thrown by `createBearerHeader()` when no application id was given to {@link Auth}.
 *
 * Code: `ACCT_AUTH_MISSING_APPLICATION_ID`.
 *
 * @example
 * ```ts
 * import { Auth, MissingApplicationIdError } from '@acct/auth';
 *
 * try {
 *   await new Auth({ privateKey: './private.key' }).createBearerHeader();
 * } catch (err) {
 *   console.log(err instanceof MissingApplicationIdError); // true
 * }
 * ```
 */
export class MissingApplicationIdError extends AcctError {
  /**
   * @param options - An optional underlying `cause`.
   */
  constructor(options: { cause?: unknown } = {}) {
    super(
      '[@acct/auth] applicationId is missing: pass it with the private key to ' +
        'new Auth({ applicationId, privateKey }) to create JWTs',
      { code: 'ACCT_AUTH_MISSING_APPLICATION_ID', cause: options.cause },
    );
  }
}
