import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import {
  Emulator,
  EmulatorOptionError,
  startEmulator,
  type EmulatorRequest,
  type EmulatorResponse,
  type RunningEmulator,
} from '@acct/emulator';
import { call, DEMO_AUTH, rawExchange, rawHeaders, rawStatus } from './helpers/http';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
beforeEach(() => emulator.reset());
afterAll(() => emulator.close());

const balance = () =>
  call(`${emulator.url}/account/get-balance`, { headers: { authorization: DEMO_AUTH } });

/** The faults that used to reach writeHead and kill the process with ERR_INVALID_CHAR. */
const FORMER_KILLERS: readonly Record<string, string>[] = [
  { 'retry-after': '1\r\nx-injected: 1' },
  { 'x-a': 'a\nb' },
  { 'x-a': 'a\u0000b' },
  { 'x-a': '€' },
  { 'x-a': '\ud800' },
  { 'x a': '1' },
  { 'x-é': '1' },
  { '': '1' },
  { 'content-length': '1' },
  { 'transfer-encoding': 'chunked' },
];

describe('no injected fault can kill the process', () => {
  it.each(FORMER_KILLERS.map((headers) => [JSON.stringify(headers), headers] as const))(
    'refuses %s at the call, and the server answers afterwards',
    async (_name, headers) => {
      expect(() => emulator.inject({ path: '/account/get-balance', status: 503, headers })).toThrow(
        EmulatorOptionError,
      );
      expect(() => emulator.inject({ path: '/account/get-balance', headers })).toThrow(
        EmulatorOptionError,
      );
      const reply = await balance();
      expect([reply.status, reply.json]).toEqual([200, { value: 10.5, autoReload: true }]);
      expect(emulator.requests.map((r) => [r.status, r.fault])).toEqual([[200, false]]);
    },
  );

  it('ends only the connection when a core answers what Node cannot write', async () => {
    class Broken extends Emulator {
      override async handle(request: EmulatorRequest): Promise<EmulatorResponse> {
        const response = await super.handle(request);
        if (!request.url.startsWith('/broken')) return response;
        return { ...response, status: 200, headers: { 'x-bad': 'a\r\nb' } };
      }
    }
    const running = await startEmulator({ emulator: new Broken() });
    try {
      await expect(fetch(`${running.url}/broken`)).rejects.toThrow('fetch failed');
      const reply = await call(`${running.url}/account/get-balance`, {
        headers: { authorization: DEMO_AUTH },
      });
      expect(reply.status).toBe(200);
    } finally {
      await running.close();
    }
  });
});

describe('faults are served exactly as injected', () => {
  it('answers 204, 205 and 304 without a body or content-length', async () => {
    for (const status of [204, 205, 304]) {
      emulator.inject({ path: '/account/get-balance', status, headers: { 'x-why': 'test' } });
      const response = await rawExchange(
        emulator.port,
        `GET /account/get-balance HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n`,
      );
      expect(rawStatus(response)).toBe(status);
      const headers = rawHeaders(response);
      expect(headers['x-why']).toBe('test');
      expect(headers['content-length']).toBeUndefined();
      expect(response.endsWith('\r\n\r\n')).toBe(true);
    }
    expect((await balance()).status).toBe(200);
  });

  it('writes Latin-1 header values and a Unicode body unchanged', async () => {
    emulator.inject({
      path: '/account/get-balance',
      status: 418,
      headers: { 'x-latin': 'café ÿ', 'retry-after': '3' },
      body: 'gelöscht 😀',
    });
    const response = await fetch(`${emulator.url}/account/get-balance`);
    expect(response.status).toBe(418);
    expect(response.headers.get('x-latin')).toBe('café ÿ');
    expect(response.headers.get('retry-after')).toBe('3');
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await response.text()).toBe('gelöscht 😀');
  });

  it('answers a JSON body as serialised at the call', async () => {
    const body = {
      'error-code': '401',
      'error-code-label': 'not auto-reload enabled',
      n: [1, null],
    };
    emulator.inject({ path: '/account/get-balance', status: 401, body });
    const reply = await balance();
    expect([reply.status, reply.headers['content-type'], reply.text]).toEqual([
      401,
      'application/json',
      JSON.stringify(body),
    ]);
  });
});
