/**
 * The exit codes of the `acct` command, one per kind of outcome, so a script can branch
 * on `$?` without parsing any message.
 *
 * | code | meaning |
 * | ---- | ------- |
 * | 0 | success |
 * | 1 | API error (the service answered with an error status) |
 * | 2 | usage error (bad flag, missing credentials, invalid input, not confirmed) |
 * | 3 | balance below `--min` |
 * | 4 | network error or timeout |
 *
 * @example
 * ```ts
 * import { ExitCode, run } from '@acct/cli';
 *
 * const code = await run(['balance', '--min', '5']);
 * if (code === ExitCode.BELOW_MINIMUM) console.log('top up before the campaign');
 * ```
 */
export const ExitCode = Object.freeze({
  /** Success. */
  OK: 0,
  /** The API answered with an error (status, title, detail and a hint are printed). */
  API_ERROR: 1,
  /** Usage error: a bad flag or argument, missing credentials, invalid input, not confirmed. */
  USAGE: 2,
  /** `acct balance --min <eur>`: the balance is below the minimum. */
  BELOW_MINIMUM: 3,
  /** The service could not be reached, or did not answer in time. */
  NETWORK: 4,
} as const);

/**
 * One of the values of {@link ExitCode}: `0 | 1 | 2 | 3 | 4`.
 *
 * @example
 * ```ts
 * import { ExitCode, exitCodeFor, type ExitCodeValue } from '@acct/cli';
 *
 * function describe(code: ExitCodeValue): string {
 *   return code === ExitCode.OK ? 'ok' : code === ExitCode.NETWORK ? 'retry later' : 'check the error';
 * }
 * console.log(describe(exitCodeFor({ code: 'ACCT_TIMEOUT' }))); // 'retry later'
 * ```
 */
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];
