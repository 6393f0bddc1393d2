import type { HttpOptions } from '@acct/http';

/**
 * Per-call overrides of the `send*Request` helpers, checked like the options of
 * `@acct/http` (`timeout`, `deadline`, `signal`, `headers`, `idempotent`).
 *
 * @example
 * ```ts
 * import { Client, type CallOptions } from '@acct/server-client';
 *
 * const client = new Client({ apiKey: 'KEY', apiSecret: 'SECRET' });
 * const options: CallOptions = { timeout: 2000, signal: AbortSignal.timeout(5000) };
 * await client.sendGetRequest('https://rest.nexmo.com/account/get-balance', undefined, options);
 * ```
 */
export type CallOptions = Pick<
  HttpOptions,
  'timeout' | 'deadline' | 'signal' | 'headers' | 'idempotent'
>;
