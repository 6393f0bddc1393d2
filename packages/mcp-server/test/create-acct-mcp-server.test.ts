import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startEmulator } from '@acct/emulator';
import { AcctMcpConfigError, createAcctMcpServer } from '@acct/mcp-server';
import { Acct } from '@acct/server-sdk';
import { connectClient, errorOf, texts, type Connected } from './helpers/connect-client';

type Emu = Awaited<ReturnType<typeof startEmulator>>;

const API_KEY = 'acct-demo';
const API_SECRET = 'Demo1Secret';
const READ_TOOLS = ['get_account_settings', 'get_balance', 'get_secret', 'list_secrets'];
const WRITE_TOOLS = ['revoke_secret', 'rotate_secret', 'update_account_callbacks'];

let emulator: Emu;
let conn: Connected | undefined;

const connect = async (
  flags: { allowWrite?: boolean; allowTopUp?: boolean; trx?: string } = {},
) => {
  conn = await connectClient({
    apiKey: API_KEY,
    apiSecret: API_SECRET,
    restHost: emulator.url,
    apiHost: emulator.url,
    ...flags,
  });
  return conn;
};

const toolNames = async (c: Connected): Promise<string[]> =>
  (await c.client.listTools()).tools.map((t) => t.name).sort();

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
});
afterEach(async () => {
  if (conn) {
    // no result and no log line ever shows the API secret
    for (const text of [...conn.seen, ...conn.logs]) expect(text).not.toContain(API_SECRET);
    await conn.close();
  }
  conn = undefined;
  emulator.reset();
});
afterAll(async () => {
  await emulator.close();
});

describe('tool list', () => {
  it('offers only the read tools by default', async () => {
    expect(await toolNames(await connect())).toEqual(READ_TOOLS);
  });

  it('adds the write tools with allowWrite, not top_up', async () => {
    expect(await toolNames(await connect({ allowWrite: true }))).toEqual(
      [...READ_TOOLS, ...WRITE_TOOLS].sort(),
    );
  });

  it('ignores allowTopUp without allowWrite', async () => {
    expect(await toolNames(await connect({ allowTopUp: true }))).toEqual(READ_TOOLS);
  });

  it('adds top_up only with allowWrite and allowTopUp', async () => {
    expect(await toolNames(await connect({ allowWrite: true, allowTopUp: true }))).toEqual(
      [...READ_TOOLS, ...WRITE_TOOLS, 'top_up'].sort(),
    );
  });

  it('describes every tool by intent, with input and output schemas and annotations', async () => {
    const { tools } = await (
      await connect({ allowWrite: true, allowTopUp: true })
    ).client.listTools();
    const byName = Object.fromEntries(tools.map((t) => [t.name, t]));
    expect(byName.get_balance?.description).toContain('before a campaign');
    expect(byName.get_balance?.inputSchema.properties).toHaveProperty('min_eur');
    expect(byName.get_balance?.outputSchema?.properties).toHaveProperty('balance_eur');
    expect(byName.get_balance?.annotations?.readOnlyHint).toBe(true);
    expect(byName.top_up?.annotations).toEqual({
      readOnlyHint: false,
      destructiveHint: false,
      idempotentHint: false,
      openWorldHint: true,
    });
    expect(byName.rotate_secret?.description).toContain('never returned');
    for (const tool of tools) {
      expect(tool.description?.length).toBeGreaterThan(80);
      expect(tool.outputSchema?.type).toBe('object');
      // no tool takes a credential as input
      expect(Object.keys(tool.inputSchema.properties ?? {})).not.toEqual(
        expect.arrayContaining([expect.stringMatching(/api_key|api_secret|password|token/)]),
      );
    }
  });

  it('refuses to start without credentials', () => {
    expect(() => createAcctMcpServer({ apiKey: '', apiSecret: API_SECRET })).toThrow(
      AcctMcpConfigError,
    );
    expect(() => createAcctMcpServer({ apiKey: API_KEY, apiSecret: '' })).toThrow(
      '[@acct/mcp-server] apiSecret is missing: set ACCT_API_SECRET in the environment of acct-mcp',
    );
  });
});

describe('get_balance', () => {
  it('returns the balance as structured content and a summary', async () => {
    const result = await (await connect()).call('get_balance');
    expect(result.isError).toBeUndefined();
    expect(result.structuredContent).toEqual({ balance_eur: 10.5, auto_reload: true });
    expect(texts(result)).toEqual(['Balance: 10.50 EUR (auto-reload on).']);
  });

  it('reports whether the balance is below min_eur', async () => {
    const c = await connect();
    const below = await c.call('get_balance', { min_eur: 50 });
    expect(below.structuredContent).toEqual({
      balance_eur: 10.5,
      auto_reload: true,
      min_eur: 50,
      below_min: true,
    });
    expect(texts(below)).toEqual([
      'Balance: 10.50 EUR (auto-reload on). Below the minimum of 50.00 EUR.',
    ]);
    const above = await c.call('get_balance', { min_eur: 10 });
    expect(above.structuredContent).toMatchObject({ min_eur: 10, below_min: false });
  });

  it('rejects a negative min_eur as a tool error', async () => {
    const result = await (await connect()).call('get_balance', { min_eur: -1 });
    expect(result.isError).toBe(true);
    expect(texts(result)[0]).toBe(
      'get_balance failed: Invalid input: [@acct/mcp-server] get_balance: invalid arguments: ' +
        'min_eur. Hint: Fix the parameters named in invalid_parameters and call again.',
    );
    expect(errorOf(result)).toEqual({
      code: 'ACCT_VALIDATION',
      title: 'Invalid input',
      detail: '[@acct/mcp-server] get_balance: invalid arguments: min_eur',
      hint: 'Fix the parameters named in invalid_parameters and call again.',
      invalid_parameters: [
        { name: 'min_eur', reason: 'must be a number of EUR from 0 to 1000000, got -1' },
      ],
    });
    expect(emulator.requests).toEqual([]);
  });

  it('turns wrong credentials into a 401 tool error with a hint', async () => {
    conn = await connectClient({
      apiKey: API_KEY,
      apiSecret: 'Wrong1Secret',
      restHost: emulator.url,
      apiHost: emulator.url,
    });
    const result = await conn.call('get_balance');
    expect(result.isError).toBe(true);
    expect(result.structuredContent).toBeUndefined();
    const error = errorOf(result);
    expect(error).toMatchObject({ code: 'ACCT_HTTP_AUTHENTICATION', status: 401 });
    expect(error.hint).toContain('ACCT_API_KEY / ACCT_API_SECRET');
    expect(texts(result)[0]).toMatch(/^get_balance failed: 401 /);
    expect(JSON.stringify(result)).not.toContain('Wrong1Secret');
    expect(JSON.stringify(result)).not.toMatch(/\n\s+at /); // no stack
    expect(conn.logs).toEqual(['[acct-mcp] get_balance: failed ACCT_HTTP_AUTHENTICATION 401']);
  });
});

describe('get_account_settings', () => {
  it('returns the callbacks and limits', async () => {
    const result = await (await connect()).call('get_account_settings');
    expect(result.structuredContent).toEqual({
      mo_callback_url: '',
      dr_callback_url: '',
      max_outbound_request: 30,
      max_inbound_request: 30,
      max_calls_per_second: 30,
    });
    expect(texts(result)).toEqual([
      'Inbound SMS callback: (not set); delivery receipt callback: (not set); limits: 30 outbound/s, 30 inbound/s, 30 API calls/s.',
    ]);
  });

  it('turns a server failure into a 5xx tool error', async () => {
    const c = await connect();
    emulator.inject({ path: '/account/settings', status: 500, times: 3 });
    const result = await c.call('get_account_settings');
    expect(result.isError).toBe(true);
    expect(errorOf(result)).toMatchObject({
      code: 'ACCT_HTTP_SERVER',
      status: 500,
      hint: 'The Account API failed on its side; try again later.',
    });
  });
});

describe('list_secrets and get_secret', () => {
  it('lists ids and creation dates only', async () => {
    const c = await connect();
    const [secret] = emulator.state.accounts[API_KEY]?.secrets ?? [];
    const result = await c.call('list_secrets');
    expect(result.structuredContent).toEqual({
      secrets: [{ id: secret?.id, created_at: secret?.createdAt }],
      count: 1,
    });
    expect(texts(result)).toEqual([`1 API secret: ${secret?.id} (created ${secret?.createdAt}).`]);
    // the HAL links would show the API key: they are dropped
    expect(JSON.stringify(result)).not.toContain('_links');
  });

  it('gets one secret by id', async () => {
    const c = await connect();
    const [secret] = emulator.state.accounts[API_KEY]?.secrets ?? [];
    const result = await c.call('get_secret', { secret_id: secret?.id });
    expect(result.structuredContent).toEqual({ id: secret?.id, created_at: secret?.createdAt });
    expect(texts(result)).toEqual([
      `API secret ${secret?.id} exists (created ${secret?.createdAt}).`,
    ]);
  });

  it('turns an unknown secret id into a 404 tool error', async () => {
    const result = await (await connect()).call('get_secret', { secret_id: 'no-such-id' });
    expect(result.isError).toBe(true);
    expect(errorOf(result)).toMatchObject({
      code: 'ACCT_HTTP_NOT_FOUND',
      status: 404,
      title: 'Invalid ID',
      hint: 'Nothing has that id. Call list_secrets to see the ids that exist.',
    });
  });

  it('turns wrong credentials into a 401 tool error', async () => {
    conn = await connectClient({
      apiKey: API_KEY,
      apiSecret: 'Wrong1Secret',
      restHost: emulator.url,
      apiHost: emulator.url,
    });
    const result = await conn.call('list_secrets');
    expect(errorOf(result)).toMatchObject({ code: 'ACCT_HTTP_AUTHENTICATION', status: 401 });
  });
});

describe('update_account_callbacks', () => {
  it('changes the callbacks and returns the new settings', async () => {
    const c = await connect({ allowWrite: true });
    const result = await c.call('update_account_callbacks', {
      mo_callback_url: 'https://example.com/inbound',
      dr_callback_url: '',
    });
    expect(result.structuredContent).toMatchObject({
      mo_callback_url: 'https://example.com/inbound',
      dr_callback_url: '',
    });
    expect(texts(result)[0]).toMatch(
      /^Callbacks updated\. Inbound SMS callback: https:\/\/example\.com\/inbound;/,
    );
    expect(emulator.state.accounts[API_KEY]?.moCallbackUrl).toBe('https://example.com/inbound');
  });

  it('refuses a call with nothing to update', async () => {
    const result = await (await connect({ allowWrite: true })).call('update_account_callbacks');
    expect(result.isError).toBe(true);
    expect(errorOf(result)).toEqual({
      code: 'ACCT_MCP_NOTHING_TO_UPDATE',
      title: 'Nothing to update',
      detail: 'Neither mo_callback_url nor dr_callback_url was given.',
      hint: 'Pass mo_callback_url and/or dr_callback_url ("" unsets one).',
    });
  });

  it('rejects a URL that is not http(s) before any request', async () => {
    const c = await connect({ allowWrite: true });
    const before = emulator.requests.length;
    const result = await c.call('update_account_callbacks', { mo_callback_url: 'ftp://x' });
    expect(result.isError).toBe(true);
    expect(errorOf(result)).toEqual({
      code: 'ACCT_VALIDATION',
      title: 'Invalid input',
      detail: '[@acct/mcp-server] update_account_callbacks: invalid arguments: mo_callback_url',
      hint: 'Fix the parameters named in invalid_parameters and call again.',
      invalid_parameters: [
        {
          name: 'mo_callback_url',
          reason:
            'must be an absolute http:// or https:// URL of at most 2048 characters with no ' +
            'spaces or control characters, written in canonical form (as new URL(value).href ' +
            'gives it), or "" to unset it; got 7 characters',
        },
      ],
    });
    expect(emulator.requests.length).toBe(before);
  });

  // issue 13: each of these was stored as given (the URL parser drops or rewrites them)
  it.each([
    'https://example.com/hook\r\n',
    ' https://example.com/hook',
    'https:example.com',
    'https://example.com/\u0000',
  ])('refuses %j before any request', async (url) => {
    const c = await connect({ allowWrite: true });
    const result = await c.call('update_account_callbacks', { dr_callback_url: url });
    expect(errorOf(result)).toMatchObject({
      code: 'ACCT_VALIDATION',
      invalid_parameters: [{ name: 'dr_callback_url' }],
    });
    expect(emulator.requests).toEqual([]);
  });
});

describe('revoke_secret', () => {
  it('revokes a secret by id', async () => {
    const c = await connect({ allowWrite: true });
    const acct = new Acct(
      { apiKey: API_KEY, apiSecret: API_SECRET },
      { restHost: emulator.url, apiHost: emulator.url },
    );
    const extra = await acct.secrets.createSecret(API_KEY, 'Extra2SecretValue');
    const result = await c.call('revoke_secret', { secret_id: extra.id });
    expect(result.structuredContent).toEqual({ revoked_id: extra.id });
    expect(texts(result)).toEqual([`API secret ${extra.id} revoked.`]);
    expect(emulator.state.accounts[API_KEY]?.secrets.map((s) => s.id)).not.toContain(extra.id);
  });

  it('refuses to revoke the last secret with a 403 tool error and a hint', async () => {
    const c = await connect({ allowWrite: true });
    const [secret] = emulator.state.accounts[API_KEY]?.secrets ?? [];
    const result = await c.call('revoke_secret', { secret_id: secret?.id });
    expect(result.isError).toBe(true);
    expect(errorOf(result)).toMatchObject({ code: 'ACCT_HTTP_PERMISSION_DENIED', status: 403 });
    expect(errorOf(result).hint).toContain('rotate first, then revoke');
  });

  it('turns an unknown id into a 404 tool error', async () => {
    const c = await connect({ allowWrite: true });
    const result = await c.call('revoke_secret', { secret_id: 'no-such-id' });
    expect(errorOf(result)).toMatchObject({ code: 'ACCT_HTTP_NOT_FOUND', status: 404 });
  });
});

describe('top_up', () => {
  it('tops up with the configured trx by default', async () => {
    const c = await connect({ allowWrite: true, allowTopUp: true, trx: 'trx-default-1' });
    const result = await c.call('top_up');
    expect(result.structuredContent).toEqual({
      error_code: '200',
      error_code_label: 'success',
      trx: 'trx-default-1',
    });
    expect(texts(result)).toEqual(['Top-up sent with trx trx-default-1: 200 success.']);
    expect(emulator.state.topUps.map((t) => t.trx)).toEqual(['trx-default-1']);
    expect(emulator.state.accounts[API_KEY]?.balance).toBe(20.5);
  });

  it('uses the trx the agent passes', async () => {
    const c = await connect({ allowWrite: true, allowTopUp: true, trx: 'trx-default-1' });
    await c.call('top_up', { trx: 'trx-agent-2' });
    expect(emulator.state.topUps.map((t) => t.trx)).toEqual(['trx-agent-2']);
  });

  it('refuses without any trx', async () => {
    const c = await connect({ allowWrite: true, allowTopUp: true });
    const result = await c.call('top_up');
    expect(errorOf(result)).toMatchObject({ code: 'ACCT_MCP_TRX_MISSING' });
    expect(emulator.state.topUps).toEqual([]);
  });

  it('is sent exactly once when the server fails (never retried)', async () => {
    const c = await connect({ allowWrite: true, allowTopUp: true, trx: 'trx-1' });
    emulator.inject({ path: '/account/top-up', status: 503, times: 3 });
    const result = await c.call('top_up');
    expect(errorOf(result)).toMatchObject({ code: 'ACCT_HTTP_SERVER', status: 503 });
    expect(emulator.requests.filter((r) => r.path === '/account/top-up')).toHaveLength(1);
  });
});

describe('resource acct://account/summary', () => {
  it('is listed and reads balance, auto-reload, callbacks and the number of secrets', async () => {
    const c = await connect();
    const { resources } = await c.client.listResources();
    expect(resources.map((r) => [r.uri, r.mimeType])).toEqual([
      ['acct://account/summary', 'application/json'],
    ]);
    expect(JSON.parse(await c.read('acct://account/summary'))).toEqual({
      balance_eur: 10.5,
      auto_reload: true,
      mo_callback_url: '',
      dr_callback_url: '',
      secrets_count: 1,
    });
  });

  it('fails with status, title and hint when the credentials are wrong', async () => {
    conn = await connectClient({
      apiKey: API_KEY,
      apiSecret: 'Wrong1Secret',
      restHost: emulator.url,
      apiHost: emulator.url,
    });
    await expect(conn.read('acct://account/summary')).rejects.toThrow(
      /401 .*Hint: The server credentials/,
    );
  });

  it('answers a failed read only once every request it started has finished', async () => {
    // balance fails at once; settings and secrets answer a second later
    const finished: string[] = [];
    const slow = createServer((req, res) => {
      res.on('finish', () => finished.push(`${req.method} ${req.url}`));
      const json = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (req.url === '/account/get-balance') {
        json(401, { 'error-code': '401', 'error-code-label': 'authentication failed' });
      } else setTimeout(() => json(200, {}), 1000);
    });
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(slow.address() as AddressInfo).port}`;
    try {
      conn = await connectClient({
        apiKey: API_KEY,
        apiSecret: API_SECRET,
        restHost: url,
        apiHost: url,
      });
      await expect(conn.read('acct://account/summary')).rejects.toThrow(/401/);
      expect(finished.sort()).toEqual([
        'GET /account/get-balance',
        'GET /accounts/acct-demo/secrets',
        'POST /account/settings',
      ]);
    } finally {
      slow.closeAllConnections();
      await new Promise((resolve) => slow.close(resolve));
    }
  });
});
