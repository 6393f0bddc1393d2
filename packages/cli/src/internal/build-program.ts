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

Environment:
  ACCT_API_KEY, ACCT_API_SECRET     credentials (--api-key/--api-secret win)
  ACCT_REST_HOST, ACCT_API_HOST     hosts (--rest-host/--api-host win)
  NO_COLOR                          no colour (same as --no-color)

Exit codes:
  0 success   1 API error   2 usage error   3 balance below --min   4 network error or timeout
`;

/** Builds the commander program of one session (commands, global options, output). */
export function buildProgram(session: Session): Command {
  const { io } = session;
  const program = new Command('acct')
    .description('The Account API from your shell: balance, top-up, settings, API secrets.')
    .version(VERSION, '-V, --version', 'print the version')
    .option('--api-key <key>', 'API key (default: $ACCT_API_KEY)')
    .option('--api-secret <secret>', 'API secret (default: $ACCT_API_SECRET; prefer the variable)')
    .option(
      '--rest-host <url>',
      'host of balance, top-up, settings (default: $ACCT_REST_HOST or https://rest.nexmo.com)',
    )
    .option(
      '--api-host <url>',
      'host of the secrets API (default: $ACCT_API_HOST or https://api.nexmo.com)',
    )
    .option('--timeout <ms>', 'timeout of one request attempt, in milliseconds (default: 10000)')
    .option('--json', 'print the raw response as JSON on stdout, nothing else')
    .option('--verbose', 'print the acct:* debug logs on stderr (credentials redacted)')
    .option('--no-color', 'no colour (also: NO_COLOR)')
    .configureOutput({
      writeOut: (text) => void io.stdout.write(text),
      writeErr: (text) => void io.stderr.write(text),
    })
    .configureHelp({ showGlobalOptions: true })
    .showHelpAfterError('(run acct --help for usage)')
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
