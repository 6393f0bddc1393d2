import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { checkOptions, describeValue } from '@acct/server-sdk';
import { AcctMcpConfigError } from './errors/acct-mcp-config-error';
import { createAcctMcpServer } from './create-acct-mcp-server';
import { VERSION } from './internal/version';
import { MCP_USAGE, parseMcpArgs, type AcctMcpEnv } from './parse-mcp-args';
import { startAcctMcpHttpServer } from './start-acct-mcp-http-server';

/**
 * Where {@link runAcctMcp} writes.
 *
 * @example
 * ```ts
 * import { runAcctMcp, type AcctMcpRunIo } from '@acct/mcp-server';
 *
 * const printed: string[] = [];
 * const io: AcctMcpRunIo = { out: (text) => printed.push(text), log: (line) => printed.push(line) };
 * await runAcctMcp(['--version'], process.env, io);
 * console.log(printed.join('')); // the version
 * ```
 */
export interface AcctMcpRunIo {
  /**
   * Receives the `--help` and `--version` text (never used while serving stdio).
   *
   * @default writes to stdout
   */
  out?: (text: string) => void;
  /**
   * Receives log lines (never a credential).
   *
   * @default writes each line to stderr
   */
  log?: (line: string) => void;
}

/**
 * What {@link runAcctMcp} started.
 *
 * @example
 * ```ts
 * import { runAcctMcp, type AcctMcpRunning } from '@acct/mcp-server';
 *
 * const running: AcctMcpRunning = await runAcctMcp(['--http', '--port', '0'], process.env);
 * if (running.mode === 'http') console.error(running.url);
 * await running.close();
 * ```
 */
export interface AcctMcpRunning {
  /** `help` and `version` printed and started nothing; `stdio` and `http` are serving. */
  mode: 'help' | 'version' | 'stdio' | 'http';
  /** The MCP endpoint in `http` mode. */
  url?: string;
  /** Stops serving. */
  close(): Promise<void>;
}

const stderrLine = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

/**
 * The `acct-mcp` command: parses flags and environment, then serves over stdio (default)
 * or streamable HTTP on 127.0.0.1 (`--http`). stdout is left to the protocol; logs go to
 * `io.log` (stderr).
 *
 * @param argv - Arguments after the script (`process.argv.slice(2)`).
 * @param env - The environment holding `ACCT_API_KEY`, `ACCT_API_SECRET`, optional
 *   `ACCT_REST_HOST`, `ACCT_API_HOST` and, for `--http`, `ACCT_MCP_TOKEN`.
 * @param io - Output hooks.
 * @returns What is running.
 * @throws {@link AcctMcpConfigError} when the flags or environment are unusable (see
 *   {@link parseMcpArgs}).
 *
 * @example
 * ```ts
 * import { runAcctMcp } from '@acct/mcp-server';
 *
 * const running = await runAcctMcp(process.argv.slice(2), process.env);
 * process.on('SIGTERM', () => void running.close());
 * ```
 */
export async function runAcctMcp(
  argv: readonly string[],
  env: AcctMcpEnv,
  io: AcctMcpRunIo = {},
): Promise<AcctMcpRunning> {
  checkOptions(io, '[@acct/mcp-server] io', ['out', 'log']);
  for (const key of ['out', 'log'] as const) {
    if (io[key] !== undefined && typeof io[key] !== 'function') {
      throw new AcctMcpConfigError(
        `[@acct/mcp-server] io.${key} must be a function, got ${describeValue(io[key])}`,
      );
    }
  }
  const out = io.out ?? ((text: string) => void process.stdout.write(text));
  const log = io.log ?? stderrLine;
  const config = parseMcpArgs(argv, env);
  const done = async (): Promise<void> => undefined;
  if (config.help) {
    out(MCP_USAGE);
    return { mode: 'help', close: done };
  }
  if (config.version) {
    out(`${VERSION}\n`);
    return { mode: 'version', close: done };
  }
  const options = { ...config.server, log };
  const unlocked = options.allowTopUp
    ? 'read, write and top-up tools'
    : options.allowWrite
      ? 'read and write tools (top_up off)'
      : 'read-only tools (start with --allow-write to enable writes)';
  if (config.http !== undefined) {
    const running = await startAcctMcpHttpServer(options, config.http);
    log(`[acct-mcp] ${VERSION}: streamable HTTP, ${unlocked}`);
    return { mode: 'http', url: running.url, close: () => running.close() };
  }
  const server = createAcctMcpServer(options);
  const transport = new StdioServerTransport();
  await server.connect(transport);
  log(`[acct-mcp] ${VERSION}: stdio, ${unlocked}`);
  return { mode: 'stdio', close: () => server.close() };
}
