import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { startEmulator, type RunningEmulator } from '@acct/emulator';
import { basic, call, DEMO_AUTH, ISO_SECONDS, postForm } from '../../helpers/http';

let emulator: RunningEmulator;
const OFF = basic('off1', 'Off1Secret');
beforeAll(async () => {
  emulator = await startEmulator({
    accounts: [
      {
        apiKey: 'acct-demo',
        secrets: ['Demo1Secret'],
        balance: 10.5,
        autoReload: true,
        topUpAmount: 10,
      },
      { apiKey: 'off1', secrets: ['Off1Secret'], balance: 1, autoReload: false },
      {
        apiKey: 'odd1',
        secrets: ['Odd1Secret1'],
        balance: 0.1,
        autoReload: true,
        topUpAmount: 0.2,
      },
    ],
  });
});
beforeEach(() => emulator.reset());
afterAll(() => emulator.close());

const topUp = (body: string, auth = DEMO_AUTH) =>
  postForm(`${emulator.url}/account/top-up`, body, auth);

describe('POST /account/top-up', () => {
  it('adds the top-up amount, answers error-code 200 and records the charge', async () => {
    const reply = await topUp('trx=8ef2447e69604f642ae59363aa5f781b');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/json');
    expect(reply.json).toEqual({ 'error-code': '200', 'error-code-label': 'success' });
    const { accounts, topUps } = emulator.state;
    expect(accounts['acct-demo']?.balance).toBe(20.5);
    expect(topUps).toEqual([
      {
        apiKey: 'acct-demo',
        trx: '8ef2447e69604f642ae59363aa5f781b',
        amount: 10,
        balance: 20.5,
        at: expect.stringMatching(ISO_SECONDS),
      },
    ]);
  });

  it('counts every accepted top-up', async () => {
    await topUp('trx=a');
    await topUp('trx=b');
    await topUp('trx=c');
    expect(emulator.state.topUps.map((t) => t.trx)).toEqual(['a', 'b', 'c']);
    expect(emulator.state.accounts['acct-demo']?.balance).toBe(40.5);
    const balance = await call(`${emulator.url}/account/get-balance`, {
      headers: { authorization: DEMO_AUTH },
    });
    expect(balance.json).toEqual({ value: 40.5, autoReload: true });
  });

  it('keeps EUR amounts exact to 8 decimals', async () => {
    await topUp('trx=a', basic('odd1', 'Odd1Secret1'));
    expect(emulator.state.accounts.odd1?.balance).toBe(0.3);
  });

  it('answers 401 not auto-reload enabled when auto-reload is off, charging nothing', async () => {
    const reply = await topUp('trx=t1', OFF);
    expect(reply.status).toBe(401);
    expect(reply.json).toEqual({
      'error-code': '401',
      'error-code-label': 'not auto-reload enabled',
    });
    expect(emulator.state.topUps).toEqual([]);
    expect(emulator.state.accounts.off1?.balance).toBe(1);
  });

  it.each([
    ['no body', ''],
    ['no trx field', 'other=1'],
    ['an empty trx', 'trx='],
    ['a blank trx', 'trx=%20%20'],
  ])('answers 400 to %s, charging nothing', async (_name, body) => {
    const reply = await topUp(body);
    expect(reply.status).toBe(400);
    expect(reply.json).toEqual({
      'error-code': '400',
      'error-code-label': 'missing parameter: trx',
    });
    expect(emulator.state.topUps).toEqual([]);
  });

  it('accepts a charset parameter on the form content type', async () => {
    const reply = await call(`${emulator.url}/account/top-up`, {
      method: 'POST',
      headers: {
        authorization: DEMO_AUTH,
        'content-type': 'application/x-www-form-urlencoded; charset=UTF-8',
      },
      body: 'trx=x',
    });
    expect(reply.status).toBe(200);
  });

  it('answers 415 to a JSON body', async () => {
    const reply = await call(`${emulator.url}/account/top-up`, {
      method: 'POST',
      headers: { authorization: DEMO_AUTH, 'content-type': 'application/json' },
      body: '{"trx":"x"}',
    });
    expect(reply.status).toBe(415);
    expect(reply.json).toEqual({
      'error-code': '415',
      'error-code-label': 'use application/x-www-form-urlencoded',
    });
    expect(emulator.state.topUps).toEqual([]);
  });
});
