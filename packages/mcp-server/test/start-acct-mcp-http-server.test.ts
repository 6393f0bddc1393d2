import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { startEmulator } from '@acct/emulator';
import {
  AcctMcpConfigError,
  startAcctMcpHttpServer,
  type AcctMcpHttpServer,
} from '@acct/mcp-server';

type Emu = Awaited<ReturnType<typeof startEmulator>>;

const TOKEN = 'test-token-0123456789abcdef';
let emulator: Emu;
let running: AcctMcpHttpServer;
const logs: string[] = [];

/** A raw request, to send what a well-behaved client would not. */
const raw = (
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> =>
  new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: running.port,
        path,
        method: init.method ?? 'POST',
        headers: init.headers,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });

const initialize = JSON.stringify({
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: {
    protocolVersion: '2025-06-18',
    capabilities: {},
    clientInfo: { name: 't', version: '1' },
  },
});
const jsonHeaders = {
  'content-type': 'application/json',
  accept: 'application/json, text/event-stream',
};

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  running = await startAcctMcpHttpServer(
    {
      apiKey: 'acct-demo',
      apiSecret: 'Demo1Secret',
      restHost: emulator.url,
      apiHost: emulator.url,
      log: (line) => logs.push(line),
    },
    { port: 0, token: TOKEN },
  );
});
afterAll(async () => {
  await running.close();
  await emulator.close();
});

describe('startAcctMcpHttpServer', () => {
  it('binds 127.0.0.1 only', () => {
    expect(running.url).toBe(`http://127.0.0.1:${running.port}/mcp`);
    expect(logs[0]).toBe(`[acct-mcp] listening on ${running.url} (bearer token required)`);
  });

  it('serves the tools to a client sending the bearer token', async () => {
    const client = new Client({ name: 'http-test', version: '1.0.0' });
    await client.connect(
      new StreamableHTTPClientTransport(new URL(running.url), {
        requestInit: { headers: { authorization: `Bearer ${TOKEN}` } },
      }),
    );
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual([
      'get_account_settings',
      'get_balance',
      'get_secret',
      'list_secrets',
    ]);
    const result = await client.callTool({ name: 'get_balance', arguments: {} });
    expect(result.structuredContent).toEqual({ balance_eur: 10.5, auto_reload: true });
    await client.close();
    for (const line of logs) {
      expect(line).not.toContain(TOKEN);
      expect(line).not.toContain('Demo1Secret');
    }
  });

  it('refuses a missing or wrong token with 401', async () => {
    const none = await raw('/mcp', {
      headers: { ...jsonHeaders, host: `127.0.0.1:${running.port}` },
      body: initialize,
    });
    expect(none.status).toBe(401);
    expect(none.headers['www-authenticate']).toBe('Bearer');
    expect(JSON.parse(none.body)).toEqual({
      jsonrpc: '2.0',
      error: { code: -32000, message: 'Unauthorized: send Authorization: Bearer <ACCT_MCP_TOKEN>' },
      id: null,
    });
    const wrong = await raw('/mcp', {
      headers: { ...jsonHeaders, authorization: `Bearer ${TOKEN}x` },
      body: initialize,
    });
    expect(wrong.status).toBe(401);
    // a token misplaced in the URL is never logged
    const inUrl = await raw(`/mcp?token=${TOKEN}`, { headers: jsonHeaders, body: initialize });
    expect(inUrl.status).toBe(401);
    expect(logs.slice(-3)).toEqual([
      '[acct-mcp] http: refused a request (bad or missing bearer token)',
      '[acct-mcp] http: refused a request (bad or missing bearer token)',
      '[acct-mcp] http: refused a request (bad or missing bearer token)',
    ]);
    expect(logs.join('\n')).not.toContain(TOKEN);
  });

  it('refuses a foreign Host or Origin (DNS rebinding) with 403', async () => {
    const auth = { ...jsonHeaders, authorization: `Bearer ${TOKEN}` };
    expect(
      (await raw('/mcp', { headers: { ...auth, host: 'evil.example' }, body: initialize })).status,
    ).toBe(403);
    expect(
      (await raw('/mcp', { headers: { ...auth, origin: 'http://evil.example' }, body: initialize }))
        .status,
    ).toBe(403);
    expect(
      (
        await raw('/mcp', {
          headers: { ...auth, origin: `http://localhost:${running.port}` },
          body: initialize,
        })
      ).status,
    ).toBe(200);
  });

  it('answers 404 off /mcp and 405 to anything but POST', async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    expect((await raw('/other', { headers: auth })).status).toBe(404);
    const get = await raw('/mcp', { method: 'GET', headers: auth });
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe('POST');
  });

  it('refuses a short token', async () => {
    await expect(
      startAcctMcpHttpServer({ apiKey: 'k', apiSecret: 's' }, { port: 0, token: 'short' }),
    ).rejects.toThrow(AcctMcpConfigError);
  });

  it('rejects when the port is taken', async () => {
    await expect(
      startAcctMcpHttpServer(
        { apiKey: 'k', apiSecret: 's', log: () => undefined },
        { port: running.port, token: TOKEN },
      ),
    ).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });
});
