import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from '@jest/globals';
import { DEMO_ACCOUNT, Emulator, startEmulator, type RunningEmulator } from '@acct/emulator';
import { expectOptionError } from './helpers/errors';
import {
  basic,
  call,
  DEMO_AUTH,
  rawBody,
  rawExchange,
  rawHeaders,
  rawStatus,
  TRACE_ID,
} from './helpers/http';

let running: RunningEmulator | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

describe('startEmulator', () => {
  it('listens on 127.0.0.1 on a free port and seeds the demo account', async () => {
    running = await startEmulator();
    expect(running.url).toBe(`http://127.0.0.1:${running.port}`);
    expect(running.port).toBeGreaterThan(0);
    const demo = running.state.accounts[DEMO_ACCOUNT.apiKey];
    expect(Object.keys(running.state.accounts)).toEqual(['acct-demo']);
    expect(demo).toMatchObject({
      apiKey: 'acct-demo',
      primaryApiKey: null,
      subAccounts: [],
      balance: 10.5,
      autoReload: true,
      topUpAmount: 10,
      moCallbackUrl: '',
      drCallbackUrl: '',
      maxOutboundRequest: 30,
      maxInboundRequest: 30,
      maxCallsPerSecond: 30,
    });
    expect(demo?.secrets).toHaveLength(1);
    const reply = await call(`${running.url}/account/get-balance`, {
      headers: { authorization: DEMO_AUTH },
    });
    expect(reply.json).toEqual({ value: 10.5, autoReload: true });
  });

  it('serves seeded accounts instead of the demo account', async () => {
    running = await startEmulator({
      accounts: [{ apiKey: 'key1', secrets: ['Secret123'], balance: 2.25, autoReload: false }],
    });
    expect(Object.keys(running.state.accounts)).toEqual(['key1']);
    const demo = await call(`${running.url}/account/get-balance`, {
      headers: { authorization: DEMO_AUTH },
    });
    expect(demo.status).toBe(401);
    const mine = await call(`${running.url}/account/get-balance`, {
      headers: { authorization: basic('key1', 'Secret123') },
    });
    expect(mine.json).toEqual({ value: 2.25, autoReload: false });
  });

  it('serves a given Emulator core, sharing its state', async () => {
    const emulator = new Emulator();
    running = await startEmulator({ emulator });
    expect(running.emulator).toBe(emulator);
    running.inject({ path: '/account/get-balance', status: 503 });
    expect(
      (await emulator.handle({ method: 'GET', url: '/account/get-balance', headers: {} })).status,
    ).toBe(503);
  });

  it('has bound methods that can be destructured', async () => {
    running = await startEmulator();
    const { url, inject, reset } = running;
    inject({ path: '/account/get-balance', status: 429 });
    reset();
    const reply = await call(`${url}/account/get-balance`, {
      headers: { authorization: DEMO_AUTH },
    });
    expect(reply.status).toBe(200);
  });

  it('rejects with the listen error when the port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    await expect(startEmulator({ port })).rejects.toMatchObject({ code: 'EADDRINUSE' });
    await new Promise((resolve) => blocker.close(resolve));
  });

  it('rejects an invalid seed with an EmulatorOptionError naming the field', async () => {
    const rejected = await startEmulator({ accounts: [{ apiKey: 'k', secrets: [] }] }).catch(
      (error: unknown) => error,
    );
    expectOptionError(
      () => {
        throw rejected;
      },
      'accounts[0].secrets',
      'must be an array of 1 to 2 secrets, got an array of 0 items',
    );
  });

  it('close() destroys keep-alive connections and can be called twice', async () => {
    running = await startEmulator();
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const { socket, socketClosed } = await new Promise<{
      socket: import('node:net').Socket;
      socketClosed: Promise<void>;
    }>((resolve, reject) => {
      const req = request(
        `${running!.url}/account/get-balance`,
        { agent, headers: { authorization: DEMO_AUTH } },
        (res) => {
          res.resume();
          res.on('end', () => {
            const socket = req.socket!;
            resolve({
              socket,
              socketClosed: new Promise<void>((done) => socket.once('close', () => done())),
            });
          });
        },
      );
      req.on('error', reject);
      req.end();
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(socket.destroyed).toBe(false); // kept alive for the next request
    const closing = running.close();
    expect(running.close()).toBe(closing);
    await closing;
    await socketClosed;
    agent.destroy();
    await expect(fetch(`${running.url}/account/get-balance`)).rejects.toThrow('fetch failed');
    running = undefined;
  });

  it('answers x-request-id on every response, equal to the problem instance', async () => {
    running = await startEmulator();
    const ok = await call(`${running.url}/account/get-balance`, {
      headers: { authorization: DEMO_AUTH },
    });
    const missing = await call(`${running.url}/accounts/acct-demo/nope`);
    expect(ok.headers['x-request-id']).toMatch(TRACE_ID);
    expect(missing.headers['x-request-id']).toMatch(TRACE_ID);
    expect(missing.headers['x-request-id']).not.toBe(ok.headers['x-request-id']);
    expect((missing.json as { instance: string }).instance).toBe(missing.headers['x-request-id']);
    expect(running.requests.map((r) => r.id)).toEqual([
      ok.headers['x-request-id'],
      missing.headers['x-request-id'],
    ]);
  });

  it('answers a request the HTTP parser rejects with a 400 problem and x-request-id', async () => {
    running = await startEmulator();
    const response = await rawExchange(running.port, 'THIS IS NOT HTTP\r\n\r\n');
    expect(rawStatus(response)).toBe(400);
    const headers = rawHeaders(response);
    expect(headers['content-type']).toBe('application/problem+json');
    expect(headers.connection).toBe('close');
    expect(headers['x-request-id']).toMatch(TRACE_ID);
    expect(JSON.parse(rawBody(response))).toEqual({
      type: 'https://developer.nexmo.com/api-errors#bad-request',
      title: 'Bad Request',
      detail: 'the request could not be parsed as HTTP/1.1',
      instance: headers['x-request-id'],
    });
  });

  it('answers 431 to headers over 16 KiB', async () => {
    running = await startEmulator();
    const response = await rawExchange(
      running.port,
      `GET /account/get-balance HTTP/1.1\r\nhost: x\r\nx-big: ${'a'.repeat(20_000)}\r\n\r\n`,
    );
    expect(rawStatus(response)).toBe(431);
    expect(rawHeaders(response)['x-request-id']).toMatch(TRACE_ID);
  });

  it('cuts a client that never finishes its headers after headersTimeout with a 408', async () => {
    running = await startEmulator({ headersTimeout: 200, requestTimeout: 300 });
    const response = await rawExchange(
      running.port,
      'GET /account/get-balance HTTP/1.1\r\nhost: x\r\n',
    );
    expect(rawStatus(response)).toBe(408);
  });

  it('answers a request without a Host header', async () => {
    running = await startEmulator();
    const response = await rawExchange(
      running.port,
      `GET /account/get-balance HTTP/1.1\r\nauthorization: ${DEMO_AUTH}\r\nconnection: close\r\n\r\n`,
    );
    expect(rawStatus(response)).toBe(200);
    expect(JSON.parse(rawBody(response))).toEqual({ value: 10.5, autoReload: true });
  });
});
