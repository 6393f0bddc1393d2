/**
 * One account to seed the emulator with. Secrets are given in clear and hashed at once: the
 * emulator never holds them in clear.
 *
 * @example
 * ```ts
 * import { startEmulator, type AccountSeed } from '@acct/emulator';
 *
 * const primary: AccountSeed = {
 *   apiKey: 'primary1',
 *   secrets: ['Primary1Secret'],
 *   balance: 3,
 *   autoReload: false,
 *   subAccounts: [{ apiKey: 'sub1', secrets: ['Sub1Secret'] }],
 * };
 * const emulator = await startEmulator({ accounts: [primary] });
 * await emulator.close();
 * ```
 */
export interface AccountSeed {
  /** The account's API key; unique across all seeded accounts and sub-accounts. */
  readonly apiKey: string;
  /** The account's current secrets in clear: one or two (the service's maximum). */
  readonly secrets: readonly string[];
  /**
   * Balance in EUR.
   * @default 0
   */
  readonly balance?: number;
  /**
   * Whether auto-reload is enabled (a top-up only works when it is).
   * @default false
   */
  readonly autoReload?: boolean;
  /**
   * EUR added by each accepted top-up.
   * @default 10
   */
  readonly topUpAmount?: number;
  /**
   * Default inbound SMS webhook URL (`mo-callback-url`); `''` is unset.
   * @default ''
   */
  readonly moCallbackUrl?: string;
  /**
   * Default delivery receipt webhook URL (`dr-callback-url`); `''` is unset.
   * @default ''
   */
  readonly drCallbackUrl?: string;
  /**
   * `max-outbound-request`: outbound messages per second.
   * @default 30
   */
  readonly maxOutboundRequest?: number;
  /**
   * `max-inbound-request`: inbound messages per second.
   * @default 30
   */
  readonly maxInboundRequest?: number;
  /**
   * `max-calls-per-second`: API calls per second.
   * @default 30
   */
  readonly maxCallsPerSecond?: number;
  /**
   * Sub-accounts (secondary accounts) of this one: its credentials may manage their secrets.
   * Sub-accounts cannot have sub-accounts of their own.
   * @default []
   */
  readonly subAccounts?: readonly AccountSeed[];
}
