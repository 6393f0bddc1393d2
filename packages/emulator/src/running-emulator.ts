import type { Emulator } from './emulator';
import type { EmulatorSnapshot } from './emulator-snapshot';
import type { InjectOptions } from './inject-options';
import type { RequestLogEntry } from './request-log-entry';

/**
 * A started emulator: its URL and its controls. The methods are bound, so they may be
 * destructured.
 *
 * @example
 * ```ts
 * import { startEmulator } from '@acct/emulator';
 *
 * const { url, inject, close } = await startEmulator();
 * inject({ path: '/account/get-balance', status: 429, headers: { 'retry-after': '1' } });
 * console.log((await fetch(`${url}/account/get-balance`)).status); // 429
 * await close();
 * ```
 */
export interface RunningEmulator {
  /** Base URL, e.g. `http://127.0.0.1:53124`: use it as both restHost and apiHost. */
  readonly url: string;
  /** The port listened on. */
  readonly port: number;
  /** A deep-frozen snapshot of the state, new on each read. */
  readonly state: EmulatorSnapshot;
  /** The last requests (up to 1,000), credentials redacted. */
  readonly requests: readonly RequestLogEntry[];
  /** The core this server serves (share it with `createHandlers({ emulator })`). */
  readonly emulator: Emulator;
  /**
   * Queues a fault (see {@link Emulator.inject}).
   * @param fault - what to match and how to fail.
   */
  inject(fault: InjectOptions): void;
  /** Returns to the seeded state and clears faults and the log (see {@link Emulator.reset}). */
  reset(): void;
  /**
   * Stops listening, ends pending delays and destroys every connection, keep-alive ones
   * included. Calling it again is harmless.
   */
  close(): Promise<void>;
}
