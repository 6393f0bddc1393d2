import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { McpError, ErrorCode } from '@modelcontextprotocol/sdk/types.js';
import type { ToolContext } from './tool-context';
import { describeError, formatError } from './tool-error';

/** URI of the account summary resource. */
export const SUMMARY_URI = 'acct://account/summary';

/**
 * Registers the read-only resource `acct://account/summary`: balance, auto-reload,
 * callback URLs and number of secrets, as JSON.
 *
 * @param server - The MCP server.
 * @param ctx - The shared context.
 */
export function registerSummaryResource(server: McpServer, ctx: ToolContext): void {
  server.registerResource(
    'account-summary',
    SUMMARY_URI,
    {
      title: 'Account summary',
      description:
        'Snapshot of the account: balance in EUR, auto-reload, default webhook URLs and the ' +
        'number of API secrets (no secret values).',
      mimeType: 'application/json',
    },
    async (uri) => {
      try {
        const reads = [
          ctx.acct.accounts.getBalance(),
          ctx.acct.accounts.getAccountSettings(),
          ctx.acct.secrets.listSecrets(ctx.apiKey),
        ] as const;
        // wait for all three before answering, so no request outlives a failed read
        await Promise.allSettled(reads);
        const [balance, settings, secrets] = await Promise.all(reads);
        const summary = {
          balance_eur: balance.value,
          auto_reload: balance.autoReload,
          mo_callback_url: settings['mo-callback-url'] ?? '',
          dr_callback_url: settings['dr-callback-url'] ?? '',
          secrets_count: secrets._embedded?.secrets?.length ?? 0,
        };
        ctx.log('resource account-summary: ok');
        return {
          contents: [
            {
              uri: uri.href,
              mimeType: 'application/json',
              text: ctx.scrub(JSON.stringify(summary, null, 2)),
            },
          ],
        };
      } catch (err) {
        const info = describeError(err);
        ctx.log(`resource account-summary: failed ${info.code}`);
        throw new McpError(
          ErrorCode.InternalError,
          ctx.scrub(formatError(info)),
          JSON.parse(ctx.scrub(JSON.stringify(info))) as unknown,
        );
      }
    },
  );
}
