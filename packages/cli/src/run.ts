import { CommanderError } from 'commander';
import { processIo, type CliIo } from './cli-io';
import { UsageError } from './errors/usage-error';
import { ExitCode, type ExitCodeValue } from './exit-code';
import { exitCodeFor } from './exit-code-for';
import { scanArgv, type ArgvScan } from './internal/argv-scan';
import { SECRET_FLAGS } from './internal/secrets-on-argv';
import { buildProgram } from './internal/build-program';
import { reportError } from './internal/error-report';
import { Output } from './internal/output';
import { Session } from './internal/session';

/**
 * Runs the `acct` command with the given arguments and resolves to its exit code; never
 * rejects. Failures are printed on `io.stderr` (never a secret, never a value from argv: a
 * mistake is named by its flag or position), results on `io.stdout`. With `--json` a failure
 * is exactly one line `{"error":{"code","message","status"}}` on stderr. A secret given on
 * argv (`--api-secret`, `--secret`) works, with a warning that other users can see it.
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
  const probe = buildProgram(new Session(io));
  const scan = scanArgv(argv, probe);
  const out = outputFor(io, scan);
  for (const flag of scan.secretFlags) {
    out.warn(
      `${flag} on the command line is visible to other users of this machine (ps) and stays ` +
        `in your shell history: ${SECRET_FLAGS[flag] ?? ''}`,
    );
  }
  const where = { path: scan.path, given: scan.given };
  if (scan.error !== undefined) {
    if (scan.missingCommand !== undefined && !scan.json) {
      io.stderr.write(scan.missingCommand.helpInformation());
    }
    out.report({ ...reportError(scan.error, where), hint: helpHint(scan) });
    return ExitCode.USAGE;
  }
  const session = new Session(io, out);
  try {
    await buildProgram(session).parseAsync(scan.argv, { from: 'user' });
    return ExitCode.OK;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return ExitCode.OK;
      // scanArgv lets nothing through that commander refuses; should it, say so without
      // commander's message, which quotes the argument
      out.report(reportError(new UsageError('the arguments could not be parsed'), where));
      return ExitCode.USAGE;
    }
    out.report(reportError(error, where));
    return exitCodeFor(error);
  } finally {
    session.end();
  }
}

/** The output of the run: colour and JSON mode from the flags, every argv secret protected. */
function outputFor(io: CliIo, scan: ArgvScan): Output {
  const color = !scan.noColor && (io.env.NO_COLOR ?? '') === '' && io.env.TERM !== 'dumb';
  const out = new Output(io, color, scan.json);
  for (const value of scan.secretValues) out.protect(value);
  out.protect(io.env.ACCT_API_SECRET);
  return out;
}

function helpHint(scan: ArgvScan): string {
  return `run \`${['acct', ...scan.path, '--help'].join(' ')}\` for usage`;
}
