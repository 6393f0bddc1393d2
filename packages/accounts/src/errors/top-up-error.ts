import { HttpError, type HttpErrorInit } from '@acct/http';

/**
 * The top-up endpoint answered `200` but its body carries an `error-code` other than `'200'`:
 * nothing was charged. `errorCode` and `errorCodeLabel` hold the server's code and label.
 *
 * Code: `ACCT_HTTP_TOP_UP_FAILED`.
 *
 * @example
 * ```ts
 * import { Accounts, TopUpError } from '@acct/accounts';
 *
 * const accounts = new Accounts({ apiKey: 'abcd1234', apiSecret: 'Abcdef123' });
 * try {
 *   await accounts.topUpBalance('8ef2447e69604f642ae59363aa5f781b');
 * } catch (err) {
 *   if (!(err instanceof TopUpError)) throw err;
 *   console.log(err.errorCode, err.errorCodeLabel); // nothing was charged
 * }
 * ```
 */
export class TopUpError extends HttpError {
  /**
   * @param init - The response whose body reported the failure.
   */
  constructor(init: HttpErrorInit) {
    const body = (init.body ?? {}) as Record<string, unknown>;
    super(
      {
        ...init,
        message:
          init.message ??
          `[@acct/accounts] top-up failed with error-code ${String(body['error-code'])} ` +
            `(${String(body['error-code-label'])}): check the trx and that auto-reload is enabled`,
      },
      'ACCT_HTTP_TOP_UP_FAILED',
    );
  }
}
