import type { Command } from 'commander';
import { confirmOrRefuse } from '../internal/confirm-or-refuse';
import { example, type Session } from '../internal/session';
import { API_KEY_OF } from './shared-options';

/** `acct secrets revoke <id> [--yes] [--api-key-of <key>]`. */
export function registerSecretsRevokeCommand(secrets: Command, session: Session): void {
  secrets
    .command('revoke')
    .description('revoke (delete) an API secret: anything using it stops authenticating')
    .argument('<id>', 'the id of the secret')
    .option('-y, --yes', 'do not ask for confirmation (needed when stdin is not a terminal)')
    .option(...API_KEY_OF)
    .addHelpText('after', example('acct secrets revoke 01234567-aaaa-bbbb-cccc-defdefdefdef --yes'))
    .action(async (id: string, options: { apiKeyOf?: string; yes?: boolean }, command: Command) => {
      const ctx = session.contextFor(command);
      const acct = ctx.acct();
      const apiKey = options.apiKeyOf ?? ctx.config.apiKey ?? '';
      await confirmOrRefuse(
        ctx,
        options.yes,
        `Revoke secret ${id} of ${apiKey}? Anything using it stops authenticating.`,
        'revoke a secret',
      );
      await ctx.call('revoking the secret', () => acct.secrets.deleteSecret(apiKey, id));
      if (ctx.config.json) {
        ctx.out.json({ id, revoked: true });
        return;
      }
      ctx.out.line(`Revoked secret ${id}.`);
    });
}
