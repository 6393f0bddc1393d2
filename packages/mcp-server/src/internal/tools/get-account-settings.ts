import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { runTool } from '../run-tool';
import { checkToolArgs, inputSchemaOf } from '../tool-args';
import type { ToolContext } from '../tool-context';
import { describeSettings, settingsOutputShape, toSettings } from './settings-output';

/**
 * Registers `get_account_settings`.
 *
 * @param server - The MCP server.
 * @param ctx - The shared context.
 */
export function registerGetAccountSettings(server: McpServer, ctx: ToolContext): void {
  server.registerTool(
    'get_account_settings',
    {
      title: 'Get account settings',
      description:
        'Read the account settings: the default webhook (callback) URLs for inbound SMS (MO) and ' +
        'delivery receipts (DR), and the throughput limits (outbound/inbound messages and API ' +
        'calls per second). Use it to audit where webhooks point or to check rate limits.',
      inputSchema: inputSchemaOf({}),
      outputSchema: settingsOutputShape,
      annotations: { readOnlyHint: true, openWorldHint: true },
    },
    async (raw) =>
      runTool(ctx, 'get_account_settings', async () => {
        checkToolArgs('get_account_settings', raw, {});
        const settings = toSettings(await ctx.acct.accounts.getAccountSettings());
        return { summary: describeSettings(settings), structured: settings };
      }),
  );
}
