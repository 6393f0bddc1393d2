import type { AccountSeed } from './account-seed';
import type { Emulator } from './emulator';
import type { MswHttp } from './msw-http';

/**
 * Options of {@link createHandlers}.
 *
 * @example
 * ```ts
 * import { http } from 'msw';
 * import { setupServer } from 'msw/node';
 * import { createHandlers, Emulator, type CreateHandlersOptions } from '@acct/emulator';
 *
 * const emulator = new Emulator();
 * const options: CreateHandlersOptions<ReturnType<typeof http.all>> = { http, emulator };
 * const server = setupServer(...createHandlers(options));
 * ```
 */
export interface CreateHandlersOptions<H> {
  /** msw's `http` namespace: `import { http } from 'msw'`. */
  readonly http: MswHttp<H>;
  /**
   * Base URL of the balance, top-up and settings endpoints.
   * @default 'https://rest.nexmo.com'
   */
  readonly restHost?: string;
  /**
   * Base URL of the secrets endpoints.
   * @default 'https://api.nexmo.com'
   */
  readonly apiHost?: string;
  /**
   * The core to serve: share one to read its `state`, `inject` faults or `reset()` it, or to
   * serve the same state as a running {@link startEmulator} (`running.emulator`).
   * @default a new Emulator seeded with `accounts`
   */
  readonly emulator?: Emulator;
  /**
   * Accounts to seed (ignored when `emulator` is given).
   * @default the demo account, see DEMO_ACCOUNT
   */
  readonly accounts?: readonly AccountSeed[];
}
