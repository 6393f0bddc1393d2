import { AuthenticationType, Client, type CallOptions } from '@acct/server-client';
import { objectBody } from './internal/object-body';
import { checkTopUp, rethrowTopUpFailure } from './internal/top-up-outcome';
import type { AccountCallbacks } from './types/account-callbacks';
import type { AccountUpdateResponse } from './types/account-update-response';
import type { GetBalanceResponse } from './types/get-balance-response';
import type { TopUpBalanceResponse } from './types/top-up-balance-response';
import { assertCallOptions } from './validation/assert-call-options';
import { assertCallbacks } from './validation/assert-callbacks';
import { assertTrx } from './validation/assert-trx';

/**
 * Balance, top-up and default callback URLs of an account, on the REST host, with Basic auth.
 *
 * @example
 * ```ts
 * import { Accounts } from '@acct/accounts';
 *
 * const accounts = new Accounts({ apiKey: 'abcd1234', apiSecret: 'Abcdef123' });
 * const { value, autoReload } = await accounts.getBalance();
 * ```
 */
export class Accounts extends Client {
  /** Accounts authenticates with `Authorization: Basic`. */
  protected override authType = AuthenticationType.BASIC;

  /**
   * Reads the balance: `GET {restHost}/account/get-balance`. Retried on 429/5xx/network errors.
   *
   * @param options - Per-call overrides (timeout, signal, headers).
   * @returns The balance in EUR and whether auto-reload is enabled.
   * @throws `ValidationError` (before any request) for `options` that are not a plain object of
   *   `CallOptions`; `AuthenticationError` (401), other `HttpError`s, `TimeoutError`,
   *   `NetworkError`; `ParseError` for a 2xx answer without a JSON object.
   * @example
   * ```ts
   * import { Accounts } from '@acct/accounts';
   *
   * const accounts = new Accounts({ apiKey: 'abcd1234', apiSecret: 'Abcdef123' });
   * const { value } = await accounts.getBalance({ timeout: 5000 });
   * console.log(`${value} EUR`); // 10.17 EUR
   * ```
   */
  async getBalance(options?: CallOptions): Promise<GetBalanceResponse> {
    const url = `${this.config.restHost}/account/get-balance`;
    const call = assertCallOptions(options);
    return objectBody(await this.sendGetRequest<GetBalanceResponse>(url, undefined, call));
  }

  /**
   * Tops up the balance with the amount of the payment that enabled auto-reload:
   * form `POST {restHost}/account/top-up` with `trx`. Never re-sent once bytes may have reached
   * the server (a repeat would charge twice).
   *
   * @param trx - The transaction reference of that payment.
   * @param options - Per-call overrides (timeout, signal, headers).
   * @returns `{ 'error-code': '200', 'error-code-label': 'success' }`.
   * @throws `ValidationError` (before any request) unless `trx` is 1 to 128 visible ASCII
   *   characters (no space, CR, LF or NUL), or for `options` that are not a plain object of
   *   `CallOptions`; {@link AutoReloadNotEnabledError} when auto-reload is off; {@link TopUpError}
   *   when a 200 body reports another `error-code`; `ParseError` for a 200 without a JSON object;
   *   `AuthenticationError`, `TimeoutError`, `NetworkError`.
   * @example
   * ```ts
   * import { Accounts } from '@acct/accounts';
   *
   * const accounts = new Accounts({ apiKey: 'abcd1234', apiSecret: 'Abcdef123' });
   * // charges the amount of the payment that enabled auto-reload
   * const result = await accounts.topUpBalance('8ef2447e69604f642ae59363aa5f781b');
   * console.log(result['error-code-label']); // 'success'
   * ```
   */
  async topUpBalance(trx: string, options?: CallOptions): Promise<TopUpBalanceResponse> {
    const url = `${this.config.restHost}/account/top-up`;
    const form = { trx: assertTrx(trx) };
    const call = { ...assertCallOptions(options), idempotent: false };
    const res = await this.sendFormSubmitRequest<TopUpBalanceResponse>(url, form, call).catch(
      rethrowTopUpFailure,
    );
    return checkTopUp(res);
  }

  /**
   * Sets or unsets the default webhook URLs: form `POST {restHost}/account/settings`. `''`
   * unsets a URL, `undefined` leaves it unchanged. Never re-sent once bytes may have reached the
   * server.
   *
   * @param callbacks - `moCallBackUrl` and/or `drCallBackUrl`.
   * @param options - Per-call overrides (timeout, signal, headers).
   * @returns The account settings after the change.
   * @throws `ValidationError` (before any request) when `callbacks` is not a plain object, has a
   *   key other than `moCallBackUrl`/`drCallBackUrl` (with a did-you-mean), or a URL that is
   *   neither `''` nor an absolute http(s) URL of at most 2048 visible ASCII characters in
   *   canonical form (`new URL(url).href === url`); `HttpError`s, `TimeoutError`,
   *   `NetworkError`; `ParseError` for a 2xx answer without a JSON object.
   * @example
   * ```ts
   * import { Accounts } from '@acct/accounts';
   *
   * const accounts = new Accounts({ apiKey: 'abcd1234', apiSecret: 'Abcdef123' });
   * const settings = await accounts.updateAccountCallbacks({
   *   moCallBackUrl: 'https://example.com/webhooks/inbound-sms', // canonical: new URL(url).href === url
   *   drCallBackUrl: '', // unsets it
   * });
   * console.log(settings['mo-callback-url']);
   * ```
   */
  async updateAccountCallbacks(
    callbacks: AccountCallbacks,
    options?: CallOptions,
  ): Promise<AccountUpdateResponse> {
    const url = `${this.config.restHost}/account/settings`;
    const form = assertCallbacks(callbacks);
    const call = { ...assertCallOptions(options), idempotent: false };
    return objectBody(await this.sendFormSubmitRequest<AccountUpdateResponse>(url, form, call));
  }

  /**
   * Reads the account settings without changing them: form `POST {restHost}/account/settings`
   * with no fields (the documented way to read them). It changes nothing, so it is retried like a
   * GET.
   *
   * @param options - Per-call overrides (timeout, signal, headers).
   * @returns The current account settings.
   * @throws `ValidationError` (before any request) for `options` that are not a plain object of
   *   `CallOptions`; `AuthenticationError` (401), other `HttpError`s, `TimeoutError`,
   *   `NetworkError`; `ParseError` for a 2xx answer without a JSON object.
   * @example
   * ```ts
   * import { Accounts } from '@acct/accounts';
   *
   * const accounts = new Accounts({ apiKey: 'abcd1234', apiSecret: 'Abcdef123' });
   * const settings = await accounts.getAccountSettings();
   * console.log(settings['max-calls-per-second']); // 30
   * ```
   */
  async getAccountSettings(options?: CallOptions): Promise<AccountUpdateResponse> {
    const url = `${this.config.restHost}/account/settings`;
    const call = { ...assertCallOptions(options), idempotent: true };
    return objectBody(await this.sendFormSubmitRequest<AccountUpdateResponse>(url, {}, call));
  }
}
