import type { HttpOptions } from '@acct/http';

/**
 * Settings of a `Client`: the transport options of `@acct/http` (`timeout`, `deadline`,
 * `retry`, `responseType`, `fetch`, `agent`, `logger`, same names, same checks, same
 * defaults) plus the hosts and the User-Agent suffix. Each is checked when the client is
 * built; an unknown key is refused with a did-you-mean.
 *
 * @example
 * ```ts
 * import { Client, type ConfigParams } from '@acct/server-client';
 *
 * const options: ConfigParams = { restHost: 'http://127.0.0.1:4010', timeout: 5000, retry: false };
 * const client = new Client({ apiKey: 'KEY', apiSecret: 'SECRET' }, options);
 * console.log(client.getConfig().restHost);
 * ```
 */
export interface ConfigParams extends Pick<
  HttpOptions,
  'timeout' | 'deadline' | 'retry' | 'responseType' | 'fetch' | 'agent' | 'logger'
> {
  /**
   * Host of balance, top-up and settings: an absolute http(s) URL without query or fragment.
   *
   * @default process.env.ACCT_REST_HOST, else 'https://rest.nexmo.com'
   */
  restHost?: string;
  /**
   * Host of the secrets API: an absolute http(s) URL without query or fragment.
   *
   * @default process.env.ACCT_API_HOST, else 'https://api.nexmo.com'
   */
  apiHost?: string;
  /**
   * Appended to the User-Agent (`acct-node/<version> node/<version> <this>`): printable
   * Latin-1, at most 200 characters.
   *
   * @default ''
   */
  appendUserAgent?: string;
}
