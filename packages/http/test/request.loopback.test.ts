// request() through the real default transport (node-fetch) against node:http on 127.0.0.1.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import {
  Agent,
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import {
  ResponseTypes,
  NetworkError,
  type HttpError,
  TimeoutError,
  request,
  type HttpOptions,
} from '@acct/http';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

let handler: Handler = (_req, res) => res.end('ok');
const sockets = new Set<Socket>();
const hits: Array<{ method: string; url: string; port: number }> = [];
let server: Server;
let base: string;

function listen(s: Server): Promise<number> {
  return new Promise((resolve) =>
    s.listen(0, '127.0.0.1', () => resolve((s.address() as AddressInfo).port)),
  );
}

beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push({ method: req.method ?? '', url: req.url ?? '', port: req.socket.remotePort ?? 0 });
    handler(req, res);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  base = `http://127.0.0.1:${await listen(server)}`;
});
afterEach(() => {
  hits.length = 0;
  handler = (_req, res) => res.end('ok');
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** A port on 127.0.0.1 where nothing listens. */
async function closedPort(): Promise<number> {
  const s = createServer();
  const port = await listen(s);
  await new Promise((resolve) => s.close(resolve));
  return port;
}

describe('request over loopback: keep-alive', () => {
  it('reuses one socket across calls with an agent of the caller', async () => {
    const agent = new Agent({ keepAlive: true });
    handler = (_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end('{"n":1}');
    };
    const first = await request<{ n: number }>({ url: `${base}/a`, agent });
    const second = await request<{ n: number }>({ url: `${base}/b`, agent });
    expect([first.data, second.data]).toEqual([{ n: 1 }, { n: 1 }]);
    expect(hits.map((h) => h.url)).toEqual(['/a', '/b']);
    expect(hits[0]?.port).toBe(hits[1]?.port);
    expect(first.headers.connection).toBe('keep-alive');
  });

  it('reuses sockets with the shared default agent too', async () => {
    await request({ url: `${base}/c`, responseType: ResponseTypes.text });
    await request({ url: `${base}/d`, responseType: ResponseTypes.text });
    expect(hits[0]?.port).toBe(hits[1]?.port);
  });
});

describe('request over loopback: timeouts', () => {
  it('rejects with TimeoutError naming the redacted URL and the limit when no answer comes', async () => {
    handler = () => undefined; // never answers
    const err = (await request({
      url: `${base}/slow`,
      params: { api_secret: 'hunter2' },
      timeout: 50,
      retry: false,
    }).catch((e: unknown) => e)) as TimeoutError;
    expect(err).toBeInstanceOf(TimeoutError);
    expect(err.timeout).toBe(50);
    expect(err.url).toBe(`${base}/slow?api_secret=[REDACTED]`);
    expect(err.message).toBe(
      `[@acct/http] GET ${base}/slow?api_secret=[REDACTED] timed out after 50 ms (attempt 1): raise \`timeout\` or check that the server answers`,
    );
    expect(hits).toHaveLength(1);
  });

  it('bounds the body too: headers sent, body stalled', async () => {
    handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('partial');
    };
    const err = await request({ url: `${base}/stall`, timeout: 50, retry: false }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(TimeoutError);
  });

  it('retries a GET after an attempt timeout', async () => {
    let n = 0;
    handler = (_req, res) => {
      if (++n === 2) res.end('second');
    };
    const res = await request({
      url: `${base}/t`,
      timeout: 50,
      random: () => 0,
      responseType: ResponseTypes.text,
    });
    expect(res.data).toBe('second');
    expect(hits).toHaveLength(2);
  });
});

describe('request over loopback: caller signal', () => {
  it('rejects an attempt in flight with the signal reason itself, without retrying', async () => {
    const controller = new AbortController();
    const reason = new Error('caller gave up');
    handler = () => controller.abort(reason); // the request arrived: abort, never answer
    const err = await request({ url: `${base}/held`, signal: controller.signal }).catch(
      (e: unknown) => e,
    );
    expect(err).toBe(reason);
    expect(hits).toHaveLength(1);
  });

  it('leaves the signal free of listeners once the call is done', async () => {
    const controller = new AbortController();
    const res = await request({
      url: `${base}/ok`,
      signal: controller.signal,
      responseType: ResponseTypes.text,
    });
    expect(res.data).toBe('ok');
    controller.abort(new Error('too late'));
    expect(hits).toHaveLength(1);
  });
});

describe('request over loopback: connection failures', () => {
  it('gives NetworkError ECONNREFUSED and retries even a POST (no byte was sent)', async () => {
    const port = await closedPort();
    let attempts = 0;
    const authenticate = (req: HttpOptions) => {
      attempts += 1;
      return req;
    };
    const err = (await request({
      url: `http://127.0.0.1:${port}/account/top-up?api_secret=s3`,
      method: 'POST',
      data: { trx: 'x' },
      authenticate,
      random: () => 0,
    }).catch((e: unknown) => e)) as NetworkError;
    expect(err).toBeInstanceOf(NetworkError);
    expect(err.code).toBe('ACCT_NETWORK');
    expect(err.systemCode).toBe('ECONNREFUSED');
    expect(err.message).toBe(
      `[@acct/http] POST http://127.0.0.1:${port}/account/top-up?api_secret=[REDACTED] failed (ECONNREFUSED): check the host, the port and the network`,
    );
    expect((err.cause as { code?: string }).code).toBe('ECONNREFUSED');
    expect(String((err.cause as Error).message)).not.toContain('s3');
    expect(attempts).toBe(3);
  });

  it('gives NetworkError ECONNRESET and never re-sends a POST', async () => {
    handler = (req) => req.socket.destroy();
    const err = (await request({
      url: `${base}/account/top-up`,
      method: 'POST',
      data: { trx: 'x' },
      random: () => 0,
    }).catch((e: unknown) => e)) as NetworkError;
    expect(err).toBeInstanceOf(NetworkError);
    expect(err.systemCode).toBe('ECONNRESET');
    expect(err.message).toBe(
      `[@acct/http] POST ${base}/account/top-up failed (ECONNRESET): the server may have applied the request: check its state before sending it again`,
    );
    expect(hits.map((h) => h.method)).toEqual(['POST']);
  });

  it('retries a GET after ECONNRESET', async () => {
    handler = (req) => req.socket.destroy();
    const err = (await request({ url: `${base}/r`, random: () => 0 }).catch(
      (e: unknown) => e,
    )) as NetworkError;
    expect(err.systemCode).toBe('ECONNRESET');
    expect(err.message).toBe(
      `[@acct/http] GET ${base}/r failed (ECONNRESET): check the host, the port and the network`,
    );
    expect(hits.map((h) => h.method)).toEqual(['GET', 'GET', 'GET']);
  });

  it('counts the attempts of a failed call on the HttpError', async () => {
    handler = (_req, res) => {
      res.writeHead(503, { 'content-type': 'application/json' });
      res.end('{}');
    };
    const retried = (await request({ url: `${base}/r`, random: () => 0 }).catch(
      (e: unknown) => e,
    )) as HttpError;
    expect([retried.status, retried.attempts]).toEqual([503, 3]);
    const once = (await request({
      url: `${base}/account/top-up`,
      method: 'POST',
      data: { trx: 'x' },
      random: () => 0,
    }).catch((e: unknown) => e)) as HttpError;
    expect([once.status, once.attempts]).toEqual([503, 1]);
  });
});
