import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { runTool } from '../run-tool';
import type { ToolContext } from '../tool-context';
import { secretIdInput } from './secret-output';

/**
 * Registers `revoke_secret` (write).
 *
 * @param server - The MCP server.
 * @param ctx - The shared context.
 */
export function registerRevokeSecret(server: McpServer, ctx: ToolContext): void {
  server.registerTool(
    'revoke_secret',
    {
      title: 'Revoke an API secret',
      description:
        'Revoke (delete) one API secret of the account by id, for example an old or leaked ' +
        'credential after a rotation. Anything still using that secret stops working. The ' +
        'account always keeps at least one secret.',
      inputSchema: { secret_id: secretIdInput },
      outputSchema: { revoked_id: z.string().describe('Id of the secret that was revoked.') },
      annotations: {
        readOnlyHint: false,
        destructiveHint: true,
        idempotentHint: true,
        openWorldHint: true,
      },
    },
    async ({ secret_id }) =>
      runTool(ctx, 'revoke_secret', async () => {
        await ctx.acct.secrets.deleteSecret(ctx.apiKey, secret_id);
        return {
          summary: `API secret ${secret_id} revoked.`,
          structured: { revoked_id: secret_id },
        };
      }),
  );
}
