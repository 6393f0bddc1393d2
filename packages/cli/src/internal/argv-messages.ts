import type { Command, Option } from 'commander';
import { closestName } from '@acct/server-sdk';
import { showOptionName } from './names';

/** The message of an unknown option: its name only when it may be printed, and where it is. */
export function unknownOption(
  name: string,
  at: string,
  visible: readonly Option[],
  program: Command,
): string {
  const shown = showOptionName(name);
  const subject =
    shown === undefined ? `unknown option (${at})` : `unknown option ${shown} (${at})`;
  const elsewhere = program.commands
    .flatMap((c) => [c, ...c.commands])
    .filter((c) => c.options.some((o) => o.long === name || o.short === name));
  if (elsewhere.length > 0) {
    const owners = elsewhere.map((c) => `\`acct ${fullName(c)}\``).join(', ');
    return `${subject}: it is an option of ${owners}; put it after the command`;
  }
  const longs = visible.map((o) => o.long).filter((l): l is string => l !== undefined);
  const suggestion = name.startsWith('--') ? closestName(name, longs) : undefined;
  return suggestion === undefined
    ? `${subject}: run \`acct --help\` for the options`
    : `${subject}: did you mean ${suggestion}?`;
}

/** The message of an unknown command: its position and the commands there are. */
export function unknownCommand(command: Command, at: string, token: string): string {
  const names = command.commands.map((c) => c.name());
  const parent = fullName(command);
  const prefix = parent === '' ? 'acct' : `acct ${parent}`;
  const suggestion = closestName(token, names);
  return suggestion === undefined
    ? `unknown command (${at}): \`${prefix}\` has ${names.join(', ')}`
    : `unknown command (${at}): did you mean \`${prefix} ${suggestion}\`?`;
}

/** `secrets create` for the create command; '' for the program. */
export function fullName(command: Command | undefined): string {
  const names: string[] = [];
  for (let c = command; c?.parent != null; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/** `no arguments`, `<id> only`. */
export function describeArguments(command: Command): string {
  const args = command.registeredArguments;
  if (args.length === 0) return 'no arguments';
  return args.map((a) => `<${a.name()}>`).join(' ') + ' only';
}
