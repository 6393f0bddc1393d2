declare const __ACCT_VERSION__: string;

/**
 * The User-Agent acct sends: `acct-node/<package version> node/<node version>`, followed by
 * `appendUserAgent` after a space when it is not empty. The package version is written in at
 * build time.
 *
 * @param appendUserAgent - Text to add at the end, such as `my-app/1.0`. Defaults to `''`.
 * @returns The header value.
 * @example
 * ```ts
 * import { userAgent } from '@acct/server-client';
 *
 * userAgent('billing/2.0'); // 'acct-node/0.1.0 node/v20.19.0 billing/2.0'
 * ```
 */
export function userAgent(appendUserAgent = ''): string {
  const base = `acct-node/${__ACCT_VERSION__} node/${process.version}`;
  return appendUserAgent === '' ? base : `${base} ${appendUserAgent}`;
}
