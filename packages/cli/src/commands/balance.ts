import type { Command } from 'commander';
import { describeValue } from '@acct/server-sdk';
import { BalanceBelowMinimumError } from '../errors/balance-below-minimum-error';
import { UsageError } from '../errors/usage-error';
import { formatBalance } from '../format-balance';
import { example, type Session } from '../internal/session';

/** `acct balance [--min <eur>]`. */
export function registerBalanceCommand(program: Command, session: Session): void {
  program
    .command('balance')
    .description('show the balance (EUR) and the auto-reload state')
    .option('--min <eur>', 'exit 3 when the balance is below this amount of euros')
    .addHelpText('after', example('acct balance', 'acct balance --min 25 || echo "top up first"'))
    .action(async (options: { min?: string }, command: Command) => {
      const ctx = session.contextFor(command);
      const min = options.min === undefined ? undefined : parseEuros(options.min);
      const acct = ctx.acct();
      const balance = await ctx.call('fetching the balance', () => acct.accounts.getBalance());
      if (ctx.config.json) {
        ctx.out.json(balance);
      } else {
        ctx.out.line(`Balance: ${ctx.out.style('bold', formatBalance(balance.value))}`);
        ctx.out.line(`Auto-reload: ${balance.autoReload ? 'on' : 'off'}`);
      }
      if (min !== undefined && balance.value < min) {
        throw new BalanceBelowMinimumError(
          balance.value,
          min,
          formatBalance(balance.value),
          formatBalance(min),
        );
      }
    });
}

/** The largest `--min`: a billion euros. */
const MAX_MIN = 1_000_000_000;

function parseEuros(value: string): number {
  const amount = /^\d{1,10}(\.\d{1,6})?$/.test(value) ? Number(value) : NaN;
  if (!Number.isFinite(amount) || amount > MAX_MIN) {
    throw new UsageError(
      `--min must be an amount of euros from 0 to ${MAX_MIN}, such as 25 or 12.50 (got ${describeValue(value)})`,
    );
  }
  return amount;
}
