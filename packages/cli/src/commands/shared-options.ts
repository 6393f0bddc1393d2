import type { Command } from 'commander';

/** Adds `--secret-stdin` and `--secret <value>` to a command that takes a new secret. */
export function withSecretInput(command: Command): Command {
  return command
    .option('--secret-stdin', 'read the new secret from the first line of stdin')
    .option(
      '--secret <value>',
      'the new secret (discouraged: argv is visible to other users in ps; use --secret-stdin)',
    );
}

/** The option naming the account whose secrets a subcommand works on. */
export const API_KEY_OF = [
  '--api-key-of <key>',
  'the account whose secrets to use (a sub-account key)',
] as const;
