import type { AccountSeed } from './account-seed';
import type { Emulator } from './emulator';

/**
 * Options of {@link startEmulator}.
 *
 * @example
 * ```ts
 * import { startEmulator, type StartEmulatorOptions } from '@acct/emulator';
 *
 * const options: StartEmulatorOptions = {
 *   port: 0,
 *   accounts: [{ apiKey: 'key1', secrets: ['Secret123'], autoReload: false }],
 * };
 * const emulator = await startEmulator(options);
 * await emulator.close();
 * ```
 */
export interface StartEmulatorOptions {
  /**
   * TCP port; `0` picks a free one (read it from `url`).
   * @default 0
   */
  readonly port?: number;
  /**
   * Interface to listen on.
   * @default '127.0.0.1'
   */
  readonly host?: string;
  /**
   * Accounts to seed (ignored when `emulator` is given).
   * @default the demo account, see DEMO_ACCOUNT
   */
  readonly accounts?: readonly AccountSeed[];
  /**
   * An existing core to serve (e.g. one also behind msw handlers).
   * @default a new Emulator seeded with `accounts`
   */
  readonly emulator?: Emulator;
  /**
   * Milliseconds a client may take to send the request headers.
   * @default 10000
   */
  readonly headersTimeout?: number;
  /**
   * Milliseconds a client may take to send a whole request.
   * @default 30000
   */
  readonly requestTimeout?: number;
  /**
   * Milliseconds an idle keep-alive connection stays open.
   * @default 5000
   */
  readonly keepAliveTimeout?: number;
}
