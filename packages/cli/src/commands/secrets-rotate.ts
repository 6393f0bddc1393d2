import type { Command } from 'commander';
import { confirmOrRefuse } from '../internal/confirm-or-refuse';
import { readNewSecret } from '../internal/read-new-secret';
import { example, type Session } from '../internal/session';
import { API_KEY_OF, withSecretInput } from './shared-options';

/** `acct secrets rotate [--revoke-previous] [--yes] [--secret-stdin | --secret <s>]`. */
export function registerSecretsRotateCommand(secrets: Command, session: Session): void {
  withSecretInput(
    secrets
      .command('rotate')
      .description(
        'add a new secret, prove it authenticates, optionally revoke the previous ones; ' +
          'prints the new secret once, on stdout',
      ),
  )
    .option('--revoke-previous', 'revoke the secrets that existed before (asks, unless --yes)')
    .option('-y, --yes', 'do not ask for confirmation (needed when stdin is not a terminal)')
    .option(...API_KEY_OF)
    .addHelpText(
      'after',
      example(
        'printf "%s\\n" "$NEW_SECRET" | acct secrets rotate --secret-stdin --revoke-previous --yes',
      ),
    )
    .action(async (options: RotateOptions, command: Command) => {
      const ctx = session.contextFor(command);
      const acct = ctx.acct();
      const apiKey = options.apiKeyOf ?? ctx.config.apiKey ?? '';
      if (options.revokePrevious === true) {
        await confirmOrRefuse(
          ctx,
          options.yes,
          `Rotate the secret of ${apiKey} and revoke the previous ones? Anything still using them stops authenticating.`,
          'revoke the previous secrets',
        );
      }
      const value = await readNewSecret(ctx, options);
      const result = await ctx.call('rotating the secret', () =>
        acct.secrets.rotateSecret(apiKey, value, {
          revoke: options.revokePrevious === true ? 'previous' : 'none',
        }),
      );
      if (ctx.config.json) {
        ctx.out.raw(JSON.stringify({ ...result, secret: value }, null, 2));
        return;
      }
      const revoked = result.revoked.map((r: unknown) => idOf(r));
      ctx.out.info(`Created secret ${result.created.id}; it authenticates.`);
      ctx.out.info(
        revoked.length > 0
          ? `Revoked the previous secret${revoked.length === 1 ? '' : 's'}: ${revoked.join(', ')}.`
          : 'The previous secrets still work: revoke them with `acct secrets revoke <id>` once nothing uses them.',
      );
      ctx.out.info('The new secret (shown once, on stdout):');
      ctx.out.raw(value);
    });
}

interface RotateOptions {
  apiKeyOf?: string;
  secret?: string;
  secretStdin?: boolean;
  revokePrevious?: boolean;
  yes?: boolean;
}

function idOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && 'id' in value) return String(value.id);
  return String(value);
}
