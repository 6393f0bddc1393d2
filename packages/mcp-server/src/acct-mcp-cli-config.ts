import type { AcctMcpServerOptions } from './acct-mcp-server-options';

/**
 * Settings of the optional streamable HTTP transport.
 *
 * @example
 * ```ts
 * import { startAcctMcpHttpServer, type AcctMcpHttpOptions } from '@acct/mcp-server';
 *
 * const http: AcctMcpHttpOptions = { port: 0, token: process.env.ACCT_MCP_TOKEN ?? '' };
 * const running = await startAcctMcpHttpServer(
 *   { apiKey: process.env.ACCT_API_KEY ?? '', apiSecret: process.env.ACCT_API_SECRET ?? '' },
 *   http,
 * );
 * console.error(`listening on port ${running.port}`);
 * await running.close();
 * ```
 */
export interface AcctMcpHttpOptions {
  /**
   * Port on 127.0.0.1 (0 picks a free one).
   *
   * @default 8787
   */
  port: number;
  /** Bearer token every request must carry (`Authorization: Bearer <token>`); at least 16 characters. */
  token: string;
}

/**
 * What `acct-mcp` was asked to do: the result of {@link parseMcpArgs}.
 *
 * @example
 * ```ts
 * import { MCP_USAGE, parseMcpArgs, type AcctMcpCliConfig } from '@acct/mcp-server';
 *
 * const config: AcctMcpCliConfig = parseMcpArgs(process.argv.slice(2), process.env);
 * if (config.help) process.stdout.write(MCP_USAGE);
 * else if (config.http !== undefined) console.error(`HTTP on port ${config.http.port}`);
 * else console.error(`stdio, writes ${config.server.allowWrite === true ? 'on' : 'off'}`);
 * ```
 */
export interface AcctMcpCliConfig {
  /**
   * `--help` / `-h` was given: print the usage and exit.
   *
   * @default false
   */
  help: boolean;
  /**
   * `--version` / `-v` was given: print the version and exit.
   *
   * @default false
   */
  version: boolean;
  /**
   * Options of the server (credentials from the environment, flags). With `help` or
   * `version` the credentials are not checked and may be empty.
   */
  server: AcctMcpServerOptions;
  /**
   * Present with `--http`: serve streamable HTTP on 127.0.0.1 instead of stdio.
   *
   * @default undefined (stdio)
   */
  http?: AcctMcpHttpOptions;
}
