import type { HttpOptions, RetryOptions } from '@acct/http';

/**
 * A `Client`'s settings with every default filled in (what `getConfig()` returns). It holds
 * no credential.
 *
 * @example
 * ```ts
 * import { Client, type ResolvedConfig } from '@acct/server-client';
 *
 * const config: ResolvedConfig = new Client({ apiKey: 'KEY', apiSecret: 'SECRET' }).getConfig();
 * console.log(config.restHost, config.timeout, config.userAgent);
 * ```
 */
export interface ResolvedConfig {
  readonly restHost: string;
  readonly apiHost: string;
  readonly timeout: number;
  readonly deadline: number;
  readonly retry: Readonly<Required<RetryOptions>> | false;
  readonly appendUserAgent: string;
  /** `acct-node/<version> node/<version>` plus `appendUserAgent`. */
  readonly userAgent: string;
  readonly responseType: NonNullable<HttpOptions['responseType']>;
  readonly fetch: HttpOptions['fetch'];
  readonly agent: unknown;
  readonly logger: HttpOptions['logger'];
}
