import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { Emulator, startEmulator, type InjectOptions, type RunningEmulator } from '@acct/emulator';
import { expectOptionError } from './helpers/errors';
import { call, DEMO_AUTH, postForm, TRACE_ID, waitFor } from './helpers/http';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
beforeEach(() => emulator.reset());
afterAll(() => emulator.close());

const balance = () =>
  call(`${emulator.url}/account/get-balance`, { headers: { authorization: DEMO_AUTH } });
const secrets = () =>
  call(`${emulator.url}/accounts/acct-demo/secrets`, { headers: { authorization: DEMO_AUTH } });
const topUp = () => postForm(`${emulator.url}/account/top-up`, 'trx=t1', DEMO_AUTH);

describe('inject()', () => {
  it('scripts a 503 with Retry-After once, in the family error shape', async () => {
    emulator.inject({
      method: 'GET',
      path: '/account/get-balance',
      status: 503,
      headers: { 'Retry-After': '2' },
    });
    const first = await balance();
    expect(first.status).toBe(503);
    expect(first.headers['retry-after']).toBe('2');
    expect(first.headers['x-request-id']).toMatch(TRACE_ID);
    expect(first.json).toEqual({
      'error-code': '503',
      'error-code-label': 'injected fault: Service Unavailable',
    });
    expect((await balance()).status).toBe(200);
    expect(emulator.requests.map((r) => [r.status, r.fault])).toEqual([
      [503, true],
      [200, false],
    ]);
  });

  it('scripts a 429 as problem JSON on /accounts/*, matching a path template', async () => {
    emulator.inject({
      path: '/accounts/{api_key}/secrets',
      status: 429,
      headers: { 'retry-after': '1' },
    });
    const reply = await secrets();
    expect(reply.status).toBe(429);
    expect(reply.headers['content-type']).toBe('application/problem+json');
    expect(reply.json).toEqual({
      type: 'https://developer.nexmo.com/api-errors#too-many-requests',
      title: 'Too Many Requests',
      detail: 'injected fault: Too Many Requests',
      instance: reply.headers['x-request-id'],
    });
  });

  it('applies a fault `times` times, then answers normally', async () => {
    emulator.inject({ path: '/account/get-balance', status: 500, times: 2 });
    expect([(await balance()).status, (await balance()).status, (await balance()).status]).toEqual([
      500, 500, 200,
    ]);
  });

  it('queues faults per route in order, leaving other routes and methods alone', async () => {
    emulator.inject({ path: '/account/get-balance', status: 503 });
    emulator.inject({ path: '/account/get-balance', status: 429 });
    emulator.inject({ method: 'POST', path: '/accounts/acct-demo/secrets', status: 500 });
    expect((await secrets()).status).toBe(200); // GET: the POST fault does not match
    expect((await topUp()).status).toBe(200);
    expect((await balance()).status).toBe(503);
    expect((await balance()).status).toBe(429);
    expect((await balance()).status).toBe(200);
  });

  it('answers a string body as text and any other body as JSON', async () => {
    emulator.inject({ path: '/account/get-balance', status: 502, body: 'upstream down' });
    emulator.inject({
      path: '/account/get-balance',
      status: 400,
      body: { custom: true },
      headers: { 'content-type': 'application/vnd.x+json' },
    });
    const text = await balance();
    expect([text.status, text.headers['content-type'], text.text]).toEqual([
      502,
      'text/plain; charset=utf-8',
      'upstream down',
    ]);
    const json = await balance();
    expect([json.status, json.headers['content-type'], json.json]).toEqual([
      400,
      'application/vnd.x+json',
      { custom: true },
    ]);
  });

  it('adds headers to the normal answer when no status is given', async () => {
    emulator.inject({ path: '/account/get-balance', headers: { 'x-ratelimit-remaining': '0' } });
    const reply = await balance();
    expect(reply.status).toBe(200);
    expect(reply.headers['x-ratelimit-remaining']).toBe('0');
    expect(reply.json).toEqual({ value: 10.5, autoReload: true });
  });

  it('delays the answer by delayMs', async () => {
    emulator.inject({ path: '/account/get-balance', delayMs: 30 });
    const reply = await balance();
    expect(reply.status).toBe(200);
  });

  it('hangs a request while others are served, until the client gives up', async () => {
    emulator.inject({ path: '/account/get-balance', delayMs: 600_000 });
    const controller = new AbortController();
    let settled = false;
    const hanging = fetch(`${emulator.url}/account/get-balance`, {
      headers: { authorization: DEMO_AUTH },
      signal: controller.signal,
    }).finally(() => {
      settled = true;
    });
    expect((await secrets()).status).toBe(200);
    expect((await topUp()).status).toBe(200);
    expect(settled).toBe(false);
    controller.abort();
    await expect(hanging).rejects.toThrow('This operation was aborted');
    await waitFor(() => emulator.requests.length === 3);
    expect(emulator.requests.map((r) => [r.path, r.status])).toEqual([
      ['/accounts/acct-demo/secrets', 200],
      ['/account/top-up', 200],
      ['/account/get-balance', 0],
    ]);
  });

  it('drops the connection before answering, without touching the state', async () => {
    emulator.inject({ method: 'POST', path: '/account/top-up', dropConnection: true });
    const error = await topUp().catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'TypeError', message: 'fetch failed' });
    expect(emulator.state.topUps).toEqual([]);
    expect(emulator.requests.map((r) => [r.path, r.status, r.fault])).toEqual([
      ['/account/top-up', 0, true],
    ]);
    expect((await topUp()).status).toBe(200);
    expect(emulator.state.topUps).toHaveLength(1);
  });

  it('with commit, applies the request and then drops the answer (a charge whose answer is lost)', async () => {
    emulator.inject({ path: '/account/top-up', dropConnection: true, commit: true });
    await expect(topUp()).rejects.toThrow('fetch failed');
    expect(emulator.state.topUps).toHaveLength(1);
    expect(emulator.state.accounts['acct-demo']!.balance).toBe(20.5);
    expect(emulator.requests[0]).toMatchObject({ status: 0, apiKey: 'acct-demo', body: 'trx=t1' });
  });

  it('with commit and a status, applies the request and answers the status', async () => {
    emulator.inject({ path: '/account/top-up', status: 503, commit: true });
    expect((await topUp()).status).toBe(503);
    expect(emulator.state.topUps).toHaveLength(1);
  });

  it('ends a hang when the emulator closes', async () => {
    const own = await startEmulator();
    own.inject({ path: '/account/get-balance', delayMs: 600_000 });
    const hanging = fetch(`${own.url}/account/get-balance`);
    expect((await call(`${own.url}/accounts/acct-demo/secrets`)).status).toBe(401);
    await own.close();
    await expect(hanging).rejects.toThrow('fetch failed');
    await waitFor(() => own.requests.length === 2);
    expect(own.requests.map((r) => [r.path, r.status, r.fault])).toEqual([
      ['/accounts/acct-demo/secrets', 401, false],
      ['/account/get-balance', 0, true],
    ]);
  });

  it('reports whether a fault is queued', async () => {
    const core = new Emulator();
    expect(core.hasFaults).toBe(false);
    core.inject({ path: '/x', status: 500, times: 2 });
    expect(core.hasFaults).toBe(true);
    await core.handle({ method: 'GET', url: '/x', headers: {} });
    expect(core.hasFaults).toBe(true);
    await core.handle({ method: 'GET', url: '/x', headers: {} });
    expect(core.hasFaults).toBe(false);
  });

  it.each<[string, unknown, string, string]>([
    [
      'a path without a leading slash',
      { path: 'account/top-up' },
      'inject.path',
      'must start with "/" and hold visible ASCII only, without "?" or "#" (e.g. \'/account/top-up\' or \'/accounts/{api_key}/secrets\')',
    ],
    [
      'an empty method',
      { path: '/x', method: '' },
      'inject.method',
      "must be an HTTP method name (an RFC 9110 token of 1 to 32 characters, e.g. 'POST'), got an empty string",
    ],
    [
      'a status below 200',
      { path: '/x', status: 101 },
      'inject.status',
      'must be an integer from 200 to 599, got 101',
    ],
    [
      'a fractional status',
      { path: '/x', status: 500.5 },
      'inject.status',
      'must be an integer from 200 to 599, got 500.5',
    ],
    [
      'a negative delay',
      { path: '/x', delayMs: -1 },
      'inject.delayMs',
      'must be a number from 0 to 2147483647, got -1',
    ],
    [
      'an infinite delay',
      { path: '/x', delayMs: Infinity },
      'inject.delayMs',
      'must be a number from 0 to 2147483647, got Infinity',
    ],
    [
      'zero times',
      { path: '/x', times: 0 },
      'inject.times',
      'must be an integer from 1 to 1000000, got 0',
    ],
    [
      'null headers',
      { path: '/x', headers: null },
      'inject.headers',
      'must be a plain object of strings, got null',
    ],
    [
      'no object',
      null,
      'inject',
      "must be a plain object such as { path: '/account/top-up', status: 503 }, got null",
    ],
    [
      'a misspelt option',
      { path: '/x', header: {} },
      'inject',
      'has an unknown option "header": did you mean "headers"?',
    ],
  ])('rejects %s with an EmulatorOptionError', (_name, options, option, reason) => {
    expectOptionError(() => new Emulator().inject(options as InjectOptions), option, reason);
  });
});
