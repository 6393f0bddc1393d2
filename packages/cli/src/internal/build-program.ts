import { Command } from 'commander';
import { registerBalanceCommand } from '../commands/balance';
import { registerEmulatorCommand } from '../commands/emulator';
import { registerSecretsCommand } from '../commands/secrets';
import { registerSettingsCommand } from '../commands/settings';
import { registerTopUpCommand } from '../commands/top-up';
import { registerTourCommand } from '../commands/tour';
import type { Session } from './session';
import { VERSION } from './version';

const MORE_HELP = `
Examples:
  $ acct tour                                   walk through the SDK against a local emulator
  $ acct balance --min 25                       exit 3 when below 25 EUR
  $ acct --json secrets list | jq '._embedded.secrets[].id'

Environment (a flag wins over its variable):
  ACCT_API_KEY        --api-key
  ACCT_API_SECRET     --api-secret (prefer the variable: argv is visible to other users in ps)
  ACCT_REST_HOST      --rest-host
  ACCT_API_HOST       --api-host
  NO_COLOR            --no-color
  A new secret (secrets create/rotate): --secret-stdin or the hidden prompt, not --secret.

Errors:
  one sentence on stderr naming the flag or command to change; with --json, every stderr
  line is a JSON object and a failure is exactly one {"error":{"code","message","status"}}

Exit codes:
  0 success   1 API error   2 usage error   3 balance below --min   4 network error or timeout
`;

/** Builds the commander program of one session (commands, global options, output). */
export function buildProgram(session: Session): Command {
  const { io } = session;
  const program = new Command('acct')
    .description('The Account API from your shell: balance, top-up, settings, API secrets.')
    .version(VERSION, '-v, --version', 'print the version (also -V)')
    .option('--api-key <key>', 'API key (or: ACCT_API_KEY)')
    .option(
      '--api-secret <secret>',
      'API secret (or: ACCT_API_SECRET, preferred: argv is visible to other users in ps)',
    )
    .option(
      '--rest-host <url>',
      'host of balance, top-up, settings (default: $ACCT_REST_HOST or https://rest.nexmo.com)',
    )
    .option(
      '--api-host <url>',
      'host of the secrets API (default: $ACCT_API_HOST or https://api.nexmo.com)',
    )
    .option('--timeout <ms>', 'timeout of one request attempt, in milliseconds (default: 10000)')
    .option(
      '--json',
      'print the raw response as JSON on stdout; errors as one JSON object on stderr',
    )
    .option('--verbose', 'print the acct:* debug logs on stderr (credentials redacted)')
    .option('--no-color', 'no colour (also: NO_COLOR)')
    .configureOutput({
      writeOut: (text) => void io.stdout.write(text),
      writeErr: (text) => void io.stderr.write(text),
      // run() checks argv first and reports mistakes without their values; commander's own
      // messages quote the offending argument, so they are never printed
      outputError: () => undefined,
    })
    .configureHelp({ showGlobalOptions: true })
    .exitOverride()
    .addHelpText('after', MORE_HELP);
  registerBalanceCommand(program, session);
  registerTopUpCommand(program, session);
  registerSettingsCommand(program, session);
  registerSecretsCommand(program, session);
  registerEmulatorCommand(program, session);
  registerTourCommand(program, session);
  return program;
}
