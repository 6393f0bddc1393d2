/**
 * One account to seed the emulator with. Secrets are given in clear; the accounts keep only a
 * salted hash (the clear values are kept apart, privately, to scrub them from the request log).
 * A bad seed throws {@link EmulatorOptionError} naming it by position (`accounts[0].secrets`).
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
  /**
   * The account's API key; unique across all seeded accounts and sub-accounts. 1 to 256
   * characters, no control characters, no `:` (it ends the Basic user name), no surrounding
   * spaces.
   */
  readonly apiKey: string;
  /**
   * The account's current secrets in clear: one or two (the service's maximum), each 1 to 256
   * visible ASCII characters. They need not meet the rules a created secret must meet (a
   * seed may stand for an older secret).
   */
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
   * Default inbound SMS webhook URL, spelled as in the SDK's `updateAccountCallbacks()`
   * (`mo-callback-url` in answers): `''` (unset) or an absolute http(s) URL.
   * @default ''
   */
  readonly moCallBackUrl?: string;
  /**
   * Default delivery receipt webhook URL, spelled as in the SDK (`dr-callback-url` in
   * answers): `''` (unset) or an absolute http(s) URL.
   * @default ''
   */
  readonly drCallBackUrl?: string;
  /**
   * The former spelling of `moCallBackUrl`, still accepted; giving both is an error.
   * @deprecated spell it `moCallBackUrl`, as the SDK does.
   */
  readonly moCallbackUrl?: string;
  /**
   * The former spelling of `drCallBackUrl`, still accepted; giving both is an error.
   * @deprecated spell it `drCallBackUrl`, as the SDK does.
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
