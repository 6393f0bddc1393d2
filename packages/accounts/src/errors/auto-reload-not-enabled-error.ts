import { AuthenticationError, type HttpErrorInit } from '@acct/http';

/**
 * A top-up was refused with `401 not auto-reload enabled`: the credentials are fine, but the
 * account has no auto-reload. Enable auto-reload in the dashboard (with a payment), then pass that
 * payment's transaction reference as `trx`. A subclass of `AuthenticationError`, so existing
 * `401` handling still catches it, while `instanceof AutoReloadNotEnabledError` (or its code)
 * tells it apart from wrong credentials.
 *
 * Code: `ACCT_HTTP_AUTO_RELOAD_NOT_ENABLED`.
 *
 * @example
 * ```ts
 * import { Accounts, AutoReloadNotEnabledError } from '@acct/accounts';
 *
 * const accounts = new Accounts({ apiKey: 'abcd1234', apiSecret: 'Abcdef123' });
 * try {
 *   await accounts.topUpBalance('8ef2447e69604f642ae59363aa5f781b');
 * } catch (err) {
 *   if (!(err instanceof AutoReloadNotEnabledError)) throw err;
 *   console.log('turn on auto-reload in the dashboard first');
 * }
 * ```
 */
export class AutoReloadNotEnabledError extends AuthenticationError {
  /**
   * @param init - The response that was refused (redacted by the constructor).
   */
  constructor(init: HttpErrorInit) {
    super({
      ...init,
      message:
        init.message ??
        '[@acct/accounts] 401 not auto-reload enabled: enable auto-reload in the dashboard, then ' +
          'top up with the transaction reference (trx) of that payment',
    });
    Object.defineProperty(this, 'code', { value: 'ACCT_HTTP_AUTO_RELOAD_NOT_ENABLED' });
  }
}
