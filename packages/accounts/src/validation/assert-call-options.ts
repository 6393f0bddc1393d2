import type { CallOptions } from '@acct/server-client';
import { checkOptions } from '@acct/http';

const KEYS = ['timeout', 'deadline', 'signal', 'headers', 'idempotent'] as const;

/**
 * Checks the per-call options of a method: `undefined`, or a plain object with only the keys of
 * `CallOptions` (a `Map`, a class instance or a misspelt key is refused with a did-you-mean
 * instead of being ignored). Their values are checked by the transport.
 */
export const assertCallOptions = (options: unknown): CallOptions | undefined =>
  options === undefined
    ? undefined
    : (checkOptions(options, '[@acct/accounts] options', KEYS) as CallOptions);
