import type { Command } from 'commander';
import { example, type Session } from '../internal/session';

/** `acct settings [--mo-url <url>] [--dr-url <url>]`. */
export function registerSettingsCommand(program: Command, session: Session): void {
  program
    .command('settings')
    .description("show the account settings, or change the callback URLs ('' unsets one)")
    .option('--mo-url <url>', "callback URL for inbound SMS ('' unsets it)")
    .option('--dr-url <url>', "callback URL for delivery receipts ('' unsets it)")
    .addHelpText(
      'after',
      example(
        'acct settings',
        'acct settings --mo-url https://example.com/inbound --dr-url https://example.com/dlr',
        "acct settings --dr-url ''",
      ),
    )
    .action(async (options: { moUrl?: string; drUrl?: string }, command: Command) => {
      const ctx = session.contextFor(command);
      const acct = ctx.acct();
      const change = options.moUrl !== undefined || options.drUrl !== undefined;
      const settings = change
        ? await ctx.call('updating the settings', () =>
            acct.accounts.updateAccountCallbacks({
              ...(options.moUrl === undefined ? {} : { moCallBackUrl: options.moUrl }),
              ...(options.drUrl === undefined ? {} : { drCallBackUrl: options.drUrl }),
            }),
          )
        : await ctx.call('reading the settings', () => acct.accounts.getAccountSettings());
      if (ctx.config.json) {
        ctx.out.json(settings);
        return;
      }
      if (change) ctx.out.line('Settings updated.');
      const url = (value: string | undefined | null): string =>
        value === undefined || value === null || value === '' ? '(not set)' : value;
      ctx.out.line(`Inbound SMS callback:      ${url(settings['mo-callback-url'])}`);
      ctx.out.line(`Delivery receipt callback: ${url(settings['dr-callback-url'])}`);
      ctx.out.line(`Max outbound requests:     ${settings['max-outbound-request'] ?? '?'}`);
      ctx.out.line(`Max inbound requests:      ${settings['max-inbound-request'] ?? '?'}`);
      ctx.out.line(`Max calls per second:      ${settings['max-calls-per-second'] ?? '?'}`);
    });
}
