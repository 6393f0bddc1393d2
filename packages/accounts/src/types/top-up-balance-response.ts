/**
 * The result of a successful top-up (`POST /account/top-up`). A body whose `error-code` is not
 * `'200'` rejects with `TopUpError` instead.
 *
 * @example
 * ```ts
 * import { Accounts, type TopUpBalanceResponse } from '@acct/accounts';
 *
 * const accounts = new Accounts({ apiKey: 'abcd1234', apiSecret: 'Abcdef123' });
 * const result: TopUpBalanceResponse = await accounts.topUpBalance('8ef2447e69604f642ae59363aa5f781b');
 * console.log(result['error-code'], result['error-code-label']); // '200' 'success'
 * ```
 */
export interface TopUpBalanceResponse {
  /** `'200'` when the top-up succeeded. */
  'error-code': string;
  /** A label for the code, such as `'success'`. */
  'error-code-label': string;
}
