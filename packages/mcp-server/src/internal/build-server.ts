import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { registerSummaryResource } from './summary-resource';
import type { ToolContext } from './tool-context';
import { registerGetAccountSettings } from './tools/get-account-settings';
import { registerGetBalance } from './tools/get-balance';
import { registerGetSecret } from './tools/get-secret';
import { registerListSecrets } from './tools/list-secrets';
import { registerRevokeSecret } from './tools/revoke-secret';
import { registerRotateSecret } from './tools/rotate-secret';
import { registerTopUp } from './tools/top-up';
import { registerUpdateAccountCallbacks } from './tools/update-account-callbacks';
import { VERSION } from './version';

/** Server name announced to MCP clients. */
const SERVER_NAME = 'acct-mcp';

/**
 * Builds an MCP server on a context (shared by every session of the HTTP server).
 *
 * @param ctx - The context.
 * @returns The server, not yet connected.
 */
export function buildServer(ctx: ToolContext): McpServer {
  const server = new McpServer(
    { name: SERVER_NAME, version: VERSION },
    {
      instructions:
        'Tools for the Account API of one account: balance, settings and API secrets. ' +
        'Credentials stay inside this server; no tool takes or returns one.',
    },
  );
  registerGetBalance(server, ctx);
  registerGetAccountSettings(server, ctx);
  registerListSecrets(server, ctx);
  registerGetSecret(server, ctx);
  if (ctx.allowWrite) {
    registerUpdateAccountCallbacks(server, ctx);
    registerRotateSecret(server, ctx);
    registerRevokeSecret(server, ctx);
  }
  if (ctx.allowTopUp) registerTopUp(server, ctx);
  registerSummaryResource(server, ctx);
  return server;
}
