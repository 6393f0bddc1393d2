import type { AccountSeed } from './account-seed';

/**
 * Options of {@link Emulator}.
 *
 * @example
 * ```ts
 * import { Emulator, type EmulatorOptions } from '@acct/emulator';
 *
 * const options: EmulatorOptions = { accounts: [{ apiKey: 'key1', secrets: ['Secret123'] }] };
 * const emulator = new Emulator(options);
 * console.log(Object.keys(emulator.state.accounts)); // [ 'key1' ]
 * ```
 */
export interface EmulatorOptions {
  /**
   * The accounts to start with (and return to on `reset()`).
   * @default one demo account, see DEMO_ACCOUNT
   */
  readonly accounts?: readonly AccountSeed[];
}
