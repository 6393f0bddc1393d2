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
});
