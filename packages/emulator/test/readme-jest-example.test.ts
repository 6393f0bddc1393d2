// The README's Jest example, verbatim below the marker (readme.test.ts checks the README still
// holds this exact text).
// ---- README Jest example ----
// account.test.ts
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { startEmulator, DEMO_ACCOUNT, type RunningEmulator } from '@acct/emulator';

const auth = `Basic ${Buffer.from(`${DEMO_ACCOUNT.apiKey}:${DEMO_ACCOUNT.apiSecret}`).toString('base64')}`;
let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator();
});
beforeEach(() => emulator.reset());
afterAll(() => emulator.close());

describe('my account code', () => {
  it('reads the balance', async () => {
    const response = await fetch(`${emulator.url}/account/get-balance`, {
      headers: { authorization: auth },
    });
    expect(await response.json()).toEqual({ value: 10.5, autoReload: true });
  });

  it('tops up once, even when the answer is lost', async () => {
    emulator.inject({ path: '/account/top-up', dropConnection: true, commit: true });
    const topUp = fetch(`${emulator.url}/account/top-up`, {
      method: 'POST',
      headers: { authorization: auth, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'trx=order-42',
    });
    await expect(topUp).rejects.toThrow('fetch failed');
    expect(emulator.state.topUps).toHaveLength(1); // charged once: never re-send a top-up
  });
});
