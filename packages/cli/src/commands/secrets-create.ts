import type { Command } from 'commander';
import { readNewSecret } from '../internal/read-new-secret';
import { example, type Session } from '../internal/session';
import { API_KEY_OF, withSecretInput } from './shared-options';

/** `acct secrets create [--secret-stdin | --secret <s>] [--api-key-of <key>]`. */
export function registerSecretsCreateCommand(secrets: Command, session: Session): void {
  withSecretInput(
    secrets
      .command('create')
      .description('add an API secret (read from a hidden prompt, or stdin with --secret-stdin)'),
  )
    .option(...API_KEY_OF)
    .addHelpText(
      'after',
      example('acct secrets create', 'acct secrets create --secret-stdin < new-secret.txt'),
    )
    .action(
      async (
        options: { apiKeyOf?: string; secret?: string; secretStdin?: boolean },
        command: Command,
      ) => {
        const ctx = session.contextFor(command);
        const acct = ctx.acct();
        const apiKey = options.apiKeyOf ?? ctx.config.apiKey ?? '';
        const value = await readNewSecret(ctx, options);
        const created = await ctx.call('creating the secret', () =>
          acct.secrets.createSecret(apiKey, value),
        );
        if (ctx.config.json) {
          ctx.out.json(created);
          return;
        }
        ctx.out.line(`Created secret ${created.id} (created ${created.created_at}).`);
      },
    );
}
