import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startEmulator, type RunningEmulator } from '@acct/emulator';
import { call, DEMO_AUTH, rawExchange, rawHeaders, rawStatus, TRACE_ID } from './helpers/http';

/** mulberry32: a seeded PRNG, so every run fuzzes the same inputs. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(0x5eed);
const int = (n: number) => Math.floor(random() * n);
const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
const bytes = (n: number) => Buffer.from(Array.from({ length: n }, () => int(256)));

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({
    headersTimeout: 300,
    requestTimeout: 600,
    keepAliveTimeout: 200,
  });
});
afterAll(() => emulator.close());

async function inBatches<T>(
  count: number,
  size: number,
  run: (i: number) => Promise<T>,
): Promise<T[]> {
  const out: T[] = [];
  for (let start = 0; start < count; start += size) {
    const batch = Array.from({ length: Math.min(size, count - start) }, (_, i) => run(start + i));
    out.push(...(await Promise.all(batch)));
  }
  return out;
}

const METHODS = [
  'GET',
  'POST',
  'PUT',
  'DELETE',
  'PATCH',
  'OPTIONS',
  'HEAD',
  'TRACE',
  'BREW',
  'get',
  '',
];
const PATHS = [
  '/account/get-balance',
  '/account/top-up',
  '/account/settings',
  '/accounts/acct-demo/secrets',
  '/accounts/acct-demo/secrets/x',
  '/accounts/%ff/secrets',
  '/accounts//secrets',
  '/../../etc/passwd',
  '*',
  '/account/top-up?api_key=acct-demo&api_secret=Demo1Secret&%%',
];
const TYPES = [
  'application/json',
  'application/x-www-form-urlencoded',
  'text/plain',
  'multipart/form-data',
  '',
];

describe('fuzz: the server never crashes or hangs, and still answers afterwards', () => {
  it('survives 150 connections of random bytes', async () => {
    const responses = await inBatches(150, 25, () =>
      rawExchange(emulator.port, bytes(1 + int(2048)), { endAfterWrite: true }),
    );
    expect(responses.map(rawStatus)).toEqual(Array.from({ length: 150 }, () => 400));
  });

  it('answers 200 random requests (methods, paths, types, bodies) without a 5xx', async () => {
    const statuses = await inBatches(200, 25, async () => {
      const body =
        random() < 0.5
          ? bytes(int(512))
          : Buffer.from(pick(['{"secret":', 'trx=1', '{}', '[]', 'a=%', '']));
      const type = pick(TYPES);
      const head =
        `${pick(METHODS)} ${pick(PATHS)} HTTP/1.1\r\nhost: x\r\nconnection: close\r\n` +
        (random() < 0.7 ? `authorization: ${DEMO_AUTH}\r\n` : '') +
        (type === '' ? '' : `content-type: ${type}\r\n`) +
        `content-length: ${body.length}\r\n\r\n`;
      const response = await rawExchange(emulator.port, Buffer.concat([Buffer.from(head), body]));
      return { status: rawStatus(response), id: rawHeaders(response)['x-request-id'] ?? '' };
    });
    for (const { status, id } of statuses) {
      expect(status).toBeGreaterThanOrEqual(200);
      expect(status).toBeLessThan(500);
      expect(id).toMatch(TRACE_ID);
    }
    expect(emulator.requests.filter((r) => r.status >= 500)).toEqual([]);
  });

  it('answers 431 to huge headers, many or long', async () => {
    const many = Array.from({ length: 5000 }, (_, i) => `x-h${i}: v`).join('\r\n');
    const long = `x-long: ${'v'.repeat(64 * 1024)}`;
    for (const headers of [many, long]) {
      const response = await rawExchange(
        emulator.port,
        `GET /account/get-balance HTTP/1.1\r\nhost: x\r\n${headers}\r\n\r\n`,
      );
      expect(rawStatus(response)).toBe(431);
    }
  });

  it('cuts slow clients (one byte at a time) at the headers timeout', async () => {
    const request = `GET /account/get-balance HTTP/1.1\r\nhost: x\r\nauthorization: ${DEMO_AUTH}\r\n\r\n`;
    const responses = await Promise.all(
      Array.from(
        { length: 5 },
        () =>
          new Promise<string>((resolve) => {
            const socket = connect(emulator.port, '127.0.0.1');
            let received = '';
            let sent = 0;
            const timer = setInterval(() => {
              if (sent < request.length && !socket.destroyed) socket.write(request[sent++]!);
            }, 40);
            socket.on('data', (chunk) => (received += chunk.toString('latin1')));
            socket.on('error', () => undefined);
            socket.on('close', () => {
              clearInterval(timer);
              resolve(received);
            });
          }),
      ),
    );
    for (const response of responses) expect(rawStatus(response)).toBe(408);
  });

  it('cuts an idle connection and a client that never finishes its body with a 408', async () => {
    const silent = new Promise<string>((resolve) => {
      const socket = connect(emulator.port, '127.0.0.1');
      let received = '';
      socket.on('data', (chunk) => (received += chunk.toString('latin1')));
      socket.on('close', () => resolve(received));
    });
    const slowBody = rawExchange(
      emulator.port,
      `POST /account/top-up HTTP/1.1\r\nhost: x\r\nauthorization: ${DEMO_AUTH}\r\n` +
        'content-type: application/x-www-form-urlencoded\r\ncontent-length: 100\r\n\r\ntrx=',
    );
    expect(rawStatus(await silent)).toBe(408);
    expect(rawStatus(await slowBody)).toBe(408);
    expect(emulator.state.topUps).toEqual([]);
  });

  it('survives clients that drop mid-headers, mid-body and mid-wait', async () => {
    await inBatches(
      60,
      20,
      (i) =>
        new Promise<void>((resolve) => {
          const socket = connect(emulator.port, '127.0.0.1');
          socket.on('error', () => undefined);
          socket.on('close', () => resolve());
          socket.on('connect', () => {
            const head =
              `POST /account/top-up HTTP/1.1\r\nhost: x\r\nauthorization: ${DEMO_AUTH}\r\n` +
              'content-type: application/x-www-form-urlencoded\r\ncontent-length: 100\r\n\r\n';
            const cut = [head.slice(0, 20), `${head}trx=`, head][i % 3]!;
            socket.write(cut, () => setImmediate(() => socket.destroy()));
          });
        }),
    );
    emulator.inject({ path: '/account/get-balance', delayMs: 600_000, times: 10 });
    await inBatches(
      10,
      10,
      () =>
        new Promise<void>((resolve) => {
          const socket = connect(emulator.port, '127.0.0.1');
          socket.on('error', () => undefined);
          socket.on('close', () => resolve());
          socket.write(
            `GET /account/get-balance HTTP/1.1\r\nhost: x\r\nauthorization: ${DEMO_AUTH}\r\n\r\n`,
            () => setTimeout(() => socket.destroy(), 10),
          );
        }),
    );
    expect(emulator.state.topUps).toEqual([]);
  });

  it('still answers a good request, on a fresh and on a kept-alive connection', async () => {
    for (let i = 0; i < 3; i += 1) {
      const reply = await call(`${emulator.url}/account/get-balance`, {
        headers: { authorization: DEMO_AUTH },
      });
      expect(reply.status).toBe(200);
      expect(reply.json).toEqual({ value: 10.5, autoReload: true });
    }
    expect(emulator.state.accounts['acct-demo']!.secrets).toHaveLength(1);
  });
});
