import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startEmulator, type RunningEmulator } from '@acct/emulator';
import { basic, call, DEMO_AUTH, TRACE_ID } from '../../helpers/http';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({
    accounts: [
      { apiKey: 'acct-demo', secrets: ['Demo1Secret'], balance: 10.171275, autoReload: false },
      { apiKey: 'zero', secrets: ['Zero1Secret'] },
    ],
  });
});
afterAll(() => emulator.close());

describe('GET /account/get-balance', () => {
  it('answers 200 { value, autoReload } as JSON with x-request-id', async () => {
    const reply = await call(`${emulator.url}/account/get-balance`, {
      headers: { authorization: DEMO_AUTH },
    });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/json');
    expect(reply.headers['content-length']).toBe(String(Buffer.byteLength(reply.text)));
    expect(reply.headers['x-request-id']).toMatch(TRACE_ID);
    expect(reply.json).toEqual({ value: 10.171275, autoReload: false });
  });

  it('answers the seeded defaults: balance 0, auto-reload off', async () => {
    const reply = await call(`${emulator.url}/account/get-balance`, {
      headers: { authorization: basic('zero', 'Zero1Secret') },
    });
    expect(reply.json).toEqual({ value: 0, autoReload: false });
  });

  it('ignores a body on GET', async () => {
    const reply = await call(`${emulator.url}/account/get-balance`, {
      method: 'GET',
      headers: { authorization: DEMO_AUTH, 'content-length': '0' },
    });
    expect(reply.status).toBe(200);
  });
});
