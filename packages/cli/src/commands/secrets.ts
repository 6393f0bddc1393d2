import type { Command } from 'commander';
import { example, type Session } from '../internal/session';
import { registerSecretsCreateCommand } from './secrets-create';
import { registerSecretsGetCommand } from './secrets-get';
import { registerSecretsListCommand } from './secrets-list';
import { registerSecretsRevokeCommand } from './secrets-revoke';
import { registerSecretsRotateCommand } from './secrets-rotate';

/** `acct secrets <list|get|create|revoke|rotate>`. */
export function registerSecretsCommand(program: Command, session: Session): void {
  const secrets = program
    .command('secrets')
    .description('manage the API secrets of the account (or of a sub-account)')
    .addHelpText(
      'after',
      example(
        'acct secrets list',
        'printf "%s\\n" "$NEW_SECRET" | acct secrets rotate --secret-stdin --revoke-previous --yes',
      ),
    );
  registerSecretsListCommand(secrets, session);
  registerSecretsGetCommand(secrets, session);
  registerSecretsCreateCommand(secrets, session);
  registerSecretsRevokeCommand(secrets, session);
  registerSecretsRotateCommand(secrets, session);
}
