import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { startEmulator, type RunningEmulator } from '@acct/emulator';
import { basic, postForm } from '../../helpers/http';

let emulator: RunningEmulator;
const AUTH = basic('key1', 'Key1Secret1');
beforeAll(async () => {
  emulator = await startEmulator({
    accounts: [
      {
        apiKey: 'key1',
        secrets: ['Key1Secret1'],
        moCallbackUrl: 'https://example.com/webhooks/inbound-sms',
        drCallbackUrl: 'https://example.com/webhooks/delivery-receipt',
        maxOutboundRequest: 10,
        maxInboundRequest: 20,
        maxCallsPerSecond: 40,
      },
    ],
  });
});
beforeEach(() => emulator.reset());
afterAll(() => emulator.close());

const settings = (body: string) => postForm(`${emulator.url}/account/settings`, body, AUTH);
const SEEDED = {
  'mo-callback-url': 'https://example.com/webhooks/inbound-sms',
  'dr-callback-url': 'https://example.com/webhooks/delivery-receipt',
  'max-outbound-request': 10,
  'max-inbound-request': 20,
  'max-calls-per-second': 40,
};

describe('POST /account/settings', () => {
  it('with no fields changes nothing and answers all five fields', async () => {
    const before = emulator.state.accounts.key1;
    const reply = await settings('');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/json');
    expect(reply.json).toEqual(SEEDED);
    expect(emulator.state.accounts.key1).toEqual(before);
  });

  it('updates only the field given', async () => {
    const reply = await settings('moCallBackUrl=https%3A%2F%2Fnew.example%2Fmo');
    expect(reply.json).toEqual({ ...SEEDED, 'mo-callback-url': 'https://new.example/mo' });
    expect(emulator.state.accounts.key1?.moCallbackUrl).toBe('https://new.example/mo');
    expect(emulator.state.accounts.key1?.drCallbackUrl).toBe(SEEDED['dr-callback-url']);
  });

  it('updates both fields', async () => {
    const reply = await settings(
      'moCallBackUrl=http%3A%2F%2Fa.test&drCallBackUrl=http%3A%2F%2Fb.test',
    );
    expect(reply.json).toEqual({
      ...SEEDED,
      'mo-callback-url': 'http://a.test',
      'dr-callback-url': 'http://b.test',
    });
  });

  it('unsets a field given as an empty string', async () => {
    const reply = await settings('drCallBackUrl=');
    expect(reply.json).toEqual({ ...SEEDED, 'dr-callback-url': '' });
    expect(emulator.state.accounts.key1?.drCallbackUrl).toBe('');
    expect((await settings('')).json).toEqual({ ...SEEDED, 'dr-callback-url': '' });
  });

  it('answers 400 to a URL that is not http(s), changing nothing', async () => {
    const reply = await settings('moCallBackUrl=https%3A%2F%2Fok.test&drCallBackUrl=ftp%3A%2F%2Fx');
    expect(reply.status).toBe(400);
    expect(reply.json).toEqual({
      'error-code': '400',
      'error-code-label': 'invalid parameter: drCallBackUrl must be an http or https URL',
    });
    expect(emulator.state.accounts.key1?.moCallbackUrl).toBe(SEEDED['mo-callback-url']);
    expect((await settings('moCallBackUrl=not a url')).status).toBe(400);
  });
});
