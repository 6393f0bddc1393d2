import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { startEmulator, type RunningEmulator } from '@acct/emulator';
import { basic, call, postForm, postJson, TRACE_ID } from '../helpers/http';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({
    accounts: [
      { apiKey: 'key1', secrets: ['FirstSecret1', 'SecondSecret2'], balance: 1, autoReload: true },
    ],
  });
});
beforeEach(() => emulator.reset());
afterAll(() => emulator.close());

const REST_401 = { 'error-code': '401', 'error-code-label': 'authentication failed' };
const balance = (suffix = '', init: RequestInit = {}) =>
  call(`${emulator.url}/account/get-balance${suffix}`, init);

describe('authentication on /account/* (rest)', () => {
  it('accepts a Basic header', async () => {
    const reply = await balance('', { headers: { authorization: basic('key1', 'FirstSecret1') } });
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({ value: 1, autoReload: true });
  });

  it('accepts every current secret of the account', async () => {
    const reply = await balance('', { headers: { authorization: basic('key1', 'SecondSecret2') } });
    expect(reply.status).toBe(200);
  });

  it('accepts api_key and api_secret query parameters, percent-encoded', async () => {
    const reply = await balance('?api_key=key1&api_secret=First%53ecret1');
    expect(reply.status).toBe(200);
    expect(emulator.requests[0]?.query).toEqual({
      api_key: '[REDACTED]',
      api_secret: '[REDACTED]',
    });
    expect(emulator.requests[0]?.apiKey).toBe('key1');
  });

  it('accepts api_key and api_secret form fields on a rest POST', async () => {
    const reply = await postForm(
      `${emulator.url}/account/settings`,
      'api_key=key1&api_secret=FirstSecret1',
    );
    expect(reply.status).toBe(200);
    expect(emulator.requests[0]?.body).toBe('api_key=%5BREDACTED%5D&api_secret=%5BREDACTED%5D');
  });

  it.each([
    ['no credentials', {}],
    ['a wrong secret', { authorization: basic('key1', 'WrongSecret9') }],
    ['an unknown key', { authorization: basic('nobody', 'FirstSecret1') }],
    ['a Bearer token', { authorization: 'Bearer abc.def.ghi' }],
    [
      'a Basic header without a colon',
      { authorization: `Basic ${Buffer.from('key1').toString('base64')}` },
    ],
    ['a Basic header with an empty key', { authorization: basic('', 'FirstSecret1') }],
  ])('answers 401 authentication failed to %s', async (_name, headers) => {
    const reply = await balance('', { headers });
    expect(reply.status).toBe(401);
    expect(reply.headers['content-type']).toBe('application/json');
    expect(reply.json).toEqual(REST_401);
  });

  it('answers 401 to an api_key without api_secret', async () => {
    const reply = await balance('?api_key=key1');
    expect(reply.json).toEqual(REST_401);
  });

  it('lets a Basic header win over query parameters', async () => {
    const reply = await balance('?api_key=key1&api_secret=FirstSecret1', {
      headers: { authorization: basic('key1', 'WrongSecret9') },
    });
    expect(reply.status).toBe(401);
  });

  it('answers 401 on top-up and settings too, changing nothing', async () => {
    const topUp = await postForm(`${emulator.url}/account/top-up`, 'trx=t1');
    const settings = await postForm(
      `${emulator.url}/account/settings`,
      'moCallBackUrl=https%3A%2F%2Fx.test',
      basic('key1', 'nope'),
    );
    expect([topUp.status, topUp.json]).toEqual([401, REST_401]);
    expect([settings.status, settings.json]).toEqual([401, REST_401]);
    expect(emulator.state.topUps).toEqual([]);
    expect(emulator.state.accounts.key1?.moCallbackUrl).toBe('');
  });
});

describe('authentication on /accounts/* (api)', () => {
  const secrets = (init: RequestInit = {}, suffix = '') =>
    call(`${emulator.url}/accounts/key1/secrets${suffix}`, init);

  it('accepts a Basic header and query parameters', async () => {
    expect(
      (await secrets({ headers: { authorization: basic('key1', 'FirstSecret1') } })).status,
    ).toBe(200);
    expect((await secrets({}, '?api_key=key1&api_secret=SecondSecret2')).status).toBe(200);
  });

  it('answers a 401 problem with the expected format when credentials are missing', async () => {
    const reply = await secrets();
    expect(reply.status).toBe(401);
    expect(reply.headers['content-type']).toBe('application/problem+json');
    expect(reply.headers['www-authenticate']).toBe('Basic realm="Account API"');
    expect(reply.json).toEqual({
      type: 'https://developer.nexmo.com/api-errors#unauthorized',
      title: 'Unauthorized',
      detail:
        'Invalid credentials format. Expected: "Authorization: (Base64(UTF-8(apiKey:secret)))"',
      instance: reply.headers['x-request-id'],
    });
    expect(reply.headers['x-request-id']).toMatch(TRACE_ID);
  });

  it('answers a 401 problem when credentials are wrong', async () => {
    const reply = await secrets({ headers: { authorization: basic('key1', 'WrongSecret9') } });
    expect(reply.status).toBe(401);
    expect(reply.json).toEqual({
      type: 'https://developer.nexmo.com/api-errors#unauthorized',
      title: 'Unauthorized',
      detail: 'You did not provide correct credentials.',
      instance: reply.headers['x-request-id'],
    });
  });

  it('does not read credentials from a JSON body', async () => {
    const reply = await postJson(`${emulator.url}/accounts/key1/secrets`, {
      api_key: 'key1',
      api_secret: 'FirstSecret1',
      secret: 'ThirdSecret3',
    });
    expect(reply.status).toBe(401);
    expect(emulator.state.accounts.key1?.secrets).toHaveLength(2);
  });
});
