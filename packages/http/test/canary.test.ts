// A canary secret goes through success and every failure; it must appear nowhere.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import createDebug from 'debug';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { format, inspect } from 'node:util';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { ContentType, isAcctError, request, type HttpOptions } from '@acct/http';

const CANARY = 'CanaryS3cret9x';
const BASIC = Buffer.from(`key:${CANARY}`).toString('base64');
const FORMS = [CANARY, BASIC, encodeURIComponent(CANARY)];

const debugLines: string[] = [];
const logged: string[] = [];
const originalLog = createDebug.log;
beforeAll(() => {
  createDebug.enable('acct:*');
  createDebug.log = (...args: unknown[]) => debugLines.push(format(...args));
});
afterAll(() => {
  createDebug.disable();
  createDebug.log = originalLog;
});

/** Every view of an error or response that a user or a log may print. */
function views(value: unknown): string[] {
  const out = [JSON.stringify(value), inspect(value, { depth: Infinity }), String(value)];
  let current: unknown = value;
  for (let depth = 0; current instanceof Error && depth < 6; depth++) {
    out.push(
      current.stack ?? '',
      current.message,
      inspect(current, { showHidden: true, depth: 8 }),
    );
    current = current.cause;
  }
  return out;
}

function expectNoCanary(value: unknown): void {
  for (const view of [...views(value), ...debugLines, ...logged]) {
    for (const form of FORMS) expect(view).not.toContain(form);
  }
}

/** The call, with the canary in the Authorization header, the query and the form. */
function call(url: string, extra: Partial<HttpOptions> = {}) {
  return request({
    url,
    method: 'POST',
    headers: { authorization: `Basic ${BASIC}`, 'x-api-key': CANARY },
    params: { api_key: 'key', api_secret: CANARY },
    type: ContentType.FORM_URLENCODED,
    data: { trx: '1', api_secret: CANARY, password: CANARY },
    timeout: 100,
    ...extra,
    logger: (line) => logged.push(line),
    retry: { baseDelay: 1 },
  });
}

afterEach(() => {
  debugLines.length = 0;
  logged.length = 0;
});

it('the check itself catches a canary in any view', () => {
  expect(() => expectNoCanary(new Error('x', { cause: new Error(`y ${BASIC}`) }))).toThrow();
  expect(() => expectNoCanary({ nested: { value: CANARY } })).toThrow();
});

describe('canary secret with msw', () => {
  const BASE = 'https://rest.nexmo.com';
  const echo = async (req: Request) => ({
    detail: `bad request to ${req.url} with api_secret=${CANARY}`,
    title: 'Echo',
    api_secret: CANARY,
    echo: { headers: { authorization: req.headers.get('authorization') }, form: await req.text() },
  });
  const server = setupServer(
    http.post(`${BASE}/ok`, () =>
      HttpResponse.json({ ok: true }, { headers: { 'set-cookie': `session=${CANARY}` } }),
    ),
    http.post(`${BASE}/status/:code`, async ({ request: req, params }) =>
      HttpResponse.json(await echo(req), {
        status: Number(params.code),
        headers: { 'content-type': 'application/problem+json', 'set-cookie': `s=${CANARY}` },
      }),
    ),
    http.post(
      `${BASE}/malformed`,
      () => new HttpResponse('{"broken', { headers: { 'content-type': 'application/json' } }),
    ),
    http.post(`${BASE}/network`, () => HttpResponse.error()),
    http.post(`${BASE}/hang`, async () => {
      await delay('infinite');
      return HttpResponse.json({});
    }),
  );
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  it('success: the response request and the log lines are redacted', async () => {
    const res = await call(`${BASE}/ok`);
    expect(res.status).toBe(200);
    expect(debugLines).toHaveLength(1);
    expect(debugLines[0]).toContain(
      `acct:http POST ${BASE}/ok?api_key=[REDACTED]&api_secret=[REDACTED] -> 200 (attempt 1, `,
    );
    expect(res.request.headers).toEqual({
      accept: 'application/json',
      authorization: '[REDACTED]',
      'content-type': 'application/x-www-form-urlencoded',
      'x-api-key': '[REDACTED]',
    });
    expectNoCanary(res.request);
  });

  it.each([400, 401, 403, 404, 409, 422, 429, 500, 503, 418])(
    'HTTP %i: error, cause chain and logs are clean',
    async (code) => {
      const err = await call(`${BASE}/status/${code}`).catch((e: unknown) => e);
      expect(isAcctError(err)).toBe(true);
      expect(debugLines).toHaveLength(1);
      expect((err as { status: number }).status).toBe(code);
      expect(logged[0]).toBe(
        `POST ${BASE}/status/${code}?api_key=[REDACTED]&api_secret=[REDACTED] failed: ${code} (attempt 1, ${/, (\d+) ms\)$/.exec(logged[0]!)?.[1]} ms)`,
      );
      expectNoCanary(err);
    },
  );

  it('malformed JSON: ParseError is clean', async () => {
    const err = await call(`${BASE}/malformed`).catch((e: unknown) => e);
    expect((err as Error).name).toBe('ParseError');
    expectNoCanary(err);
  });

  it('network error: the node-fetch FetchError (URL with the secret) is redacted in the cause', async () => {
    const err = await call(`${BASE}/network`).catch((e: unknown) => e);
    expect((err as Error).name).toBe('NetworkError');
    expect(((err as Error).cause as Error).message).toContain('api_secret=[REDACTED]');
    expectNoCanary(err);
  });

  it('timeout: TimeoutError is clean', async () => {
    const err = await call(`${BASE}/hang`).catch((e: unknown) => e);
    expect((err as Error).name).toBe('TimeoutError');
    expectNoCanary(err);
  });

  it('bad input: ValidationError is clean', async () => {
    const err = await call(`/relative?api_secret=${CANARY}`).catch((e: unknown) => e);
    expect((err as Error).name).toBe('ValidationError');
    const bad = await call(`${BASE}/ok`, { headers: { authorization: `Basic ${BASIC}\n` } }).catch(
      (e: unknown) => e,
    );
    expect((bad as Error).name).toBe('ValidationError');
    expectNoCanary(err);
    expectNoCanary(bad);
  });
});

describe('canary secret over loopback', () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    server = createServer((req) => req.socket.destroy());
    port = await new Promise<number>((resolve) =>
      server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
    );
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('ECONNRESET: NetworkError is clean', async () => {
    const err = await call(`http://127.0.0.1:${port}/reset`).catch((e: unknown) => e);
    expect((err as { systemCode?: string }).systemCode).toBe('ECONNRESET');
    expectNoCanary(err);
  });

  it('ECONNREFUSED: NetworkError is clean', async () => {
    const closed = createServer();
    const free = await new Promise<number>((resolve) =>
      closed.listen(0, '127.0.0.1', () => resolve((closed.address() as AddressInfo).port)),
    );
    await new Promise((resolve) => closed.close(resolve));
    const err = await call(`http://127.0.0.1:${free}/refused`).catch((e: unknown) => e);
    expect((err as { systemCode?: string }).systemCode).toBe('ECONNREFUSED');
    expectNoCanary(err);
  });
});
