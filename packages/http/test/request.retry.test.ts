// The retry loop of request(), on a fake clock: exact waits, Retry-After, deadline, abort.
import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  jest,
} from '@jest/globals';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  HTTPMethods,
  InternalServerError,
  NetworkError,
  RateLimitError,
  TimeoutError,
  request,
  type HttpOptions,
} from '@acct/http';

const URL_ = 'https://api.nexmo.com/thing';
let replies: Array<() => Response | Promise<Response>> = [];
const methods: string[] = [];
const lines: string[] = [];

const server = setupServer(
  http.all(URL_, ({ request: req }) => {
    methods.push(req.method);
    const next = replies.length > 1 ? replies.shift() : replies[0];
    return next!();
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  jest.useFakeTimers({
    doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'],
    now: 1_700_000_000_000,
  });
});
afterEach(() => {
  jest.useRealTimers();
  replies = [];
  methods.length = 0;
  lines.length = 0;
});
afterAll(() => server.close());

const status =
  (code: number, headers: Record<string, string> = {}) =>
  () =>
    HttpResponse.text(`status ${code}`, { status: code, headers });
const ok = () => HttpResponse.json({ ok: true });
const config: Partial<HttpOptions> = { random: () => 0.5, logger: (line) => lines.push(line) };

/** Starts a request and returns a settled-later promise of its value or error. */
function start(
  options: Partial<HttpOptions> = {},
  extra: Partial<HttpOptions> = {},
): Promise<unknown> {
  return request({ url: URL_, ...options, ...config, ...extra }).then(
    (res) => res,
    (err: unknown) => err,
  );
}

/** Lets pending I/O settle without moving the clock. */
const flush = () => jest.advanceTimersByTimeAsync(0);

describe('request retries', () => {
  it('retries a GET on 503 with full-jitter exponential backoff, exactly', async () => {
    replies = [status(503), status(503), ok];
    const done = start();
    await flush();
    expect(methods).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(99); // random 0.5 * 200 = 100 ms
    expect(methods).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(methods).toHaveLength(2);
    await jest.advanceTimersByTimeAsync(199); // 0.5 * 400 = 200 ms
    expect(methods).toHaveLength(2);
    await jest.advanceTimersByTimeAsync(1);
    expect(methods).toHaveLength(3);
    expect(await done).toMatchObject({ status: 200, data: { ok: true } });
    expect(lines).toEqual([
      `GET ${URL_} failed: 503 (attempt 1, 0 ms)`,
      `GET ${URL_} retrying in 100 ms (attempt 2 of 3)`,
      `GET ${URL_} failed: 503 (attempt 2, 0 ms)`,
      `GET ${URL_} retrying in 200 ms (attempt 3 of 3)`,
      `GET ${URL_} -> 200 (attempt 3, 0 ms)`,
    ]);
  });

  it('caps one backoff delay at maxBackoff', async () => {
    replies = [status(500), status(500), ok];
    const done = start({}, { random: () => 0.999, retry: { baseDelay: 1000, maxBackoff: 1500 } });
    await jest.advanceTimersByTimeAsync(998);
    expect(methods).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(1); // floor(0.999 * 1000)
    expect(methods).toHaveLength(2);
    await jest.advanceTimersByTimeAsync(1497); // floor(0.999 * min(1500, 2000)) = 1498
    expect(methods).toHaveLength(2);
    await jest.advanceTimersByTimeAsync(1);
    expect(methods).toHaveLength(3);
    expect(await done).toMatchObject({ status: 200 });
  });

  it('honours Retry-After in seconds', async () => {
    replies = [status(429, { 'retry-after': '3' }), ok];
    const done = start();
    await jest.advanceTimersByTimeAsync(2999);
    expect(methods).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(methods).toHaveLength(2);
    expect(await done).toMatchObject({ status: 200 });
  });

  it('honours Retry-After as an HTTP date', async () => {
    replies = [status(503, { 'retry-after': new Date(Date.now() + 5000).toUTCString() }), ok];
    const done = start();
    await jest.advanceTimersByTimeAsync(4999);
    expect(methods).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(await done).toMatchObject({ status: 200 });
  });

  it('caps Retry-After at maxRetryAfter', async () => {
    replies = [status(429, { 'retry-after': '120' }), ok];
    const done = start({ deadline: 300_000 }, { retry: { maxRetryAfter: 10_000 } });
    await jest.advanceTimersByTimeAsync(9_999);
    expect(methods).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(await done).toMatchObject({ status: 200 });
  });

  it('throws the last error at once when the wait would pass the deadline', async () => {
    replies = [status(429, { 'retry-after': '120' })];
    const err = (await start()) as RateLimitError; // 60 s cap reaches the 60 s deadline
    expect(err).toBeInstanceOf(RateLimitError);
    expect(err.retryAfter).toBe(120_000);
    expect(methods).toHaveLength(1);
  });

  it('gives up after `retries` repeats with the last error', async () => {
    replies = [status(502), status(504), status(500)];
    const done = start();
    await jest.advanceTimersByTimeAsync(1000);
    const err = (await done) as InternalServerError;
    expect(err).toBeInstanceOf(InternalServerError);
    expect(err.status).toBe(500);
    expect(methods).toHaveLength(3);
  });

  it.each([
    ['GET', 3],
    ['HEAD', 3],
    ['DELETE', 3],
    ['OPTIONS', 3],
    ['POST', 1],
    ['PUT', 1],
    ['PATCH', 1],
  ])('on 503, %s makes %i attempt(s)', async (method, attempts) => {
    replies = [status(503)];
    const done = start({ method: method as HTTPMethods });
    await jest.advanceTimersByTimeAsync(1000);
    expect(await done).toBeInstanceOf(InternalServerError);
    expect(methods).toEqual(Array(attempts).fill(method));
  });

  it('retries a POST marked idempotent, and not a GET marked non-idempotent', async () => {
    replies = [status(503)];
    const post = start({ method: 'POST', idempotent: true, data: { a: 1 } });
    await jest.advanceTimersByTimeAsync(1000);
    expect(await post).toBeInstanceOf(InternalServerError);
    expect(methods).toEqual(['POST', 'POST', 'POST']);
    methods.length = 0;
    expect(await start({ idempotent: false })).toBeInstanceOf(InternalServerError);
    expect(methods).toEqual(['GET']);
  });

  it('does not retry a status outside `statuses`, nor a 4xx', async () => {
    replies = [status(503)];
    expect(await start({}, { retry: { statuses: [500] } })).toBeInstanceOf(InternalServerError);
    replies = [status(404)];
    await start();
    expect(methods).toEqual(['GET', 'GET']);
  });

  it('retry: false makes one attempt; retries: 1 makes two', async () => {
    replies = [status(503)];
    expect(await start({ retry: false })).toBeInstanceOf(InternalServerError);
    expect(methods).toHaveLength(1);
    const done = start({ retry: { retries: 1 } });
    await jest.advanceTimersByTimeAsync(1000);
    expect(await done).toBeInstanceOf(InternalServerError);
    expect(methods).toHaveLength(3);
  });

  it('retries a network error for a GET, never for a POST once it may have been sent', async () => {
    replies = [() => HttpResponse.error()];
    const get = start();
    await jest.advanceTimersByTimeAsync(1000);
    const err = (await get) as NetworkError;
    expect(err).toBeInstanceOf(NetworkError);
    expect(err.systemCode).toBeUndefined();
    expect(methods).toEqual(['GET', 'GET', 'GET']);
    methods.length = 0;
    expect(await start({ method: 'POST', data: { trx: '1' } })).toBeInstanceOf(NetworkError);
    expect(methods).toEqual(['POST']);
  });

  it('times out each attempt, retries a GET, and stops at the deadline', async () => {
    replies = [
      async () => {
        await delay('infinite');
        return ok();
      },
    ];
    const done = start({ timeout: 1000, deadline: 2500 });
    await jest.advanceTimersByTimeAsync(5000);
    const err = (await done) as TimeoutError;
    expect(err).toBeInstanceOf(TimeoutError);
    expect(err.code).toBe('ACCT_TIMEOUT');
    expect(err.timeout).toBe(2500);
    expect(err.url).toBe(URL_);
    expect(err.message).toBe(
      `[@acct/http] GET ${URL_} exceeded the deadline of 2500 ms (attempt 3): raise \`deadline\` or check that the server answers`,
    );
    expect(methods).toHaveLength(3);
    expect(lines).toEqual([
      `GET ${URL_} failed: TimeoutError (attempt 1, 1000 ms)`,
      `GET ${URL_} retrying in 100 ms (attempt 2 of 3)`,
      `GET ${URL_} failed: TimeoutError (attempt 2, 1000 ms)`,
      `GET ${URL_} retrying in 200 ms (attempt 3 of 3)`,
      `GET ${URL_} failed: TimeoutError (attempt 3, 200 ms)`,
    ]);
  });

  it('does not retry a POST that timed out', async () => {
    replies = [
      async () => {
        await delay('infinite');
        return ok();
      },
    ];
    const done = start({ method: 'POST', timeout: 500 });
    await jest.advanceTimersByTimeAsync(5000);
    const err = (await done) as TimeoutError;
    expect(err.message).toBe(
      `[@acct/http] POST ${URL_} timed out after 500 ms (attempt 1): raise \`timeout\` or check that the server answers`,
    );
    expect(methods).toEqual(['POST']);
  });
});

describe('request deadline', () => {
  it('fails with TimeoutError when the deadline passed before an attempt could start', async () => {
    const err = (await start(
      { deadline: 1000 },
      {
        authenticate: (req) => {
          jest.setSystemTime(Date.now() + 1500); // a very slow signer
          return req;
        },
      },
    )) as TimeoutError;
    expect(err).toBeInstanceOf(TimeoutError);
    expect(err.timeout).toBe(1000);
    expect(err.message).toBe(
      `[@acct/http] GET ${URL_} exceeded the deadline of 1000 ms (attempt 1): raise \`deadline\` or check that the server answers`,
    );
    expect(methods).toHaveLength(0);
  });
});

describe('request abort', () => {
  it('rejects with the reason of an already aborted signal, sending nothing', async () => {
    const reason = new Error('stop');
    expect(await start({ signal: AbortSignal.abort(reason) })).toBe(reason);
    expect(methods).toHaveLength(0);
  });

  it('stops a backoff wait at once with the signal reason', async () => {
    replies = [status(503)];
    const controller = new AbortController();
    const done = start({ signal: controller.signal });
    await flush();
    expect(methods).toHaveLength(1);
    controller.abort();
    const err = (await done) as DOMException;
    expect(err.name).toBe('AbortError');
    expect(err).toBe(controller.signal.reason);
    await jest.advanceTimersByTimeAsync(1000);
    expect(methods).toHaveLength(1);
  });

  it('rejects with the reason when the signal aborts while authenticate runs', async () => {
    const controller = new AbortController();
    const reason = new Error('gone');
    const err = await start(
      { signal: controller.signal },
      {
        authenticate: async (req) => {
          controller.abort(reason);
          return req;
        },
      },
    );
    expect(err).toBe(reason);
    expect(methods).toHaveLength(0);
  });

  it('aborts an attempt in flight with the signal reason', async () => {
    replies = [
      async () => {
        await delay('infinite');
        return ok();
      },
    ];
    const controller = new AbortController();
    const done = start({ signal: controller.signal });
    await flush();
    const reason = new Error('user cancelled');
    controller.abort(reason);
    expect(await done).toBe(reason);
    expect(methods).toHaveLength(1);
  });
});
