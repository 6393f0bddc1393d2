/**
 * A request as the emulator's core sees it: what both adapters (node:http and msw) hand to
 * {@link Emulator.handle}.
 *
 * @example
 * ```ts
 * import { Emulator, type EmulatorRequest } from '@acct/emulator';
 *
 * const request: EmulatorRequest = {
 *   method: 'GET',
 *   url: '/account/get-balance?api_key=acct-demo&api_secret=Demo1Secret',
 *   headers: {},
 * };
 * const response = await new Emulator().handle(request);
 * console.log(response.status, response.body); // 200 {"value":10.5,"autoReload":true}
 * ```
 */
export interface EmulatorRequest {
  /** HTTP method, any case. */
  readonly method: string;
  /** Path and query as sent (`/account/get-balance?api_key=...`); an absolute URL also works. */
  readonly url: string;
  /** Request headers; names in any case. */
  readonly headers: Readonly<Record<string, string | readonly string[] | undefined>>;
  /**
   * The raw body.
   * @default no body
   */
  readonly body?: Uint8Array | string;
  /**
   * Set by an adapter that stopped reading a body over 1 MiB: the core answers 413.
   * @default false
   */
  readonly bodyTooLarge?: boolean;
}

/**
 * What the core answers: an adapter writes it as is, or drops the connection.
 *
 * @example
 * ```ts
 * import { Emulator } from '@acct/emulator';
 *
 * const response = await new Emulator().handle({ method: 'GET', url: '/nope', headers: {} });
 * console.log(response.status, response.headers['content-type']); // 404 application/problem+json
 * ```
 */
export interface EmulatorResponse {
  /** HTTP status; `0` when the connection is to be dropped. */
  readonly status: number;
  /** Response headers, lower-case names; always `x-request-id`. */
  readonly headers: Readonly<Record<string, string>>;
  /** Response body text (`''` for none). */
  readonly body: string;
  /** When true the adapter destroys the connection instead of answering (an injected fault). */
  readonly dropConnection: boolean;
}
