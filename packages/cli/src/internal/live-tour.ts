import { UsageError } from '../errors/usage-error';
import { formatBalance } from '../format-balance';
import type { CommandContext } from './context';
import { TourPrinter } from './tour-printer';

/** The read-only steps of the tour against the real service (or the configured hosts). */
export async function liveTour(ctx: CommandContext): Promise<void> {
  if (ctx.config.apiKey === undefined || ctx.config.apiSecret === undefined) {
    throw new UsageError(
      'tour --live needs your credentials: set ACCT_API_KEY and ACCT_API_SECRET (from your dashboard), then run it again',
    );
  }
  const p = new TourPrinter(ctx.out);
  const acct = ctx.acct();
  const apiKey = ctx.config.apiKey;
  p.line(
    `acct tour --live: the read-only steps against ${ctx.config.restHost ?? 'https://rest.nexmo.com'} and ${ctx.config.apiHost ?? 'https://api.nexmo.com'}`,
  );
  p.line('(nothing is changed: no top-up, no settings change, no secret created or revoked)');

  p.step('Check the balance');
  p.code('const balance = await acct.accounts.getBalance();');
  const balance = await ctx.call('fetching the balance', () => acct.accounts.getBalance());
  p.say(`${formatBalance(balance.value)}, auto-reload ${balance.autoReload ? 'on' : 'off'}`);

  p.step('Read the settings');
  p.code('const settings = await acct.accounts.getAccountSettings();');
  const settings = await ctx.call('reading the settings', () => acct.accounts.getAccountSettings());
  p.say(`inbound SMS:       ${settings['mo-callback-url'] || '(not set)'}`);
  p.say(`delivery receipts: ${settings['dr-callback-url'] || '(not set)'}`);

  p.step('List the API secrets');
  p.code(`const { _embedded } = await acct.secrets.listSecrets('${apiKey}');`);
  const list = await ctx.call('listing the secrets', () => acct.secrets.listSecrets(apiKey));
  const secrets = list._embedded?.secrets ?? [];
  p.say(`${secrets.length} secret${secrets.length === 1 ? '' : 's'} (ids only, never the values):`);
  for (const s of secrets) p.say(`  ${s.id}  created ${s.created_at}`);

  p.line('');
  p.line('Live tour complete.');
}
