/**
 * Default webhook URLs of the account, sent as form fields to `POST /account/settings`. An empty
 * string unsets the URL; a field left `undefined` is not sent and stays as it is.
 *
 * @example
 * ```ts
 * import { Accounts, type AccountCallbacks } from '@acct/accounts';
 *
 * // from the deployment's configuration; '' unsets a webhook, undefined leaves it as it is
 * const callbacks: AccountCallbacks = {
 *   moCallBackUrl: process.env.INBOUND_SMS_URL,
 *   drCallBackUrl: process.env.DELIVERY_RECEIPT_URL ?? '',
 * };
 * const accounts = new Accounts({ apiKey: 'abcd1234', apiSecret: 'Abcdef123' });
 * await accounts.updateAccountCallbacks(callbacks);
 * ```
 */
export interface AccountCallbacks {
  /**
   * Webhook for inbound SMS on numbers without their own webhook: an absolute http(s) URL, or
   * `''` to unset it.
   *
   * @default undefined (unchanged)
   */
  moCallBackUrl?: string;
  /**
   * Webhook for delivery receipts: an absolute http(s) URL, or `''` to unset it.
   *
   * @default undefined (unchanged)
   */
  drCallBackUrl?: string;
}
