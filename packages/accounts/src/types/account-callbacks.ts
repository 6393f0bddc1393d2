/**
 * Default webhook URLs of the account, sent as form fields to `POST /account/settings`. An empty
 * string unsets the URL; a field left `undefined` is not sent and stays as it is.
 *
 * @example
 * ```ts
 * const callbacks: AccountCallbacks = {
 *   moCallBackUrl: 'https://example.com/webhooks/inbound-sms',
 *   drCallBackUrl: '', // unset the delivery-receipt webhook
 * };
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
