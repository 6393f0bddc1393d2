import { HTTP_DEFAULTS } from '@acct/http';

/**
 * The defaults of {@link ConfigParams}: `HTTP_DEFAULTS` of `@acct/http` extended with the
 * hosts (used when neither the option nor `ACCT_REST_HOST`/`ACCT_API_HOST` is set).
 *
 * @example
 * ```ts
 * import { Client, CONFIG_DEFAULTS } from '@acct/server-client';
 *
 * const client = new Client({ apiKey: 'KEY', apiSecret: 'SECRET' }, { timeout: CONFIG_DEFAULTS.timeout / 2 });
 * console.log(client.getConfig().timeout); // 5000
 * ```
 */
export const CONFIG_DEFAULTS = Object.freeze({
  ...HTTP_DEFAULTS,
  restHost: 'https://rest.nexmo.com',
  apiHost: 'https://api.nexmo.com',
  appendUserAgent: '',
});
