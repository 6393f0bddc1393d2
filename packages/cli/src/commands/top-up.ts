import type { Command } from 'commander';
import { confirmOrRefuse } from '../internal/confirm-or-refuse';
import { example, type Session } from '../internal/session';

/** `acct top-up --trx <ref> [--yes]`. */
export function registerTopUpCommand(program: Command, session: Session): void {
  program
    .command('top-up')
    .description('top up the balance (needs auto-reload on); never retried')
    .requiredOption('--trx <ref>', 'the transaction reference of the auto-reload payment')
    .option('-y, --yes', 'do not ask for confirmation (needed when stdin is not a terminal)')
    .addHelpText('after', example('acct top-up --trx 8ef2a1b0 --yes'))
    .action(async (options: { trx: string; yes?: boolean }, command: Command) => {
      const ctx = session.contextFor(command);
      const acct = ctx.acct();
      await confirmOrRefuse(
        ctx,
        options.yes,
        `Top up account ${ctx.config.apiKey ?? ''} with transaction ${options.trx}? This charges the payment method.`,
        'top up',
      );
      const result = await ctx.call('topping up', () => acct.accounts.topUpBalance(options.trx));
      if (ctx.config.json) {
        ctx.out.json(result);
      } else {
        ctx.out.line(`Top-up accepted (transaction ${options.trx}).`);
      }
    });
}
