import { ExitCode, type ExitCodeValue } from './exit-code';
import { errorCode } from './internal/error-fields';

/**
 * Maps any failure to the exit code of the `acct` command. Pure: it reads the stable
 * `code` of acct errors (not `instanceof`), so errors from another installed copy of
 * acct map the same way.
 *
 * - usage errors, `ValidationError` and the credential errors of `@acct/auth` → 2
 * - `BalanceBelowMinimumError` → 3
 * - `TimeoutError`, `NetworkError` → 4
 * - every API error (`HttpError` and subclasses) and anything else → 1
 *
 * @param error - Whatever a command threw.
 * @returns The exit code to leave the process with.
 * @example
 * ```ts
 * import { exitCodeFor } from '@acct/cli';
 *
 * exitCodeFor(new Error('boom')); // 1
 * exitCodeFor({ code: 'ACCT_TIMEOUT' }); // 4
 * ```
 */
export function exitCodeFor(error: unknown): ExitCodeValue {
  const code = errorCode(error);
  if (code === undefined) return ExitCode.API_ERROR;
  if (code === 'ACCT_CLI_USAGE' || code === 'ACCT_VALIDATION' || code.startsWith('ACCT_AUTH_')) {
    return ExitCode.USAGE;
  }
  if (code === 'ACCT_CLI_BELOW_MINIMUM') return ExitCode.BELOW_MINIMUM;
  if (code === 'ACCT_TIMEOUT' || code === 'ACCT_NETWORK') return ExitCode.NETWORK;
  return ExitCode.API_ERROR;
}
