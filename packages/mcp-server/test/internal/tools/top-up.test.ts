import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startEmulator } from '@acct/emulator';
import { connectClient, errorOf, texts } from '../../helpers/connect-client';

type Emu = Awaited<ReturnType<typeof startEmulator>>;

let emulator: Emu;

beforeAll(async () => {
  emulator = await startEmulator({
    port: 0,
    accounts: [{ apiKey: 'noreload', secrets: ['NoReload1Secret'], balance: 1, autoReload: false }],
  });
});
afterAll(async () => {
  await emulator.close();
});

describe('top_up without auto-reload', () => {
  it('comes back as a typed tool error with the auto-reload hint, sent once', async () => {
    const c = await connectClient({
      apiKey: 'noreload',
      apiSecret: 'NoReload1Secret',
      restHost: emulator.url,
      apiHost: emulator.url,
      allowWrite: true,
      allowTopUp: true,
      trx: 'trx-9',
    });
    const result = await c.call('top_up');
    await c.close();
    expect(result.isError).toBe(true);
    expect(errorOf(result)).toEqual({
      code: 'ACCT_HTTP_AUTO_RELOAD_NOT_ENABLED',
      status: 401,
      title: 'not auto-reload enabled',
      hint: 'Top-up only works when auto-reload is enabled on the account (in the dashboard); the operator must enable it.',
    });
    expect(texts(result)[0]).toBe(
      'top_up failed: 401 not auto-reload enabled. Hint: Top-up only works when auto-reload is enabled on the account (in the dashboard); the operator must enable it.',
    );
    expect(emulator.requests.filter((r) => r.path === '/account/top-up')).toHaveLength(1);
    expect(emulator.state.topUps).toEqual([]);
  });

  it('a 503 or a connection lost after sending: sent once, and the hint says check get_balance, not try again', async () => {
    const hint =
      'The top-up may have been applied: the request may have reached the Account API before it ' +
      'failed. Call get_balance and compare before calling top_up again; a second top-up charges twice.';
    const reload = await startEmulator({
      port: 0,
      accounts: [{ apiKey: 'reload', secrets: ['Reload1Secret'], balance: 1, autoReload: true }],
    });
    const c = await connectClient({
      apiKey: 'reload',
      apiSecret: 'Reload1Secret',
      restHost: reload.url,
      apiHost: reload.url,
      allowWrite: true,
      allowTopUp: true,
      trx: 'trx-10',
    });
    reload.inject({ path: '/account/top-up', status: 503 });
    const unavailable = await c.call('top_up');
    reload.inject({ path: '/account/top-up', dropConnection: true, commit: true });
    const dropped = await c.call('top_up');
    await c.close();
    await reload.close();
    expect(errorOf(unavailable)).toMatchObject({ code: 'ACCT_HTTP_SERVER', status: 503, hint });
    expect(errorOf(dropped)).toMatchObject({ code: 'ACCT_NETWORK', hint });
    expect(reload.requests.filter((r) => r.path === '/account/top-up')).toHaveLength(2);
    expect(reload.state.topUps.map((t) => t.trx)).toEqual(['trx-10']);
  });
});
