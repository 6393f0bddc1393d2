import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { runTool } from '../run-tool';
import { checkToolArgs, inputSchemaOf } from '../tool-args';
import type { ToolContext } from '../tool-context';
import { secretIdArg, secretInfoShape, toSecretInfo } from './secret-output';

const ARGS = { secret_id: secretIdArg };

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
      inputSchema: inputSchemaOf(ARGS),
      outputSchema: secretInfoShape,
      annotations: { readOnlyHint: true, openWorldHint: true },
    },
    async (raw) =>
      runTool(ctx, 'get_secret', async () => {
        const secret_id = checkToolArgs('get_secret', raw, ARGS).secret_id as string;
        const secret = toSecretInfo(await ctx.acct.secrets.getSecret(ctx.apiKey, secret_id));
        return {
          summary: `API secret ${secret.id} exists (created ${secret.created_at}).`,
          structured: secret,
        };
      }),
  );
}
