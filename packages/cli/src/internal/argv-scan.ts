import type { Command, Option } from 'commander';
import { UsageError } from '../errors/usage-error';
import { describeArguments, unknownCommand, unknownOption } from './argv-messages';
import { secretsOnArgv } from './secrets-on-argv';

/** What the arguments of one run ask for, found before commander parses them. */
export interface ArgvScan {
  /** `--json` was given (errors are then printed as one JSON object). */
  json: boolean;
  /** `--no-color` was given. */
  noColor: boolean;
  /** The names of the command and subcommand, e.g. `['secrets', 'create']`. */
  path: string[];
  /** Every long flag given, with the position (1-based) where it was given. */
  given: Map<string, number>;
  /** The secret flags given on argv, in order (once each). */
  secretFlags: string[];
  /** Their values, to be scrubbed from every output line. */
  secretValues: string[];
  /** The arguments to hand to commander (`-V` spelt `-v`). */
  argv: string[];
  /** `--help`, `-h` or the `help` command was given: commander prints the help. */
  help: boolean;
  /** The first mistake found, as a message that holds no value from argv. */
  error?: UsageError;
  /** The mistake is that no command was given: the help of `command` is worth showing. */
  missingCommand?: Command;
}

const HELP_FLAGS = new Set(['-h', '--help']);

/**
 * Checks `argv` against the commands and options of `program` before commander parses it,
 * so every mistake is reported by the option's name or the argument's position, never by a
 * value: an unknown or misplaced option, an option missing its value (a following flag is
 * never taken as the value), a value given to a flag that takes none, an option given twice,
 * an unknown command, a stray argument, a missing argument or a missing required option.
 */
export function scanArgv(argv: readonly string[], program: Command): ArgvScan {
  const scan: ArgvScan = {
    json: false,
    noColor: false,
    path: [],
    given: new Map(),
    secretFlags: [],
    secretValues: [],
    argv: [...argv],
    help: false,
  };
  const secrets = secretsOnArgv(argv, program);
  scan.secretFlags = secrets.flags;
  scan.secretValues = secrets.values;
  let command = program;
  let version = false;
  let visible = [...program.options];
  let operands = 0;
  let helpCommand = false;
  let dashDash = false;
  const fail = (message: string): ArgvScan => {
    scan.error ??= new UsageError(message);
    return scan;
  };
  for (let i = 0; i < argv.length; i += 1) {
    const token = argv[i] ?? '';
    const at = `argument ${i + 1}`;
    if (!dashDash && token === '--') {
      dashDash = true;
      continue;
    }
    if (!dashDash && token.startsWith('-') && token !== '-') {
      const eq = token.startsWith('--') ? token.indexOf('=') : -1;
      const name = eq === -1 ? token : token.slice(0, eq);
      if (HELP_FLAGS.has(name) && eq === -1) {
        scan.help = true;
        continue;
      }
      if (name === '-V') scan.argv[i] = '-v';
      const option = findOption(visible, name === '-V' ? '-v' : name);
      if (option === undefined) return fail(unknownOption(name, at, visible, program));
      const long = option.long ?? name;
      if (option.required || option.optional) {
        if (eq === -1) {
          const next = argv[i + 1];
          if (next === undefined || isKnownOption(next, visible)) {
            return fail(`${long} needs a value (${at}): ${option.flags}`);
          }
          i += 1;
        }
        const first = scan.given.get(long);
        if (first !== undefined) {
          return fail(`${long} is given twice (arguments ${first} and ${i + 1}): pass it once`);
        }
      } else if (eq !== -1) {
        return fail(`${long} takes no value (${at}): pass ${long} alone`);
      }
      scan.given.set(long, i + 1);
      if (long === '--json') scan.json = true;
      if (long === '--version') version = true;
      if (long === '--no-color') scan.noColor = true;
      continue;
    }
    if (command.commands.length > 0) {
      if (token === 'help' && !helpCommand) {
        helpCommand = true;
        scan.help = true;
        continue;
      }
      const sub = command.commands.find((c) => c.name() === token || c.aliases().includes(token));
      if (sub === undefined) return fail(unknownCommand(command, at, token));
      command = sub;
      scan.path.push(sub.name());
      visible = [...visible, ...sub.options];
      continue;
    }
    operands += 1;
    const expected = command.registeredArguments;
    if (operands > expected.length && !expected.some((a) => a.variadic)) {
      return fail(
        `unexpected ${at}: \`${commandName(scan.path)}\` takes ${describeArguments(command)}`,
      );
    }
  }
  if (scan.help || version) return scan;
  if (command.commands.length > 0) {
    scan.missingCommand = command;
    const names = command.commands.map((c) => c.name()).join(', ');
    return fail(`\`${commandName(scan.path)}\` needs a command: one of ${names}`);
  }
  const missing = command.registeredArguments[operands];
  if (missing?.required === true) {
    return fail(`\`${commandName(scan.path)}\` needs <${missing.name()}>`);
  }
  const required = command.options.find((o) => o.mandatory && !scan.given.has(o.long ?? ''));
  if (required !== undefined) {
    return fail(`\`${commandName(scan.path)}\` needs ${required.flags}`);
  }
  return scan;
}

/** `acct`, `acct balance`, `acct secrets create`. */
export function commandName(path: readonly string[]): string {
  return ['acct', ...path].join(' ');
}

function findOption(options: readonly Option[], name: string): Option | undefined {
  return options.find((o) => o.long === name || o.short === name);
}

/** True when `token` is a flag the command knows (so it is never taken as a value). */
function isKnownOption(token: string, visible: readonly Option[]): boolean {
  if (!token.startsWith('-') || token === '-') return false;
  if (token === '--' || HELP_FLAGS.has(token)) return true;
  const eq = token.startsWith('--') ? token.indexOf('=') : -1;
  const name = eq === -1 ? token : token.slice(0, eq);
  return findOption(visible, name === '-V' ? '-v' : name) !== undefined;
}
