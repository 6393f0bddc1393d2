import { CommanderError } from 'commander';
import { processIo, type CliIo } from './cli-io';
import { ExitCode, type ExitCodeValue } from './exit-code';
import { exitCodeFor } from './exit-code-for';
import { formatError } from './format-error';
import { buildProgram } from './internal/build-program';
import { Output } from './internal/output';
import { Session } from './internal/session';

/**
 * Runs the `acct` command with the given arguments and resolves to its exit code; never
 * rejects. Failures are printed on `io.stderr` (never a secret), results on `io.stdout`.
 *
 * @param argv - The arguments after the program name, e.g. `['balance', '--min', '5']`.
 * @param io - Streams and environment. @default {@link processIo}()
 * @returns The exit code: see {@link ExitCode}.
 * @example
 * ```ts
 * import { run } from '@acct/cli';
 *
 * const code = await run(['balance', '--json'], {
 *   stdin: process.stdin,
 *   stdout: process.stdout,
 *   stderr: process.stderr,
 *   env: { ...process.env, ACCT_API_KEY: 'acct-demo', ACCT_API_SECRET: 'Demo1Secret' },
 * });
 * ```
 */
export async function run(
  argv: readonly string[],
  io: CliIo = processIo(),
): Promise<ExitCodeValue> {
  const session = new Session(io);
  try {
    await buildProgram(session).parseAsync([...argv], { from: 'user' });
    return ExitCode.OK;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? ExitCode.OK : ExitCode.USAGE;
    }
    const out = session.context?.out ?? new Output(io, false);
    out.error(formatError(error));
    return exitCodeFor(error);
  } finally {
    session.end();
  }
}
