import type { Command } from 'commander';
import { closestName } from '@acct/server-sdk';

/** The flags whose value is a secret, each with the alternative that keeps it off argv. */
export const SECRET_FLAGS: Readonly<Record<string, string>> = Object.freeze({
  '--api-secret': 'set ACCT_API_SECRET in the environment instead',
  '--secret': 'use --secret-stdin or the hidden prompt instead',
});

/** The secret flags found on argv, and their values. */
export interface SecretsOnArgv {
  /** The secret flags given (a mistyped one as the flag it is closest to), once each. */
  flags: string[];
  /** Their values, to be scrubbed from every output line. */
  values: string[];
}

/**
 * Finds every secret flag on argv and its value, whatever else is wrong with argv: the
 * warning is printed and the value kept out of every output line even when parsing fails. A
 * mistyped secret flag (`--api-secrt=...`) counts as the flag it is closest to.
 */
export function secretsOnArgv(argv: readonly string[], program: Command): SecretsOnArgv {
  const found: SecretsOnArgv = { flags: [], values: [] };
  const known = allLongFlags(program);
  const secretFlags = Object.keys(SECRET_FLAGS);
  for (let i = 0; i < argv.length; i += 1) {
    const token = argv[i] ?? '';
    if (token === '--') return found;
    if (!token.startsWith('--')) continue;
    const eq = token.indexOf('=');
    const name = eq === -1 ? token : token.slice(0, eq);
    const flag = Object.hasOwn(SECRET_FLAGS, name)
      ? name
      : known.includes(name)
        ? undefined
        : closestName(name, secretFlags);
    if (flag === undefined) continue;
    const value = eq === -1 ? argv[i + 1] : token.slice(eq + 1);
    if (eq === -1) i += 1;
    if (!found.flags.includes(flag)) found.flags.push(flag);
    if (value !== undefined && value !== '') found.values.push(value);
  }
  return found;
}

/** Every long flag of the program and its commands. */
function allLongFlags(program: Command): string[] {
  const commands = [program, ...program.commands.flatMap((c) => [c, ...c.commands])];
  return commands.flatMap((c) => c.options.map((o) => o.long ?? '')).filter((l) => l !== '');
}
