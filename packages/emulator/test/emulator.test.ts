import { inspect } from 'node:util';
import { describe, expect, it } from '@jest/globals';
import {
  DEMO_ACCOUNT,
  Emulator,
  EmulatorOptionError,
  type AccountSeed,
  type EmulatorOptions,
  type EmulatorRequest,
} from '@acct/emulator';
import { basic, DEMO_AUTH, TRACE_ID } from './helpers/http';
import { errorOf, expectOptionError, render } from './helpers/errors';

const CANARY = 'Canary9Secret';
const get = (url: string, headers: EmulatorRequest['headers'] = {}): EmulatorRequest => ({
  method: 'GET',
  url,
  headers,
});

describe('Emulator state', () => {
  it('is a deep-frozen snapshot that later changes do not touch', async () => {
    const emulator = new Emulator();
    const before = emulator.state;
    expect(Object.isFrozen(before)).toBe(true);
    expect(Object.isFrozen(before.accounts)).toBe(true);
    expect(Object.isFrozen(before.accounts['acct-demo'])).toBe(true);
    expect(Object.isFrozen(before.accounts['acct-demo']!.secrets[0])).toBe(true);
    expect(Object.isFrozen(before.topUps)).toBe(true);
    expect(() => {
      (before.accounts['acct-demo'] as { balance: number }).balance = 1;
    }).toThrow(TypeError);
    await emulator.handle({
      method: 'POST',
      url: '/account/top-up',
      headers: { authorization: DEMO_AUTH, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'trx=1',
    });
    expect(before.accounts['acct-demo']!.balance).toBe(10.5);
    expect(before.topUps).toEqual([]);
    expect(emulator.state.accounts['acct-demo']!.balance).toBe(20.5);
    expect(emulator.state).not.toBe(emulator.state);
  });

  it('never shows a secret or its hash', () => {
    const emulator = new Emulator({ accounts: [{ apiKey: 'k', secrets: [CANARY] }] });
    const text =
      JSON.stringify(emulator.state) + inspect(emulator.state, { depth: 10 }) + inspect(emulator);
    expect(text).not.toContain(CANARY);
    expect(Object.keys(emulator.state.accounts.k!.secrets[0]!)).toEqual(['id', 'createdAt']);
  });

  it('links primary and sub-accounts', () => {
    const emulator = new Emulator({
      accounts: [
        {
          apiKey: 'p',
          secrets: ['P1secret'],
          subAccounts: [{ apiKey: 's', secrets: ['S1secret'] }],
        },
      ],
    });
    expect(emulator.state.accounts.p).toMatchObject({ primaryApiKey: null, subAccounts: ['s'] });
    expect(emulator.state.accounts.s).toMatchObject({ primaryApiKey: 'p', subAccounts: [] });
  });
});

describe('Emulator seeds', () => {
  const SEED_SHAPE = "{ apiKey: 'key1', secrets: ['Secret123'] }";
  it.each<[string, unknown, string, string]>([
    [
      'accounts not an array',
      'x',
      'accounts',
      `must be an array of AccountSeed such as [${SEED_SHAPE}], got a string of 1 character`,
    ],
    [
      'an account not an object',
      [null],
      'accounts[0]',
      `must be a plain object such as ${SEED_SHAPE}, got null`,
    ],
    [
      'an empty apiKey',
      [{ apiKey: '', secrets: ['a'] }],
      'accounts[0].apiKey',
      'must be a string of 1 to 256 characters without control characters, ":" (it ends the Basic user name) or surrounding spaces, got an empty string',
    ],
    [
      'an apiKey with ":" (it would end the Basic user name)',
      [{ apiKey: 'acct-demo:Demo1Secret', secrets: ['a'] }],
      'accounts[0].apiKey',
      'must be a string of 1 to 256 characters without control characters, ":" (it ends the Basic user name) or surrounding spaces, got a string of 21 characters',
    ],
    [
      'a duplicate apiKey',
      [
        { apiKey: 'a', secrets: ['a'] },
        { apiKey: 'a', secrets: ['a'] },
      ],
      'accounts[1].apiKey',
      'is seeded twice: accounts[0].apiKey has the same key',
    ],
    [
      'no secrets',
      [{ apiKey: 'a' }],
      'accounts[0].secrets',
      'must be an array of 1 to 2 secrets, got undefined',
    ],
    [
      'three secrets',
      [{ apiKey: 'a', secrets: ['a', 'b', 'c'] }],
      'accounts[0].secrets',
      'must be an array of 1 to 2 secrets, got an array of 3 items',
    ],
    [
      'an empty secret',
      [{ apiKey: 'a', secrets: [''] }],
      'accounts[0].secrets[0]',
      'must be a string of 1 to 256 visible ASCII characters (no space or control character), got an empty string',
    ],
    [
      'a secret with CR LF',
      [{ apiKey: 'a', secrets: ['Good1Secret', `${CANARY}\r\n`] }],
      'accounts[0].secrets[1]',
      'must be a string of 1 to 256 visible ASCII characters (no space or control character), got a string of 15 characters',
    ],
    [
      'a NaN balance',
      [{ apiKey: 'a', secrets: ['a'], balance: Number.NaN }],
      'accounts[0].balance',
      'must be a finite number, got NaN',
    ],
    [
      'a string top-up amount',
      [{ apiKey: 'a', secrets: ['a'], topUpAmount: '10' }],
      'accounts[0].topUpAmount',
      'must be a finite number >= 0, got a string of 2 characters',
    ],
    [
      'a negative rate limit',
      [{ apiKey: 'a', secrets: ['a'], maxCallsPerSecond: -1 }],
      'accounts[0].maxCallsPerSecond',
      'must be a finite number >= 0, got -1',
    ],
    [
      'a non-boolean autoReload',
      [{ apiKey: 'a', secrets: ['a'], autoReload: 'yes' }],
      'accounts[0].autoReload',
      'must be true or false, got a string of 3 characters',
    ],
    [
      'a numeric callback URL',
      [{ apiKey: 'a', secrets: ['a'], moCallBackUrl: 1 }],
      'accounts[0].moCallBackUrl',
      "must be '' (unset) or an absolute http(s) URL of at most 2048 characters without spaces or control characters, got a number",
    ],
    [
      'a callback URL with CR LF (the URL parser would drop them)',
      [{ apiKey: 'a', secrets: ['a'], drCallbackUrl: 'https://example.com/\r\ndr' }],
      'accounts[0].drCallbackUrl',
      "must be '' (unset) or an absolute http(s) URL of at most 2048 characters without spaces or control characters, got a string of 24 characters",
    ],
    [
      'both spellings of a callback URL',
      [
        {
          apiKey: 'a',
          secrets: ['a'],
          moCallBackUrl: 'https://example.com/mo',
          moCallbackUrl: 'https://example.com/mo',
        },
      ],
      'accounts[0].moCallbackUrl',
      'is the old spelling of moCallBackUrl: give only moCallBackUrl',
    ],
    [
      'a misspelt field',
      [{ apiKey: 'a', secrets: ['a'], moCallbackURL: 'https://example.com/mo' }],
      'accounts[0]',
      'has an unknown option "moCallbackURL": did you mean "moCallBackUrl"?',
    ],
    [
      'subAccounts not an array',
      [{ apiKey: 'a', secrets: ['a'], subAccounts: {} }],
      'accounts[0].subAccounts',
      'must be an array of AccountSeed, got an object',
    ],
    [
      'a sub-account with sub-accounts',
      [
        {
          apiKey: 'a',
          secrets: ['a'],
          subAccounts: [
            { apiKey: 'b', secrets: ['b'], subAccounts: [{ apiKey: 'c', secrets: ['c'] }] },
          ],
        },
      ],
      'accounts[0].subAccounts[0].subAccounts',
      'must be empty: a sub-account cannot have sub-accounts',
    ],
  ])('rejects %s with an EmulatorOptionError naming it', (_name, accounts, option, reason) => {
    const error = errorOf(() => new Emulator({ accounts: accounts as AccountSeed[] }));
    expect(error).toBeInstanceOf(EmulatorOptionError);
    expect(error).toBeInstanceOf(TypeError);
    expect(error).toMatchObject({
      name: 'EmulatorOptionError',
      code: 'ACCT_EMULATOR_OPTION',
      option,
      message: `[@acct/emulator] ${option} ${reason}`,
    });
    expect(render(error)).not.toContain(CANARY);
  });

  it('seeds at most 10,000 accounts in all', () => {
    const seeds = (n: number): AccountSeed[] =>
      Array.from({ length: n }, (_, i) => ({ apiKey: `k${i}`, secrets: ['Abcdefg1'] }));
    expect(Object.keys(new Emulator({ accounts: seeds(10_000) }).state.accounts)).toHaveLength(
      10_000,
    );
    expectOptionError(
      () => new Emulator({ accounts: seeds(10_001) }),
      'accounts',
      'may hold at most 10000 accounts in all',
    );
  });

  it('rejects options that are not { accounts }', () => {
    expect(() => new Emulator({ acounts: [] } as unknown as EmulatorOptions)).toThrow(
      new EmulatorOptionError(
        'new Emulator() options',
        'has an unknown option "acounts": did you mean "accounts"?',
      ),
    );
  });

  it('accepts the SDK spelling moCallBackUrl and the former moCallbackUrl alike', () => {
    const emulator = new Emulator({
      accounts: [
        { apiKey: 'sdk', secrets: ['Sdk1Secret'], moCallBackUrl: 'https://example.com/mo' },
        { apiKey: 'old', secrets: ['Old1Secret'], drCallbackUrl: 'https://example.com/dr' },
      ],
    });
    expect(emulator.state.accounts.sdk).toMatchObject({
      moCallBackUrl: 'https://example.com/mo',
      moCallbackUrl: 'https://example.com/mo',
      drCallBackUrl: '',
    });
    expect(emulator.state.accounts.old).toMatchObject({
      moCallBackUrl: '',
      drCallBackUrl: 'https://example.com/dr',
      drCallbackUrl: 'https://example.com/dr',
    });
  });
});

describe('Emulator reset()', () => {
  it('returns to the seeded state with the same secret ids, and clears faults and the log', async () => {
    const emulator = new Emulator();
    const seeded = emulator.state;
    const auth = { authorization: DEMO_AUTH, 'content-type': 'application/json' };
    await emulator.handle({
      method: 'POST',
      url: '/accounts/acct-demo/secrets',
      headers: auth,
      body: '{"secret":"Another1Secret"}',
    });
    await emulator.handle({
      method: 'POST',
      url: '/account/top-up',
      headers: { authorization: DEMO_AUTH, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'trx=1',
    });
    emulator.inject({ path: '/account/get-balance', status: 500 });
    expect(emulator.state).not.toEqual(seeded);
    emulator.reset();
    expect(emulator.state).toEqual(seeded);
    expect(emulator.requests).toEqual([]);
    const after = await emulator.handle(get('/account/get-balance', { authorization: DEMO_AUTH }));
    expect(after.status).toBe(200);
    const revoked = await emulator.handle(
      get('/account/get-balance', { authorization: basic('acct-demo', 'Another1Secret') }),
    );
    expect(revoked.status).toBe(401);
  });
});

describe('Emulator requests (the log)', () => {
  it('redacts credentials in headers, query, form and JSON bodies', async () => {
    const emulator = new Emulator({
      accounts: [{ apiKey: 'k', secrets: [CANARY], autoReload: true }],
    });
    const auth = basic('k', CANARY);
    await emulator.handle(
      get(`/account/get-balance?api_key=k&api_secret=${CANARY}`, {
        Cookie: `s=${CANARY}`,
        'X-Api-Key': CANARY,
        'X-Api-Secret': CANARY,
        'X-Auth-Token': CANARY,
      }),
    );
    await emulator.handle({
      method: 'POST',
      url: '/account/top-up',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `api_key=k&api_secret=${CANARY}&trx=t1`,
    });
    await emulator.handle({
      method: 'POST',
      url: '/accounts/k/secrets',
      headers: { authorization: auth, 'content-type': 'application/json' },
      body: JSON.stringify({
        secret: `${CANARY}2`,
        nested: [{ token: CANARY, newSecret: CANARY, accessToken: CANARY }],
      }),
    });
    await emulator.handle({
      method: 'POST',
      url: '/accounts/k/secrets',
      headers: { authorization: auth, 'content-type': 'application/json' },
      body: `{"secret":"${CANARY}"`, // malformed: kept only as a size
    });
    const log = emulator.requests;
    expect(JSON.stringify(log) + inspect(log, { depth: 10 })).not.toContain(CANARY);
    expect(log.map((r) => [r.method, r.path, r.status, r.apiKey])).toEqual([
      ['GET', '/account/get-balance', 200, 'k'],
      ['POST', '/account/top-up', 200, 'k'],
      ['POST', '/accounts/k/secrets', 201, 'k'],
      ['POST', '/accounts/k/secrets', 400, null],
    ]);
    expect(log[0]!.query).toEqual({ api_key: '[REDACTED]', api_secret: '[REDACTED]' });
    expect(log[0]!.headers).toEqual({
      cookie: '[REDACTED]',
      'x-api-key': '[REDACTED]',
      'x-api-secret': '[REDACTED]',
      'x-auth-token': '[REDACTED]',
    });
    expect(log[1]!.body).toBe('api_key=%5BREDACTED%5D&api_secret=%5BREDACTED%5D&trx=t1');
    expect(log[2]!.headers.authorization).toBe('[REDACTED]');
    expect(log[2]!.body).toBe(
      '{"secret":"[REDACTED]","nested":[{"token":"[REDACTED]","newSecret":"[REDACTED]","accessToken":"[REDACTED]"}]}',
    );
    expect(log[3]!.body).toBe('[25 bytes]');
    expect(log[0]!.id).toMatch(TRACE_ID);
    expect(log[0]!.fault).toBe(false);
    expect(Object.isFrozen(log)).toBe(true);
    expect(Object.isFrozen(log[0]!.headers)).toBe(true);
  });

  it('keeps only the last 1,000 requests', async () => {
    const emulator = new Emulator();
    for (let i = 0; i < 1005; i += 1) await emulator.handle(get(`/n${i}`));
    const log = emulator.requests;
    expect(log).toHaveLength(1000);
    expect(log[0]!.path).toBe('/n5');
    expect(log[999]!.path).toBe('/n1004');
  });

  it('joins repeated header values', async () => {
    const emulator = new Emulator();
    await emulator.handle(get('/x', { 'x-forwarded-for': ['a', 'b'], skipped: undefined }));
    expect(emulator.requests[0]!.headers).toEqual({ 'x-forwarded-for': 'a, b' });
  });
});

describe('Emulator handle()', () => {
  it('accepts an absolute URL and ignores a fragment', async () => {
    const emulator = new Emulator();
    const response = await emulator.handle(
      get('https://rest.nexmo.com/account/get-balance#top', { authorization: DEMO_AUTH }),
    );
    expect(response).toEqual({
      status: 200,
      headers: {
        'content-type': 'application/json',
        'x-request-id': expect.stringMatching(TRACE_ID),
      },
      body: JSON.stringify({ value: DEMO_ACCOUNT.balance, autoReload: true }),
      dropConnection: false,
    });
    expect((await emulator.handle(get('https://rest.nexmo.com'))).status).toBe(404);
  });

  it('answers a string body and a header array like the node adapter', async () => {
    const emulator = new Emulator();
    const response = await emulator.handle({
      method: 'post',
      url: '/account/top-up',
      headers: { Authorization: [DEMO_AUTH], 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'trx=abc',
    });
    expect(response.status).toBe(200);
  });

  it('answers 500 problem JSON, never throwing, when processing fails', async () => {
    const emulator = new Emulator();
    class Exploding extends Uint8Array {
      override get byteLength(): number {
        throw new Error('boom');
      }
    }
    const exploding = new Exploding(4);
    const response = await emulator.handle({
      method: 'POST',
      url: '/account/top-up',
      headers: { authorization: DEMO_AUTH },
      body: exploding,
    });
    expect(response.status).toBe(500);
    expect(response.headers['content-type']).toBe('application/problem+json');
    expect(JSON.parse(response.body)).toEqual({
      type: 'https://developer.nexmo.com/api-errors#internal-server-error',
      title: 'Internal Server Error',
      detail: 'the emulator failed to process this request',
      instance: response.headers['x-request-id'],
    });
    expect(emulator.requests[0]!.status).toBe(500);
  });

  it.each<[string, unknown, string, string]>([
    ['no object', null, 'handle.request', 'must be an object { method, url, headers }, got null'],
    [
      'no method',
      { url: '/', headers: {} },
      'handle.request.method',
      'must be a string, got undefined',
    ],
    [
      'a URL object',
      { method: 'GET', url: new URL('http://x/'), headers: {} },
      'handle.request.url',
      'must be a string, got an instance of URL',
    ],
    [
      'null headers',
      { method: 'GET', url: '/', headers: null },
      'handle.request.headers',
      'must be an object of header values, got null',
    ],
    [
      'a number body',
      { method: 'GET', url: '/', headers: {}, body: 1 },
      'handle.request.body',
      'must be a string or a Uint8Array, got a number',
    ],
    [
      'a string bodyTooLarge',
      { method: 'GET', url: '/', headers: {}, bodyTooLarge: 'yes' },
      'handle.request.bodyTooLarge',
      'must be true or false, got a string of 3 characters',
    ],
  ])(
    'rejects a request object with %s (an adapter bug), logging nothing',
    async (_name, request, option, reason) => {
      const emulator = new Emulator();
      const error = await emulator.handle(request as EmulatorRequest).catch((e: unknown) => e);
      expectOptionError(
        () => {
          throw error;
        },
        option,
        reason,
      );
      expect(emulator.requests).toEqual([]);
    },
  );

  it('gives each request a distinct trace id', async () => {
    const emulator = new Emulator();
    const ids = new Set<string>();
    for (let i = 0; i < 100; i += 1)
      ids.add((await emulator.handle(get('/x'))).headers['x-request-id']!);
    expect(ids.size).toBe(100);
  });
});
