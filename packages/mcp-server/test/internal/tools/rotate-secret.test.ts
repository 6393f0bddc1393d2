import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { startEmulator } from '@acct/emulator';
import { Acct } from '@acct/server-sdk';
import { connectClient, errorOf, texts, type Connected } from '../../helpers/connect-client';

type Emu = Awaited<ReturnType<typeof startEmulator>>;

// a canary: it must never appear in anything the agent or the log sees
const API_KEY = 'canary01';
const API_SECRET = 'Canary7SecretValue';
const OTHER_SECRET = 'Second9SecretVal';

let emulator: Emu;
let dir: string;
let secretOut: string;
let conn: Connected | undefined;

const connect = async (options: { secretOut?: string; apiKey?: string } = {}) => {
  conn = await connectClient({
    apiKey: options.apiKey ?? API_KEY,
    apiSecret: API_SECRET,
    restHost: emulator.url,
    apiHost: emulator.url,
    allowWrite: true,
    ...(options.secretOut === undefined ? {} : { secretOut: options.secretOut }),
  });
  return conn;
};

const secretsOf = (apiKey = API_KEY) =>
  (emulator.state.accounts[apiKey]?.secrets ?? []).map((s) => s.id);

const readSecretFile = async (): Promise<string> => (await readFile(secretOut, 'utf8')).trim();

beforeAll(async () => {
  emulator = await startEmulator({
    port: 0,
    accounts: [
      { apiKey: API_KEY, secrets: [API_SECRET], balance: 5 },
      { apiKey: 'full0001', secrets: [API_SECRET, OTHER_SECRET], balance: 5 },
    ],
  });
});
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'acct-mcp-'));
  secretOut = join(dir, 'new-secret.txt');
});
afterEach(async () => {
  if (conn) {
    let newSecret = '';
    newSecret = await readFile(secretOut, 'utf8').then(
      (s) => s.trim(),
      () => '',
    );
    // canary check: neither the API secret nor the generated one shows in any result or log line
    for (const text of [...conn.seen, ...conn.logs]) {
      expect(text).not.toContain(API_SECRET);
      if (newSecret !== '') expect(text).not.toContain(newSecret);
    }
    await conn.close();
  }
  conn = undefined;
  emulator.reset();
  await rm(dir, { recursive: true, force: true });
});
afterAll(async () => {
  await emulator.close();
});

describe('rotate_secret', () => {
  it('writes a strong secret to --secret-out (mode 0600) and returns only id, revoked ids and path', async () => {
    const c = await connect({ secretOut });
    const [oldId] = secretsOf();
    const result = await c.call('rotate_secret');
    expect(result.isError).toBeUndefined();
    const ids = secretsOf();
    expect(ids).toHaveLength(2);
    const newId = ids.find((id) => id !== oldId);
    expect(result.structuredContent).toEqual({
      new_secret_id: newId,
      revoked_ids: [],
      secret_file: secretOut,
    });
    expect(texts(result)).toEqual([
      `New API secret ${newId} created and written to ${secretOut} (mode 0600). No secret revoked. ` +
        'The operator must move it into ACCT_API_SECRET before the next restart.',
    ]);
    expect((await stat(secretOut)).mode & 0o777).toBe(0o600);
    const secret = await readSecretFile();
    expect(secret).toMatch(/^[A-Za-z0-9]{25}$/);
    expect(secret).toMatch(/[a-z]/);
    expect(secret).toMatch(/[A-Z]/);
    expect(secret).toMatch(/[0-9]/);
    // the secret in the file really authenticates
    const acct = new Acct(
      { apiKey: API_KEY, apiSecret: secret },
      { restHost: emulator.url, apiHost: emulator.url },
    );
    await expect(acct.accounts.getBalance()).resolves.toEqual({ value: 5, autoReload: false });
    expect(c.logs).toEqual([
      `[acct-mcp] rotate_secret: new secret ${newId} written to ${secretOut}`,
      '[acct-mcp] rotate_secret: ok',
    ]);
  });

  it('revokes the previous secrets on request and keeps working with the new one', async () => {
    const c = await connect({ secretOut });
    const [oldId] = secretsOf();
    const result = await c.call('rotate_secret', { revoke: 'previous' });
    expect(result.structuredContent).toMatchObject({
      revoked_ids: [oldId],
      secret_file: secretOut,
    });
    expect(secretsOf()).toEqual([
      (result.structuredContent as { new_secret_id: string }).new_secret_id,
    ]);
    // the server switched to the proven new secret: the old one is gone, calls still work
    const balance = await c.call('get_balance');
    expect(balance.structuredContent).toEqual({ balance_eur: 5, auto_reload: false });
  });

  it('refuses to run without --secret-out, with a clear tool error', async () => {
    const c = await connect();
    const result = await c.call('rotate_secret');
    expect(result.isError).toBe(true);
    expect(errorOf(result)).toEqual({
      code: 'ACCT_MCP_SECRET_OUT_MISSING',
      title: 'No secret file configured',
      detail: 'rotate_secret needs a file to write the new secret to, and none was configured.',
      hint: 'Ask the operator to restart acct-mcp with --secret-out <file>.',
    });
    expect(secretsOf()).toHaveLength(1);
  });

  it('refuses to overwrite an existing file and changes nothing', async () => {
    await writeFile(secretOut, 'keep me\n');
    const c = await connect({ secretOut });
    const result = await c.call('rotate_secret');
    expect(errorOf(result)).toMatchObject({ code: 'ACCT_MCP_SECRET_OUT_EXISTS' });
    expect(await readFile(secretOut, 'utf8')).toBe('keep me\n');
    expect(secretsOf()).toHaveLength(1);
  });

  it('reports an unwritable location', async () => {
    const c = await connect({ secretOut: join(dir, 'missing-dir', 'secret.txt') });
    const result = await c.call('rotate_secret');
    expect(errorOf(result)).toMatchObject({
      code: 'ACCT_MCP_SECRET_OUT_UNWRITABLE',
      detail: `The secret file ${join(dir, 'missing-dir', 'secret.txt')} cannot be created (ENOENT).`,
    });
    expect(secretsOf()).toHaveLength(1);
  });

  it('refuses when the key already holds two secrets, removing the unused file', async () => {
    const c = await connect({ secretOut, apiKey: 'full0001' });
    const ids = secretsOf('full0001');
    const result = await c.call('rotate_secret');
    expect(errorOf(result)).toMatchObject({ code: 'ACCT_MAXIMUM_SECRETS', secret_ids: ids });
    expect(errorOf(result).hint).toContain('revoke_secret');
    await expect(stat(secretOut)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('removes the file when the new secret does not authenticate (rolled back)', async () => {
    const c = await connect({ secretOut });
    emulator.inject({ method: 'GET', path: '/account/get-balance', status: 401, times: 1 });
    const result = await c.call('rotate_secret');
    expect(errorOf(result)).toMatchObject({ code: 'ACCT_SECRET_ROTATION' });
    await expect(stat(secretOut)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(secretsOf()).toHaveLength(1);
  });

  // the server creates the secret, then the answer is lost or refused: the secret may be active
  it.each([
    [503, 'ACCT_HTTP_SERVER'],
    [429, 'ACCT_HTTP_RATE_LIMIT'],
    [408, 'ACCT_HTTP_ERROR'],
  ])(
    'keeps the file when the create answered %i after creating the secret (outcome unknown)',
    async (status, code) => {
      const c = await connect({ secretOut });
      const [oldId] = secretsOf();
      const before = new Date(Math.floor(Date.now() / 1000) * 1000);
      emulator.inject({
        method: 'POST',
        path: '/accounts/{api_key}/secrets',
        status,
        commit: true,
      });
      const result = await c.call('rotate_secret');
      const error = errorOf(result);
      const startedAt = String(error.started_at);
      expect(new Date(startedAt).getTime()).toBeGreaterThanOrEqual(before.getTime());
      expect(error).toMatchObject({
        code,
        status,
        outcome: 'unknown',
        secret_file: secretOut,
        started_at: startedAt,
        hint:
          'The outcome is unknown: the Account API may have created the new secret before this ' +
          `failure, so ${secretOut} is kept and holds it. To check, call list_secrets: a secret created ` +
          `at or after ${startedAt} is the new one (it works; the operator should move it from the ` +
          'file into ACCT_API_SECRET). If there is none, the operator can delete the file and rotate ' +
          'again. Do not call rotate_secret again before checking: an account holds at most two secrets.',
      });
      // the secret was created, exactly once (a create is never re-sent)
      expect(secretsOf()).toHaveLength(2);
      expect(emulator.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
      // the file is still there and holds the secret the server now has: it authenticates
      const secret = await readSecretFile();
      expect(secret).toMatch(/^[A-Za-z0-9]{25}$/);
      const acct = new Acct(
        { apiKey: API_KEY, apiSecret: secret },
        { restHost: emulator.url, apiHost: emulator.url },
      );
      await expect(acct.accounts.getBalance()).resolves.toEqual({ value: 5, autoReload: false });
      // and the check the hint describes finds it
      const list = await c.call('list_secrets');
      const listed = (list.structuredContent as { secrets: { id: string; created_at: string }[] })
        .secrets;
      const fresh = listed.filter((s) => s.id !== oldId);
      expect(fresh).toHaveLength(1);
      expect(fresh[0]!.created_at >= startedAt).toBe(true);
      expect(c.logs).toContain(
        `[acct-mcp] rotate_secret: outcome unknown, ${secretOut} kept (the secret may be active)`,
      );
    },
  );

  it('keeps the file when the create timed out (outcome unknown)', async () => {
    conn = await connectClient({
      apiKey: API_KEY,
      apiSecret: API_SECRET,
      restHost: emulator.url,
      apiHost: emulator.url,
      allowWrite: true,
      secretOut,
      timeout: 300,
    });
    emulator.inject({
      method: 'POST',
      path: '/accounts/{api_key}/secrets',
      delayMs: 1500,
    });
    const result = await conn.call('rotate_secret');
    expect(errorOf(result)).toMatchObject({
      code: 'ACCT_TIMEOUT',
      outcome: 'unknown',
      secret_file: secretOut,
    });
    expect(await readSecretFile()).toMatch(/^[A-Za-z0-9]{25}$/);
  });

  it.each([400, 401, 403, 409, 422])(
    'removes the file when the server refused the create with a definite %i',
    async (status) => {
      const c = await connect({ secretOut });
      emulator.inject({ method: 'POST', path: '/accounts/{api_key}/secrets', status });
      const result = await c.call('rotate_secret');
      expect(errorOf(result)).toMatchObject({ status });
      expect(errorOf(result).outcome).toBeUndefined();
      await expect(stat(secretOut)).rejects.toMatchObject({ code: 'ENOENT' });
      expect(secretsOf()).toHaveLength(1);
    },
  );

  it('removes the file when the list before the create failed (nothing was created)', async () => {
    const c = await connect({ secretOut });
    emulator.inject({ method: 'GET', path: '/accounts/{api_key}/secrets', status: 503, times: 5 });
    const result = await c.call('rotate_secret');
    expect(errorOf(result)).toMatchObject({ status: 503 });
    expect(errorOf(result).outcome).toBeUndefined();
    await expect(stat(secretOut)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(emulator.requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('removes the file when the server refused to create the secret (4xx)', async () => {
    const c = await connect({ secretOut });
    emulator.inject({ method: 'POST', path: '/accounts/{api_key}/secrets', status: 400 });
    const result = await c.call('rotate_secret');
    expect(errorOf(result)).toMatchObject({ status: 400 });
    await expect(stat(secretOut)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(secretsOf()).toHaveLength(1);
  });

  it('keeps the file when only revoking a previous secret failed', async () => {
    const c = await connect({ secretOut });
    emulator.inject({
      method: 'DELETE',
      path: '/accounts/{api_key}/secrets/{secret_id}',
      status: 403,
      times: 1,
    });
    const result = await c.call('rotate_secret', { revoke: 'previous' });
    expect(errorOf(result)).toMatchObject({ code: 'ACCT_SECRET_ROTATION' });
    expect(await readSecretFile()).toMatch(/^[A-Za-z0-9]{25}$/);
    expect(secretsOf()).toHaveLength(2);
  });
});
