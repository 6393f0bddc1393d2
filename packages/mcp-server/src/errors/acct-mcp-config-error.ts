import { AcctError } from '@acct/server-sdk';

/**
 * The operator's configuration of the MCP server is unusable: a missing credential, an
 * unknown flag, `--http` without a token... Raised before anything starts.
 *
 * @example
 * ```ts
 * import { AcctMcpConfigError, parseMcpArgs } from '@acct/mcp-server';
 *
 * try {
 *   parseMcpArgs(['--bogus'], process.env);
 * } catch (err) {
 *   if (err instanceof AcctMcpConfigError) console.error(err.message); // what to fix
 * }
 * ```
 */
export class AcctMcpConfigError extends AcctError {
  /**
   * @param message - What is wrong and what to do, prefixed by `[@acct/mcp-server]`.
   * @param cause - The underlying error, if any.
   */
  constructor(message: string, cause?: unknown) {
    super(message, { code: 'ACCT_MCP_CONFIG', cause });
  }
}
