import type { Command } from 'commander';
import { example, type Session } from '../internal/session';
import { API_KEY_OF } from './shared-options';

/** `acct secrets list [--api-key-of <key>]`. */
export function registerSecretsListCommand(secrets: Command, session: Session): void {
  secrets
    .command('list')
    .description('list the API secrets (ids and creation dates, never the values)')
    .option(...API_KEY_OF)
    .addHelpText('after', example('acct secrets list', 'acct secrets list --api-key-of sub-key-1'))
    .action(async (options: { apiKeyOf?: string }, command: Command) => {
      const ctx = session.contextFor(command);
      const acct = ctx.acct();
      const apiKey = options.apiKeyOf ?? ctx.config.apiKey ?? '';
      const list = await ctx.call('listing the secrets', () => acct.secrets.listSecrets(apiKey));
      if (ctx.config.json) {
        ctx.out.json(list);
        return;
      }
      const items = list._embedded?.secrets ?? [];
      ctx.out.line(`${items.length} secret${items.length === 1 ? '' : 's'} of ${apiKey}:`);
      for (const secret of items) ctx.out.line(`  ${secret.id}  created ${secret.created_at}`);
    });
}
