import { AcctError } from '@acct/server-sdk';

/**
 * A usage error of the `acct` command: a bad flag or argument, missing credentials, a
 * secret that could not be read, or an action that was not confirmed. Exits with code 2.
 *
 * Code: `ACCT_CLI_USAGE`.
 *
 * @example
 * ```ts
 * import { UsageError, exitCodeFor } from '@acct/cli';
 *
 * exitCodeFor(new UsageError('--timeout must be a positive number of milliseconds')); // 2
 * ```
 */
export class UsageError extends AcctError {
  /**
   * @param message - What is wrong and what to pass instead.
   * @param options - An optional underlying `cause`.
   */
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, { code: 'ACCT_CLI_USAGE', cause: options.cause });
  }
}
