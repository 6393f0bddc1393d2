/**
 * The settings of the account after `POST /account/settings` (changed or not).
 *
 * @example
 * ```ts
 * const settings: AccountUpdateResponse = await accounts.getAccountSettings();
 * settings['mo-callback-url']; // 'https://example.com/webhooks/inbound-sms'
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
