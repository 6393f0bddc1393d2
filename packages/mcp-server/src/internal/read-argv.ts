import { AcctMcpConfigError } from '../errors/acct-mcp-config-error';
import { isPrintableName } from './printable-name';

/** One flag `acct-mcp` knows. */
export interface FlagSpec {
  /** `true` for `--flag <value>` / `--flag=<value>`, `false` for a switch. */
  readonly takesValue: boolean;
  /** One-letter alias (`h` for `-h`). */
  readonly short?: string;
}

/** A flag found on the command line: its value (switches have none) and its position (1-based). */
export interface FoundFlag {
  readonly value?: string;
  readonly position: number;
}

const fail = (message: string): never => {
  throw new AcctMcpConfigError(
    `[@acct/mcp-server] ${message}. Run acct-mcp --help for the options`,
  );
};

/**
 * An option name as it may be printed: a short identifier the secret rules would refuse (so it
 * cannot be a secret pasted in the wrong place); anything else by position only.
 *
 * @param name - The option as typed, without `=value`.
 * @param position - Its 1-based position on the command line.
 * @returns How a message names it.
 */
export function showOption(name: string, position: number): string {
  return /^--?[^-]/.test(name) && isPrintableName(name.replace(/^--?/, ''))
    ? `${name} (argument ${position})`
    : `the option at argument ${position} (its name is not shown: it may hold a secret)`;
}

/**
 * Reads `argv` against the known flags. Messages name a flag and a position, never a value: a
 * value or a stray argument may be a secret typed in the wrong place.
 *
 * @param argv - The arguments after the script.
 * @param specs - The known flags by long name.
 * @returns Each flag found, by long name.
 * @throws {@link AcctMcpConfigError} on a positional argument, an unknown option, a flag given
 *   twice, a switch given a value, or a value-taking flag without one.
 */
export function readArgv(
  argv: readonly string[],
  specs: Readonly<Record<string, FlagSpec>>,
): Record<string, FoundFlag> {
  const found: Record<string, FoundFlag> = {};
  const byShort = new Map(
    Object.entries(specs).flatMap(([long, spec]) => (spec.short ? [[`-${spec.short}`, long]] : [])),
  );
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const position = i + 1;
    if (arg === '--' || !arg.startsWith('-') || arg === '-') {
      fail(`unexpected argument at position ${position}: acct-mcp takes no positional arguments`);
    }
    const eq = arg.indexOf('=');
    const typed = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const long = typed.startsWith('--') ? typed.slice(2) : byShort.get(typed);
    const spec = long === undefined ? undefined : specs[long];
    if (long === undefined || spec === undefined) {
      return fail(`unknown option ${showOption(typed, position)}`);
    }
    if (found[long] !== undefined) fail(`--${long} is given twice (argument ${position})`);
    if (!spec.takesValue) {
      if (typed !== arg) fail(`--${long} takes no value (argument ${position})`);
      found[long] = { position };
      continue;
    }
    if (typed !== arg) {
      found[long] = { value: arg.slice(eq + 1), position };
      continue;
    }
    const next = argv[i + 1];
    if (next === undefined) fail(`--${long} needs a value (argument ${position} is the last)`);
    if (next!.startsWith('-') && next !== '-') {
      fail(
        `--${long} needs a value, and argument ${position + 1} is an option: ` +
          `write --${long}=<value> for a value that starts with "-"`,
      );
    }
    found[long] = { value: next!, position };
    i += 1;
  }
  return found;
}
