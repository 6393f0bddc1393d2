import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { runTool } from '../run-tool';
import type { ToolContext } from '../tool-context';
import { secretIdInput, secretInfoShape, toSecretInfo } from './secret-output';

/**
 * Registers `get_secret`.
 *
 * @param server - The MCP server.
 * @param ctx - The shared context.
 */
export function registerGetSecret(server: McpServer, ctx: ToolContext): void {
  server.registerTool(
    'get_secret',
    {
      title: 'Get one API secret',
      description:
        'Look up one API secret of the account by id: whether it exists and when it was ' +
        'created (never its value). Use it to check a secret id before revoking it.',
      inputSchema: { secret_id: secretIdInput },
      outputSchema: secretInfoShape,
      annotations: { readOnlyHint: true, openWorldHint: true },
    },
    async ({ secret_id }) =>
      runTool(ctx, 'get_secret', async () => {
        const secret = toSecretInfo(await ctx.acct.secrets.getSecret(ctx.apiKey, secret_id));
        return {
          summary: `API secret ${secret.id} exists (created ${secret.created_at}).`,
          structured: secret,
        };
      }),
  );
}
