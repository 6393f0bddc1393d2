/**
 * The balance of the account, as `GET /account/get-balance` returns it.
 *
 * @example
 * ```ts
 * import { Accounts, type GetBalanceResponse } from '@acct/accounts';
 *
 * // Whether the account can pay `needed` euros now or after one top-up.
 * const canPay = (balance: GetBalanceResponse, needed: number): boolean =>
 *   balance.value >= needed || balance.autoReload;
 *
 * const accounts = new Accounts({ apiKey: 'abcd1234', apiSecret: 'Abcdef123' });
 * console.log(canPay(await accounts.getBalance(), 25));
 * ```
 */
export interface GetBalanceResponse {
  /** The balance of the account, in EUR. */
  value: number;
  /** Whether auto-reload is enabled on the account (a prerequisite of `topUpBalance`). */
  autoReload: boolean;
}
