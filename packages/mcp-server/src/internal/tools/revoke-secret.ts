import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { runTool } from '../run-tool';
import { checkToolArgs, inputSchemaOf } from '../tool-args';
import type { ToolContext } from '../tool-context';
import { secretIdArg } from './secret-output';

const ARGS = { secret_id: secretIdArg };

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
      inputSchema: inputSchemaOf(ARGS),
      outputSchema: { revoked_id: z.string().describe('Id of the secret that was revoked.') },
      annotations: {
        readOnlyHint: false,
        destructiveHint: true,
        idempotentHint: true,
        openWorldHint: true,
      },
    },
    async (raw) =>
      runTool(ctx, 'revoke_secret', async () => {
        const secret_id = checkToolArgs('revoke_secret', raw, ARGS).secret_id as string;
        await ctx.acct.secrets.deleteSecret(ctx.apiKey, secret_id);
        return {
          summary: `API secret ${secret_id} revoked.`,
          structured: { revoked_id: secret_id },
        };
      }),
  );
}
