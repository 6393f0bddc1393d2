/**
 * Per-call overrides accepted by the `send*Request` helpers and by every API method.
 *
 * @example
 * ```ts
 * const controller = new AbortController();
 * await accounts.getBalance({ timeout: 2000, signal: controller.signal });
 * ```
 */
export interface CallOptions {
  /**
   * Time limit of one attempt, in milliseconds.
   *
   * @default the client's `timeout` (10000)
   */
  timeout?: number;
  /**
   * Time limit of the call across every attempt and backoff, in milliseconds.
   *
   * @default the client's `deadline` (60000)
   */
  deadline?: number;
  /**
   * Aborts the call (every attempt and backoff) when signalled.
   *
   * @default undefined
   */
  signal?: AbortSignal;
  /**
   * Extra request headers (names are lower-cased). They cannot replace authentication.
   *
   * @default {}
   */
  headers?: Record<string, string>;
  /**
   * Marks the call as safe to repeat although its method is not GET/HEAD/DELETE/OPTIONS.
   * API methods that must never be repeated (top-up, settings, secret creation) force `false`.
   *
   * @default decided by the method
   */
  idempotent?: boolean;
}
