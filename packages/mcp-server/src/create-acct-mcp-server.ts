import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { AcctMcpServerOptions } from './acct-mcp-server-options';
import { buildServer } from './internal/build-server';
import { createToolContext } from './internal/tool-context';

/**
 * Creates an MCP server exposing the Account API as agent tools. Read tools (`get_balance`,
 * `get_account_settings`, `list_secrets`, `get_secret`) are always offered; the write tools
 * (`update_account_callbacks`, `rotate_secret`, `revoke_secret`) only with `allowWrite`, and
 * `top_up` only with `allowWrite` and `allowTopUp`. Also registers the resource
 * `acct://account/summary`. Connect it to any transport of `@modelcontextprotocol/sdk`.
 *
 * Failures of the Account API come back as tool errors (`isError: true`) with status,
 * title, detail and a hint; no result, error or log line contains a credential.
 *
 * @param options - Credentials, hosts and the flags unlocking write and money tools.
 * @returns The `McpServer`, not yet connected.
 * @throws {@link AcctMcpConfigError} when `apiKey` or `apiSecret` is missing.
 *
 * @example
 * ```ts
 * import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
 * import { createAcctMcpServer } from '@acct/mcp-server';
 *
 * const server = createAcctMcpServer({
 *   apiKey: process.env.ACCT_API_KEY ?? '',
 *   apiSecret: process.env.ACCT_API_SECRET ?? '',
 * });
 * await server.connect(new StdioServerTransport());
 * ```
 */
export function createAcctMcpServer(options: AcctMcpServerOptions): McpServer {
  return buildServer(createToolContext(options));
}
