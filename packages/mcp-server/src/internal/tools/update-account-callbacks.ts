import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { callbackUrlProblem, MAX_URL_LENGTH } from '../argument-rules';
import { runTool } from '../run-tool';
import { checkToolArgs, inputSchemaOf, type ToolArg, type ToolArgs } from '../tool-args';
import type { ToolContext } from '../tool-context';
import { ToolRefusal } from '../tool-refusal';
import { describeSettings, settingsOutputShape, toSettings } from './settings-output';

const callbackUrl = (what: string): ToolArg => ({
  schema: z
    .union([z.url({ protocol: /^https?$/ }).max(MAX_URL_LENGTH), z.literal('')])
    .describe(
      `New default webhook URL for ${what} (absolute http or https URL in canonical form, ` +
        `at most ${MAX_URL_LENGTH} characters); "" unsets it; omit to keep it.`,
    ),
  problem: callbackUrlProblem,
  optional: true,
});

const ARGS: ToolArgs = {
  mo_callback_url: callbackUrl('inbound SMS (MO)'),
  dr_callback_url: callbackUrl('delivery receipts (DR)'),
};

/**
 * Registers `update_account_callbacks` (write).
 *
 * @param server - The MCP server.
 * @param ctx - The shared context.
 */
export function registerUpdateAccountCallbacks(server: McpServer, ctx: ToolContext): void {
  server.registerTool(
    'update_account_callbacks',
    {
      title: 'Update default webhook URLs',
      description:
        'Change the default webhook (callback) URLs of the account: where inbound SMS (MO) and ' +
        'delivery receipts (DR) are sent when a number has no webhook of its own. Pass "" to ' +
        'unset one. Returns the settings after the change.',
      inputSchema: inputSchemaOf(ARGS),
      outputSchema: settingsOutputShape,
      annotations: {
        readOnlyHint: false,
        destructiveHint: true,
        idempotentHint: true,
        openWorldHint: true,
      },
    },
    async (raw) =>
      runTool(ctx, 'update_account_callbacks', async () => {
        const args = checkToolArgs('update_account_callbacks', raw, ARGS);
        const mo_callback_url = args.mo_callback_url as string | undefined;
        const dr_callback_url = args.dr_callback_url as string | undefined;
        if (mo_callback_url === undefined && dr_callback_url === undefined) {
          throw new ToolRefusal(
            'ACCT_MCP_NOTHING_TO_UPDATE',
            'Nothing to update',
            'Neither mo_callback_url nor dr_callback_url was given.',
            'Pass mo_callback_url and/or dr_callback_url ("" unsets one).',
          );
        }
        const settings = toSettings(
          await ctx.acct.accounts.updateAccountCallbacks({
            ...(mo_callback_url === undefined ? {} : { moCallBackUrl: mo_callback_url }),
            ...(dr_callback_url === undefined ? {} : { drCallBackUrl: dr_callback_url }),
          }),
        );
        return {
          summary: `Callbacks updated. ${describeSettings(settings)}`,
          structured: settings,
        };
      }),
  );
}
