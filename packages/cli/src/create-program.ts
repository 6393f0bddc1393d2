import type { Command } from 'commander';
import { processIo, type CliIo } from './cli-io';
import { buildProgram } from './internal/build-program';
import { Session } from './internal/session';

/**
 * Builds the commander program of the `acct` command, writing to `io`. Its actions throw
 * the typed errors of acct; {@link run} adds the error messages and exit codes on top, so
 * prefer `run()` unless you want to embed the commands in your own commander program.
 *
 * @param io - Streams and environment. @default {@link processIo}()
 * @returns A commander `Command` named `acct`, configured with `exitOverride()`.
 * @throws Nothing itself; `parseAsync()` on it rejects with a `CommanderError` (usage) or
 *   the acct error of the failed call. Commander's own usage messages are not printed: they
 *   quote the offending argument, which may be a secret; `run()` checks argv first and names a
 *   mistake by its flag or position instead.
 * @example
 * ```ts
 * import { createProgram } from '@acct/cli';
 *
 * const program = createProgram();
 * console.log(program.commands.map((c) => c.name()));
 * // [ 'balance', 'top-up', 'settings', 'secrets', 'emulator', 'tour' ]
 * ```
 */
export function createProgram(io: CliIo = processIo()): Command {
  return buildProgram(new Session(io));
}
