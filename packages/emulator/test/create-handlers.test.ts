import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { http, passthrough } from 'msw';
import { setupServer } from 'msw/node';
import {
  createHandlers,
  DEMO_ACCOUNT,
  Emulator,
  startEmulator,
  type EmulatorRequest,
  type EmulatorResponse,
} from '@acct/emulator';
import { errorOf, expectOptionError, render } from './helpers/errors';
import { basic, call, DEMO_AUTH, postJson, TRACE_ID } from './helpers/http';

const emulator = new Emulator();
const custom = new Emulator({ accounts: [{ apiKey: 'k1', secrets: ['K1secret1'], balance: 7 }] });
const server = setupServer(
  ...createHandlers({ http, emulator }),
  ...createHandlers({
    http,
    emulator: custom,
    restHost: 'http://rest.test/',
    apiHost: 'http://rest.test/base/v1',
  }),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  emulator.reset();
  custom.reset();
});
afterAll(() => server.close());

describe('createHandlers', () => {
  it('answers the balance on the default restHost through global fetch', async () => {
    const reply = await call('https://rest.nexmo.com/account/get-balance', {
      headers: { authorization: DEMO_AUTH },
    });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/json');
    expect(reply.headers['x-request-id']).toMatch(TRACE_ID);
    expect(reply.json).toEqual({ value: DEMO_ACCOUNT.balance, autoReload: true });
  });

  it('serves secrets on the default apiHost, with the same state as the core', async () => {
    const created = await postJson(
      'https://api.nexmo.com/accounts/acct-demo/secrets',
      { secret: 'Msw1Secret' },
      DEMO_AUTH,
    );
    expect(created.status).toBe(201);
    expect(emulator.state.accounts['acct-demo']!.secrets).toHaveLength(2);
    const listed = await call('https://api.nexmo.com/accounts/acct-demo/secrets', {
      headers: { authorization: basic('acct-demo', 'Msw1Secret') },
    });
    expect((listed.json as { _embedded: { secrets: unknown[] } })._embedded.secrets).toHaveLength(
      2,
    );
    const removed = await call(
      `https://api.nexmo.com/accounts/acct-demo/secrets/${(created.json as { id: string }).id}`,
      {
        method: 'DELETE',
        headers: { authorization: DEMO_AUTH },
      },
    );
    expect([removed.status, removed.text]).toEqual([204, '']);
  });

  it('answers form posts, 401s and unknown paths like the server', async () => {
    const topUp = await call(
      'https://rest.nexmo.com/account/top-up?api_key=acct-demo&api_secret=Demo1Secret',
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'trx=m1',
      },
    );
    expect(topUp.json).toEqual({ 'error-code': '200', 'error-code-label': 'success' });
    expect(emulator.state.topUps).toHaveLength(1);
    const denied = await call('https://rest.nexmo.com/account/get-balance');
    expect([denied.status, denied.json]).toEqual([
      401,
      { 'error-code': '401', 'error-code-label': 'authentication failed' },
    ]);
    const unknown = await call('https://api.nexmo.com/v2/whatever');
    expect(unknown.status).toBe(404);
    expect(unknown.headers['content-type']).toBe('application/problem+json');
  });

  it('serves custom hosts, stripping a base path, from another core', async () => {
    const auth = basic('k1', 'K1secret1');
    const rest = await call('http://rest.test/account/get-balance', {
      headers: { authorization: auth },
    });
    expect(rest.json).toEqual({ value: 7, autoReload: false });
    const api = await call('http://rest.test/base/v1/accounts/k1/secrets', {
      headers: { authorization: auth },
    });
    expect(api.status).toBe(200);
    expect(custom.requests.map((r) => r.path)).toEqual([
      '/account/get-balance',
      '/accounts/k1/secrets',
    ]);
    expect(emulator.requests).toEqual([]);
  });

  it('turns an injected dropped connection into a network error', async () => {
    emulator.inject({ path: '/account/get-balance', dropConnection: true });
    await expect(fetch('https://rest.nexmo.com/account/get-balance')).rejects.toThrow(
      'Failed to fetch',
    );
  });

  it('scripts a 503 with Retry-After', async () => {
    emulator.inject({
      method: 'GET',
      path: '/account/get-balance',
      status: 503,
      headers: { 'retry-after': '1' },
    });
    const reply = await call('https://rest.nexmo.com/account/get-balance', {
      headers: { authorization: DEMO_AUTH },
    });
    expect([reply.status, reply.headers['retry-after']]).toEqual([503, '1']);
  });

  it('answers 413 to a body over 1 MiB, announced or not', async () => {
    const big = 'x'.repeat(1024 * 1024 + 1);
    const announced = await call('https://api.nexmo.com/accounts/acct-demo/secrets', {
      method: 'POST',
      headers: {
        authorization: DEMO_AUTH,
        'content-type': 'application/json',
        'content-length': String(big.length),
      },
      body: big,
    });
    expect(announced.status).toBe(413);
    const streamed = await call('https://api.nexmo.com/accounts/acct-demo/secrets', {
      method: 'POST',
      headers: { authorization: DEMO_AUTH, 'content-type': 'application/json' },
      body: new Blob([big]).stream(),
      duplex: 'half',
    });
    expect(streamed.status).toBe(413);
  });

  it('seeds its own core from accounts when no emulator is given', () => {
    const handlers = createHandlers({ http, accounts: [{ apiKey: 'a', secrets: ['A1secret1'] }] });
    expect(handlers).toHaveLength(2);
  });

  it('gives one handler when restHost and apiHost are the same', () => {
    expect(
      createHandlers({ http, restHost: 'http://h.test', apiHost: 'http://h.test/' }),
    ).toHaveLength(1);
  });

  it('shares one core with a running server', async () => {
    const running = await startEmulator({ emulator: custom });
    server.use(http.all(`${running.url}/*`, () => passthrough()));
    try {
      const auth = basic('k1', 'K1secret1');
      await postJson(`${running.url}/accounts/k1/secrets`, { secret: 'Shared1Secret' }, auth);
      const viaMsw = await call('http://rest.test/account/get-balance', {
        headers: { authorization: basic('k1', 'Shared1Secret') },
      });
      expect(viaMsw.status).toBe(200);
    } finally {
      server.resetHandlers();
      await running.close();
    }
  });

  it('serves injected faults exactly, 204/205/304 without a body', async () => {
    emulator.inject({ path: '/account/get-balance', status: 304, headers: { etag: '"v1"' } });
    emulator.inject({
      path: '/account/get-balance',
      status: 429,
      headers: { 'retry-after': '2', 'x-latin': 'café' },
      body: { why: 'slow down' },
    });
    const notModified = await call('https://rest.nexmo.com/account/get-balance');
    expect([notModified.status, notModified.headers.etag, notModified.text]).toEqual([
      304,
      '"v1"',
      '',
    ]);
    const limited = await call('https://rest.nexmo.com/account/get-balance');
    expect([limited.status, limited.headers['retry-after'], limited.headers['x-latin']]).toEqual([
      429,
      '2',
      'café',
    ]);
    expect(limited.text).toBe('{"why":"slow down"}');
  });

  it('answers 500 instead of throwing when a core answers what fetch cannot carry', async () => {
    class Broken extends Emulator {
      override async handle(request: EmulatorRequest): Promise<EmulatorResponse> {
        const response = await super.handle(request);
        return { ...response, headers: { 'x-bad': 'a\r\nb' } };
      }
    }
    const broken = new Broken();
    server.use(...createHandlers({ http, emulator: broken, restHost: 'http://broken.test' }));
    try {
      const reply = await call('http://broken.test/account/get-balance');
      expect([reply.status, reply.text]).toEqual([500, 'the emulator could not write this answer']);
      expect(broken.requests.map((r) => r.status)).toEqual([401]);
    } finally {
      server.resetHandlers();
    }
  });

  it('throws an EmulatorOptionError saying what to pass when http is missing', () => {
    const call = createHandlers as (options?: unknown) => unknown;
    expectOptionError(
      () => call(),
      'createHandlers options',
      'must be a plain object such as { http }, got undefined',
    );
    const missing =
      "must be msw's http: import { http } from 'msw' and call createHandlers({ http })";
    expectOptionError(() => call({ http: {} }), 'createHandlers.http', missing);
    expectOptionError(() => call({}), 'createHandlers.http', missing);
  });

  it.each([
    ['restHost', { restHost: 'ftp://x' }, 'a string of 7 characters'],
    ['apiHost', { apiHost: 'not a url' }, 'a string of 9 characters'],
    ['restHost', { restHost: 'https://rest.test/?' }, 'a string of 19 characters'],
    ['apiHost', { apiHost: 'https://api.test/#x' }, 'a string of 19 characters'],
    ['restHost', { restHost: 'https://user:Canary9Secret@rest.test' }, 'a string of 36 characters'],
    ['apiHost', { apiHost: 'https://api.test/\r\n' }, 'a string of 19 characters'],
    ['restHost', { restHost: 42 }, 'a number'],
  ])('throws an EmulatorOptionError for a bad %s', (name, hosts, got) => {
    const make = () => createHandlers({ http, ...(hosts as object) });
    expectOptionError(
      make,
      `createHandlers.${name}`,
      "must be an absolute http(s) URL without credentials, query or fragment (at most 2048 characters, e.g. 'https://rest.nexmo.com'), got " +
        got,
    );
    expect(render(errorOf(make))).not.toContain('Canary9Secret');
  });

  it('refuses an unknown option, a non-Emulator core, and accounts beside an emulator', () => {
    expectOptionError(
      () => createHandlers({ http, restHots: 'https://x' } as never),
      'createHandlers options',
      'has an unknown option "restHots": did you mean "restHost"?',
    );
    expectOptionError(
      () => createHandlers({ http, emulator: {} as Emulator }),
      'createHandlers.emulator',
      'must be an Emulator (new Emulator()), got an object',
    );
    expectOptionError(
      () => createHandlers({ http, emulator: new Emulator(), accounts: [] }),
      'createHandlers.accounts',
      'cannot go with emulator: seed the Emulator you pass instead',
    );
  });
});
