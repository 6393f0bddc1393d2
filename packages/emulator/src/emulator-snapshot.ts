/**
 * A secret as the snapshot shows it: its id and creation time, never the secret or its hash.
 *
 * @example
 * ```ts
 * import { startEmulator } from '@acct/emulator';
 *
 * const emulator = await startEmulator();
 * const [secret] = emulator.state.accounts['acct-demo']!.secrets;
 * console.log(secret!.id, secret!.createdAt); // a UUID, e.g. 2018-12-03T10:07:23Z
 * await emulator.close();
 * ```
 */
export interface SecretSnapshot {
  /** The secret's id (a UUID). */
  readonly id: string;
  /** When it was created, ISO 8601 without milliseconds (`2018-12-03T10:07:23Z`). */
  readonly createdAt: string;
}

/**
 * One account as the snapshot shows it.
 *
 * @example
 * ```ts
 * import { startEmulator } from '@acct/emulator';
 *
 * const emulator = await startEmulator();
 * const demo = emulator.state.accounts['acct-demo']!;
 * console.log(demo.balance, demo.autoReload); // 10.5 true
 * await emulator.close();
 * ```
 */
export interface AccountSnapshot {
  /** The account's API key. */
  readonly apiKey: string;
  /** The primary account's key for a sub-account, `null` for a primary account. */
  readonly primaryApiKey: string | null;
  /** Keys of this account's sub-accounts, in seeding order. */
  readonly subAccounts: readonly string[];
  /** Balance in EUR. */
  readonly balance: number;
  /** Whether auto-reload is enabled. */
  readonly autoReload: boolean;
  /** EUR added by each accepted top-up. */
  readonly topUpAmount: number;
  /** Inbound SMS webhook URL (`mo-callback-url` on the wire, as the SDK spells it); `''` when unset. */
  readonly moCallBackUrl: string;
  /** Delivery receipt webhook URL (`dr-callback-url` on the wire); `''` when unset. */
  readonly drCallBackUrl: string;
  /**
   * The same value as `moCallBackUrl`, under its former spelling.
   * @deprecated read `moCallBackUrl`, the SDK's spelling; this alias goes in the next minor.
   */
  readonly moCallbackUrl: string;
  /**
   * The same value as `drCallBackUrl`, under its former spelling.
   * @deprecated read `drCallBackUrl`, the SDK's spelling; this alias goes in the next minor.
   */
  readonly drCallbackUrl: string;
  /** `max-outbound-request`. */
  readonly maxOutboundRequest: number;
  /** `max-inbound-request`. */
  readonly maxInboundRequest: number;
  /** `max-calls-per-second`. */
  readonly maxCallsPerSecond: number;
  /** The account's current secrets, oldest first. */
  readonly secrets: readonly SecretSnapshot[];
}

/**
 * One accepted top-up (a charge). Count them to prove a top-up was never sent twice.
 *
 * @example
 * ```ts
 * import { startEmulator } from '@acct/emulator';
 *
 * const emulator = await startEmulator();
 * console.log(emulator.state.topUps.length); // 0
 * await emulator.close();
 * ```
 */
export interface TopUpRecord {
  /** The account charged. */
  readonly apiKey: string;
  /** The `trx` reference the request carried. */
  readonly trx: string;
  /** EUR added. */
  readonly amount: number;
  /** Balance after the top-up, in EUR. */
  readonly balance: number;
  /** When it was accepted, ISO 8601 without milliseconds. */
  readonly at: string;
}

/**
 * A deep-frozen copy of the emulator's state at the moment it was read.
 *
 * @example
 * ```ts
 * import { startEmulator } from '@acct/emulator';
 *
 * const emulator = await startEmulator();
 * const { accounts, topUps } = emulator.state;
 * console.log(Object.keys(accounts), topUps.length); // [ 'acct-demo' ] 0
 * await emulator.close();
 * ```
 */
export interface EmulatorSnapshot {
  /** Every account, primary and sub-account, by API key. */
  readonly accounts: Readonly<Record<string, AccountSnapshot>>;
  /** Every accepted top-up, oldest first. */
  readonly topUps: readonly TopUpRecord[];
}
