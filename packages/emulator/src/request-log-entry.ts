/**
 * One request the emulator served, with credentials redacted: `authorization`, `cookie` and
 * similar headers and `api_secret`, `secret`, `sig`, `token` fields read `[REDACTED]`.
 *
 * @example
 * ```ts
 * import { startEmulator, DEMO_ACCOUNT } from '@acct/emulator';
 *
 * const emulator = await startEmulator();
 * await fetch(`${emulator.url}/account/get-balance?api_key=acct-demo&api_secret=${DEMO_ACCOUNT.apiSecret}`);
 * const [entry] = emulator.requests;
 * console.log(entry!.method, entry!.path, entry!.query.api_secret, entry!.status);
 * // GET /account/get-balance [REDACTED] 200
 * await emulator.close();
 * ```
 */
export interface RequestLogEntry {
  /** The `x-request-id` answered (also the `instance` of a problem body). */
  readonly id: string;
  /** When the request arrived, ISO 8601 with milliseconds. */
  readonly at: string;
  /** Method, upper case. */
  readonly method: string;
  /** Path without the query. */
  readonly path: string;
  /** Query parameters, redacted. */
  readonly query: Readonly<Record<string, string>>;
  /** Request headers, lower-case names, redacted. */
  readonly headers: Readonly<Record<string, string>>;
  /**
   * The body, redacted: form and JSON bodies re-encoded without secret values, an empty
   * string for none, `[N bytes]` for anything else (never the raw bytes, which may hold a
   * secret).
   */
  readonly body: string;
  /** The account the credentials authenticated, `null` if none did. */
  readonly apiKey: string | null;
  /** The status answered, `0` when the connection was dropped. */
  readonly status: number;
  /** Whether an injected fault shaped the answer. */
  readonly fault: boolean;
}
