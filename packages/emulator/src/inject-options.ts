/**
 * A fault to script on a route: {@link Emulator.inject} queues it, and the next `times`
 * requests matching `method` and `path` get it instead of (or, with `commit`, after) normal
 * handling.
 *
 * @example
 * ```ts
 * import { startEmulator } from '@acct/emulator';
 *
 * const emulator = await startEmulator();
 * emulator.inject({ method: 'GET', path: '/account/get-balance', status: 503, headers: { 'retry-after': '1' } });
 * emulator.inject({ path: '/account/top-up', dropConnection: true });
 * emulator.inject({ path: '/accounts/{api_key}/secrets', status: 429, times: 2 });
 * await emulator.close();
 * ```
 */
export interface InjectOptions {
  /**
   * HTTP method to match (any case).
   * @default every method
   */
  readonly method?: string;
  /**
   * Path to match: exact (`/account/top-up`) or a template whose `{name}` segments match any
   * value (`/accounts/{api_key}/secrets`). The query string is ignored.
   */
  readonly path: string;
  /**
   * Status to answer with. Without it, the fault only delays, drops, or adds headers to the
   * normal answer.
   * @default the normal answer's status
   */
  readonly status?: number;
  /**
   * Headers added to the answer (e.g. `{ 'retry-after': '2' }`).
   * @default {}
   */
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * Body of the answer when `status` is set: a string as is, anything else as JSON.
   * @default the endpoint family's error body for `status`
   */
  readonly body?: unknown;
  /**
   * Wait this long before answering (a hang, when large).
   * @default 0
   */
  readonly delayMs?: number;
  /**
   * Destroy the connection instead of answering (after `delayMs`).
   * @default false
   */
  readonly dropConnection?: boolean;
  /**
   * Apply the request to the state first, then answer with the fault: a top-up that charged
   * but whose answer was lost.
   * @default false
   */
  readonly commit?: boolean;
  /**
   * How many matching requests get this fault before the next one queued on the route.
   * @default 1
   */
  readonly times?: number;
}
