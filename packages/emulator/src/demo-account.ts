/**
 * The account the emulator seeds when started without `accounts`: print these values so a
 * user can copy them.
 *
 * @example
 * ```ts
 * import { DEMO_ACCOUNT } from '@acct/emulator';
 *
 * console.log(`api key ${DEMO_ACCOUNT.apiKey}, secret ${DEMO_ACCOUNT.apiSecret}`);
 * // api key acct-demo, secret Demo1Secret
 * ```
 */
export const DEMO_ACCOUNT = Object.freeze({
  /** API key of the demo account. */
  apiKey: 'acct-demo',
  /** Its one secret (a demo value, not a credential of any real account). */
  apiSecret: 'Demo1Secret',
  /** Starting balance. */
  balance: 10.5,
  /** Currency of the balance. */
  currency: 'EUR',
  /** Auto-reload is on, so top-ups work. */
  autoReload: true,
  /** EUR added by each top-up. */
  topUpAmount: 10,
} as const);
