import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { runTool } from '../run-tool';
import { checkToolArgs, inputSchemaOf } from '../tool-args';
import type { ToolContext } from '../tool-context';
import { secretInfoShape, toSecretInfo } from './secret-output';

/**
 * Registers `list_secrets`.
 *
 * @param server - The MCP server.
 * @param ctx - The shared context.
 */
export function registerListSecrets(server: McpServer, ctx: ToolContext): void {
  server.registerTool(
    'list_secrets',
    {
      title: 'List API secrets',
      description:
        'List the API secrets (credentials) of the account: ids and creation dates only, never ' +
        'the secret values. Use it to audit credentials, find old secrets to revoke, or check ' +
        'how many secrets exist before a rotation.',
      inputSchema: inputSchemaOf({}),
      outputSchema: {
        secrets: z.array(z.object(secretInfoShape)).describe('The secrets, oldest first.'),
        count: z.number().describe('How many secrets the account has.'),
      },
      annotations: { readOnlyHint: true, openWorldHint: true },
    },
    async (raw) =>
      runTool(ctx, 'list_secrets', async () => {
        checkToolArgs('list_secrets', raw, {});
        const list = await ctx.acct.secrets.listSecrets(ctx.apiKey);
        const secrets = (list._embedded?.secrets ?? []).map(toSecretInfo);
        const ids = secrets.map((s) => `${s.id} (created ${s.created_at})`).join(', ');
        return {
          summary: `${secrets.length} API secret${secrets.length === 1 ? '' : 's'}: ${ids}.`,
          structured: { secrets, count: secrets.length },
        };
      }),
  );
}
