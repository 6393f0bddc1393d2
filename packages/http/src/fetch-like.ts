/**
 * The part of a WHATWG `Headers` object that {@link request} reads.
 *
 * @example
 * ```ts
 * const headers: FetchHeadersLike = new Headers({ 'content-type': 'application/json' });
 * ```
 */
export interface FetchHeadersLike {
  /** Returns the value of one header, or `null`. */
  get(name: string): string | null;
  /** Calls `callback` once per header with its lower-case name. */
  forEach(callback: (value: string, name: string) => void): void;
}

/**
 * The part of a WHATWG `Response` that {@link request} reads.
 *
 * @example
 * ```ts
 * const res: FetchResponseLike = await fetch('https://example.com');
 * ```
 */
export interface FetchResponseLike {
  /** HTTP status code. */
  status: number;
  /** HTTP status text (may be empty with HTTP/2). */
  statusText: string;
  /** Response headers. */
  headers: FetchHeadersLike;
  /** Reads the whole body as text. */
  text(): Promise<string>;
}

/**
 * A WHATWG-compatible fetch (node-fetch 3, the global fetch, undici).
 *
 * `request()` calls it with `{ method, headers, body, signal, agent }`: an implementation
 * that does not know `agent` (global fetch, undici) ignores it.
 *
 * @example
 * ```ts
 * import { request, type FetchLike } from '@acct/http';
 *
 * const fetchLike: FetchLike = (url, init) => fetch(url, init);
 * await request({ url: 'https://example.com' }, { fetch: fetchLike });
 * ```
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type FetchLike = (url: string, init?: any) => Promise<FetchResponseLike>;
