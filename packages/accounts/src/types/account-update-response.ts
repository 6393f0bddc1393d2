/**
 * The settings of the account after `POST /account/settings` (changed or not).
 *
 * @example
 * ```ts
 * import { Accounts, type AccountUpdateResponse } from '@acct/accounts';
 *
 * // The webhook URLs that are set, by name.
 * function webhooks(settings: AccountUpdateResponse): string[] {
 *   return [settings['mo-callback-url'], settings['dr-callback-url']].filter((url) => url !== '');
 * }
 *
 * const accounts = new Accounts({ apiKey: 'abcd1234', apiSecret: 'Abcdef123' });
 * console.log(webhooks(await accounts.getAccountSettings()));
 * ```
 */
export interface AccountUpdateResponse {
  /** The inbound SMS webhook URL (`''` when unset). */
  'mo-callback-url': string;
  /** The delivery receipt webhook URL (`''` when unset). */
  'dr-callback-url': string;
  /** The maximum number of outbound messages per second. */
  'max-outbound-request': number;
  /** The maximum number of inbound messages per second. */
  'max-inbound-request': number;
  /** The maximum number of API calls per second. */
  'max-calls-per-second': number;
}
