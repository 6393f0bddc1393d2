/**
 * The balance of the account, as `GET /account/get-balance` returns it.
 *
 * @example
 * ```ts
 * const balance: GetBalanceResponse = await accounts.getBalance();
 * console.log(`${balance.value} EUR, auto-reload ${balance.autoReload ? 'on' : 'off'}`);
 * ```
 */
export interface GetBalanceResponse {
  /** The balance of the account, in EUR. */
  value: number;
  /** Whether auto-reload is enabled on the account (a prerequisite of `topUpBalance`). */
  autoReload: boolean;
}
