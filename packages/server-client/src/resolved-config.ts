import type { FetchLike, ResponseTypes, RetryOptions } from '@acct/http';

/**
 * The fully resolved, frozen configuration of a client, as {@link resolveConfig} returns it and
 * `client.getConfig()` copies it. It never holds a credential.
 *
 * @example
 * ```ts
 * import { resolveConfig } from '@acct/server-client';
 *
 * const config: ResolvedConfig = resolveConfig({ timeout: 5000 });
 * config.restHost; // 'https://rest.nexmo.com'
 * ```
 */
export interface ResolvedConfig {
  /** Base URL of the REST host, without a trailing slash. */
  readonly restHost: string;
  /** Base URL of the API host, without a trailing slash. */
  readonly apiHost: string;
  /** Time limit of one attempt, in milliseconds. */
  readonly timeout: number;
  /** Time limit of one call across attempts and backoff, in milliseconds. */
  readonly deadline: number;
  /** Retry policy, or `false` when retries are off. */
  readonly retry: Readonly<RetryOptions> | false;
  /** The text appended to the User-Agent (`''` for none). */
  readonly appendUserAgent: string;
  /** The full User-Agent header sent with every request. */
  readonly userAgent: string;
  /** How to decode a response whose content type does not say. */
  readonly responseType: ResponseTypes;
  /** The injected fetch, or `undefined` for the default (node-fetch, loaded lazily). */
  readonly fetch: FetchLike | undefined;
  /** The injected agent, or `undefined` before a client creates its keep-alive agent. */
  readonly agent: unknown;
  /** The log hook, or `undefined`. */
  readonly logger: ((line: string) => void) | undefined;
}
