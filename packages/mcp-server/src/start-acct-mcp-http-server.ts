import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { checkOptions, describeValue } from '@acct/server-sdk';
import type { AcctMcpHttpOptions } from './acct-mcp-cli-config';
import type { AcctMcpServerOptions } from './acct-mcp-server-options';
import { buildServer } from './internal/build-server';
import { AcctMcpConfigError } from './errors/acct-mcp-config-error';
import { createToolContext } from './internal/tool-context';

/** Only loopback: the HTTP transport is never reachable from another machine. */
const HOST = '127.0.0.1';
/** Path the MCP endpoint answers on. */
const MCP_PATH = '/mcp';

/**
 * A running streamable HTTP server of acct-mcp.
 *
 * @example
 * ```ts
 * import { startAcctMcpHttpServer, type AcctMcpHttpServer } from '@acct/mcp-server';
 *
 * const running: AcctMcpHttpServer = await startAcctMcpHttpServer(
 *   { apiKey: process.env.ACCT_API_KEY ?? '', apiSecret: process.env.ACCT_API_SECRET ?? '' },
 *   { port: 0, token: process.env.ACCT_MCP_TOKEN ?? '' },
 * );
 * console.error(running.url); // http://127.0.0.1:<port>/mcp
 * await running.close();
 * ```
 */
export interface AcctMcpHttpServer {
  /** The MCP endpoint, `http://127.0.0.1:<port>/mcp`. */
  readonly url: string;
  /** The port actually bound. */
  readonly port: number;
  /** Stops accepting requests and closes open connections. */
  close(): Promise<void>;
}

const digest = (value: string): Buffer => createHash('sha256').update(value).digest();

const reply = (res: ServerResponse, status: number, message: string, headers = {}): void => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify({ jsonrpc: '2.0', error: { code: -32000, message }, id: null }));
};

/**
 * Serves the acct MCP tools over streamable HTTP (stateless: one MCP server per request, all
 * sharing one context) on 127.0.0.1 only. Every request must carry
 * `Authorization: Bearer <token>`; requests with another `Host` or a foreign `Origin` are
 * refused (DNS rebinding), and only `POST /mcp` is served.
 *
 * @param options - Credentials, hosts and flags, as for {@link createAcctMcpServer}.
 * @param http - Port and bearer token.
 * @returns The running server.
 * @throws {@link AcctMcpConfigError} when a credential is missing, the port is not an integer
 *   from 0 to 65535 or the token is shorter than 16 characters; `ValidationError` when `options`
 *   or `http` is not a plain object of known keys; the `listen` error (e.g. `EADDRINUSE`) when
 *   the port is taken.
 *
 * @example
 * ```ts
 * import { startAcctMcpHttpServer } from '@acct/mcp-server';
 *
 * const running = await startAcctMcpHttpServer(
 *   { apiKey: process.env.ACCT_API_KEY ?? '', apiSecret: process.env.ACCT_API_SECRET ?? '' },
 *   { port: 8787, token: process.env.ACCT_MCP_TOKEN ?? '' },
 * );
 * console.error(`MCP endpoint: ${running.url}`);
 * ```
 */
export async function startAcctMcpHttpServer(
  options: AcctMcpServerOptions,
  http: AcctMcpHttpOptions,
): Promise<AcctMcpHttpServer> {
  const ctx = createToolContext(options);
  checkOptions(http, '[@acct/mcp-server] http', ['port', 'token']);
  if (!Number.isInteger(http.port) || http.port < 0 || http.port > 65535) {
    throw new AcctMcpConfigError(
      `[@acct/mcp-server] http.port must be an integer from 0 to 65535, got ${describeValue(http.port)}`,
    );
  }
  if (typeof http.token !== 'string' || http.token.length < 16) {
    throw new AcctMcpConfigError(
      '[@acct/mcp-server] the HTTP transport needs a bearer token of at least 16 characters',
    );
  }
  // the token is a secret as well: no log line ever shows it
  ctx.scrub.add(http.token);
  // loaded here, so a stdio server never pays for the HTTP transport's dependencies
  const { StreamableHTTPServerTransport } =
    await import('@modelcontextprotocol/sdk/server/streamableHttp.js');
  const expected = digest(`Bearer ${http.token}`);
  let port = http.port;

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const allowedHosts = [`${HOST}:${port}`, `localhost:${port}`];
    if (!allowedHosts.includes(req.headers.host ?? '')) {
      reply(res, 403, 'Forbidden: unexpected Host header');
      return;
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts.some((h) => origin === `http://${h}`)) {
      reply(res, 403, 'Forbidden: unexpected Origin header');
      return;
    }
    if (!timingSafeEqual(digest(req.headers.authorization ?? ''), expected)) {
      // neither the URL nor a header is logged: a client may have put the token in either
      ctx.log('http: refused a request (bad or missing bearer token)');
      reply(res, 401, 'Unauthorized: send Authorization: Bearer <ACCT_MCP_TOKEN>', {
        'www-authenticate': 'Bearer',
      });
      return;
    }
    if ((req.url ?? '').split('?')[0] !== MCP_PATH) {
      reply(res, 404, `Not found: the MCP endpoint is ${MCP_PATH}`);
      return;
    }
    if (req.method !== 'POST') {
      reply(res, 405, 'Method not allowed: this stateless server only accepts POST', {
        allow: 'POST',
      });
      return;
    }
    const server = buildServer(ctx);
    const transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: undefined,
      enableJsonResponse: true,
    });
    res.on('close', () => {
      void transport.close();
      void server.close();
    });
    await server.connect(transport);
    await transport.handleRequest(req, res);
  };

  const httpServer = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      ctx.log(`http: request failed (${err instanceof Error ? err.name : 'unknown'})`);
      if (!res.headersSent) reply(res, 500, 'Internal error');
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(http.port, HOST, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const address = httpServer.address();
  port = typeof address === 'object' && address !== null ? address.port : http.port;
  const url = `http://${HOST}:${port}${MCP_PATH}`;
  ctx.log(`listening on ${url} (bearer token required)`);
  return {
    url,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        httpServer.closeAllConnections();
        httpServer.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
