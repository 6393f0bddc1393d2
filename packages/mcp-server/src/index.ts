export { createAcctMcpServer } from './create-acct-mcp-server';
export { type AcctMcpServerOptions } from './acct-mcp-server-options';
export { startAcctMcpHttpServer, type AcctMcpHttpServer } from './start-acct-mcp-http-server';
export { type AcctMcpCliConfig, type AcctMcpHttpOptions } from './acct-mcp-cli-config';
export { parseMcpArgs, MCP_USAGE, type AcctMcpEnv } from './parse-mcp-args';
export { runAcctMcp, type AcctMcpRunIo, type AcctMcpRunning } from './run-acct-mcp';
export { AcctMcpConfigError } from './errors/acct-mcp-config-error';
