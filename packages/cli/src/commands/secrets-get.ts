import type { Command } from 'commander';
import { example, type Session } from '../internal/session';
import { API_KEY_OF } from './shared-options';

/** `acct secrets get <id> [--api-key-of <key>]`. */
export function registerSecretsGetCommand(secrets: Command, session: Session): void {
  secrets
    .command('get')
    .description('show one API secret (id and creation date)')
    .argument('<id>', 'the id of the secret')
    .option(...API_KEY_OF)
    .addHelpText('after', example('acct secrets get 01234567-aaaa-bbbb-cccc-defdefdefdef'))
    .action(async (id: string, options: { apiKeyOf?: string }, command: Command) => {
      const ctx = session.contextFor(command);
      const acct = ctx.acct();
      const apiKey = options.apiKeyOf ?? ctx.config.apiKey ?? '';
      const secret = await ctx.call('reading the secret', () => acct.secrets.getSecret(apiKey, id));
      if (ctx.config.json) {
        ctx.out.json(secret);
        return;
      }
      ctx.out.line(`Secret ${secret.id}`);
      ctx.out.line(`Created: ${secret.created_at}`);
    });
}
