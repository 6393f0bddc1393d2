import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  AuthenticationError,
  BadRequestError,
  ContentType,
  HttpError,
  InternalServerError,
  NetworkError,
  NotFoundError,
  ParseError,
  PermissionDeniedError,
  RateLimitError,
  ResponseTypes,
  TimeoutError,
  ValidationError,
  request,
  type FetchLike,
  type HttpOptions,
} from '@acct/http';

const REST = 'https://rest.nexmo.com';

interface Seen {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}
const seen: Seen[] = [];

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  seen.length = 0;
  jest.useRealTimers();
});
afterAll(() => server.close());

/** Answers every request to `url` (any method) with `reply`, recording what was sent. */
function answer(url: string, reply: () => Response | Promise<Response>): void {
  server.use(
    http.all(url, async ({ request: req }) => {
      const headers: Record<string, string> = {};
      req.headers.forEach((value, name) => (headers[name] = value));
      seen.push({ method: req.method, url: req.url, headers, body: await req.text() });
      return reply();
    }),
  );
}

const ok = () => HttpResponse.json({ ok: true });

describe('request: URL', () => {
  it('appends params, arrays as repeated keys, leaving out undefined and null', async () => {
    answer(`${REST}/things`, ok);
    await request({
      url: `${REST}/things`,
      params: { a: 'x y', tag: ['p', 'q'], n: 2, b: false, empty: '', none: undefined, nil: null },
    });
    expect(seen[0]?.url).toBe(`${REST}/things?a=x%20y&tag=p&tag=q&n=2&b=false&empty=`);
  });
});

describe('request: body encoding', () => {
  it('sends objects as JSON with a content type', async () => {
    answer(`${REST}/json`, ok);
    await request({ url: `${REST}/json`, method: 'POST', data: { secret: 'Abcdef12', n: [1] } });
    expect(seen[0]).toMatchObject({
      method: 'POST',
      body: '{"secret":"Abcdef12","n":[1]}',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
    });
  });

  it('sends form data keeping empty strings, arrays as repeated keys, leaving out undefined', async () => {
    answer(`${REST}/form`, ok);
    await request({
      url: `${REST}/form`,
      method: 'post' as 'POST', // case-insensitive at run time
      type: ContentType.FORM_URLENCODED,
      data: {
        moCallBackUrl: '',
        drCallBackUrl: 'https://x.example/dr?a=1',
        n: 1,
        ids: ['a', 'b'],
        u: undefined,
      },
    });
    expect(seen[0]?.body).toBe(
      'moCallBackUrl=&drCallBackUrl=https%3A%2F%2Fx.example%2Fdr%3Fa%3D1&n=1&ids=a&ids=b',
    );
    expect(seen[0]?.headers['content-type']).toBe('application/x-www-form-urlencoded');
  });

  it('keeps a content type given by the caller', async () => {
    answer(`${REST}/raw`, ok);
    await request({
      url: `${REST}/raw`,
      method: 'PUT',
      headers: { 'Content-Type': 'application/vnd.acct+json' },
      data: { a: 1 },
    });
    expect(seen[0]?.headers['content-type']).toBe('application/vnd.acct+json');
    expect(seen[0]?.body).toBe('{"a":1}');
  });

  it('sends strings as text and sends no body without data', async () => {
    answer(`${REST}/text`, ok);
    await request({ url: `${REST}/text`, method: 'POST', data: 'hello' });
    await request({ url: `${REST}/text`, method: 'DELETE' });
    expect(seen.map((s) => [s.body, s.headers['content-type']])).toEqual([
      ['hello', 'text/plain'],
      ['', undefined],
    ]);
  });
});

describe('request: response decoding', () => {
  const cases: Array<[string, () => Response, unknown]> = [
    ['application/json', () => HttpResponse.json({ value: 10.28 }), { value: 10.28 }],
    [
      'a +json type',
      () =>
        new HttpResponse('{"a":1}', {
          headers: { 'content-type': 'application/hal+json; charset=utf-8' },
        }),
      { a: 1 },
    ],
    [
      'form',
      () =>
        new HttpResponse('a=1&b=&a=2', {
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        }),
      { a: ['1', '2'], b: '' },
    ],
    ['204 as null', () => new HttpResponse(null, { status: 204 }), null],
    [
      'an empty JSON body as null',
      () => new HttpResponse('', { headers: { 'content-type': 'application/json' } }),
      null,
    ],
  ];
  it.each(cases)('decodes %s', async (_name, reply, expected) => {
    answer(`${REST}/decode`, reply);
    const res = await request({ url: `${REST}/decode` });
    expect(res.data).toEqual(expected);
  });

  it('parses a body without content type as JSON by default, as text with responseType text', async () => {
    answer(`${REST}/bare`, () => new HttpResponse(new TextEncoder().encode('{"a":1}')));
    const json = await request({ url: `${REST}/bare` });
    const text = await request({ url: `${REST}/bare`, responseType: ResponseTypes.text });
    expect([json.data, text.data]).toEqual([{ a: 1 }, '{"a":1}']);
  });

  it('decodes text/plain as a string with responseType text', async () => {
    answer(`${REST}/decode`, () => HttpResponse.text('plain'));
    const res = await request({ url: `${REST}/decode`, responseType: 'text' });
    expect(res.data).toBe('plain');
  });

  it.each([
    ['text/html', () => HttpResponse.html('<html>Welcome</html>'), 'text/html'],
    ['text/plain', () => HttpResponse.text('plain'), 'text/plain'],
  ])('rejects a 2xx %s where JSON is expected with a ParseError', async (_n, reply, type) => {
    answer(`${REST}/decode`, reply);
    const err = (await request({ url: `${REST}/decode` }).catch((e: unknown) => e)) as ParseError;
    expect(err).toBeInstanceOf(ParseError);
    expect(err.status).toBe(200);
    expect(err.contentType).toMatch(new RegExp(`^${type}`));
    expect(err.message).toBe(
      `[@acct/http] GET ${REST}/decode answered 200 with ${err.contentType} instead of JSON: check that the URL points at the API (restHost, apiHost), or pass responseType: "text"`,
    );
  });

  it('returns status, statusText, the real response headers and the redacted request', async () => {
    answer(`${REST}/h`, () =>
      HttpResponse.json(
        { a: 1 },
        {
          status: 201,
          statusText: 'Created',
          headers: { 'X-Request-Id': 'r-1', 'x-ratelimit-remaining': '9' },
        },
      ),
    );
    const res = await request({
      url: `${REST}/h`,
      method: 'POST',
      params: { api_key: 'k', api_secret: 's3cret' },
      headers: { Authorization: 'Basic abc' },
    });
    expect(res.status).toBe(201);
    expect(res.statusText).toBe('Created');
    expect(res.headers).toEqual({
      'content-length': '7',
      'content-type': 'application/json',
      'x-request-id': 'r-1',
      'x-ratelimit-remaining': '9',
    });
    expect(res.request).toEqual({
      method: 'POST',
      url: `${REST}/h?api_key=[REDACTED]&api_secret=[REDACTED]`,
      headers: { accept: 'application/json', authorization: '[REDACTED]' },
    });
    expect(seen[0]?.headers.authorization).toBe('Basic abc');
  });

  it('rejects a 2xx with malformed JSON with a ParseError holding the raw text', async () => {
    answer(
      `${REST}/bad`,
      () => new HttpResponse('{"value": 1', { headers: { 'content-type': 'application/json' } }),
    );
    const err = (await request({ url: `${REST}/bad` }).catch((e: unknown) => e)) as ParseError;
    expect(err).toBeInstanceOf(ParseError);
    expect(err.code).toBe('ACCT_PARSE');
    expect(err.text).toBe('{"value": 1');
    expect(err.status).toBe(200);
    expect((err.cause as Error).name).toBe('SyntaxError');
    expect(err.message).toMatch(
      /^\[@acct\/http\] GET https:\/\/rest\.nexmo\.com\/bad answered 200 with malformed JSON: /,
    );
    expect(seen).toHaveLength(1);
  });

  it('keeps the raw text as the body of an error status with malformed JSON', async () => {
    answer(
      `${REST}/bad`,
      () =>
        new HttpResponse('<html>oops', {
          status: 400,
          headers: { 'content-type': 'application/json' },
        }),
    );
    const err = (await request({ url: `${REST}/bad` }).catch((e: unknown) => e)) as HttpError;
    expect(err).toBeInstanceOf(BadRequestError);
    expect(err.body).toBe('<html>oops');
  });
});

describe('request: headers', () => {
  it('sends header names in lower case, values as given', async () => {
    answer(`${REST}/hdr`, ok);
    await request({
      url: `${REST}/hdr`,
      headers: { 'X-Two': 'call', Accept: 'text/plain', 'User-Agent': 'acct-test/1' },
    });
    expect(seen[0]?.headers).toMatchObject({
      'user-agent': 'acct-test/1',
      'x-two': 'call',
      accept: 'text/plain',
    });
  });
});

describe('request: errors by status', () => {
  const cases: Array<[number, new (...a: never[]) => HttpError, string]> = [
    [400, BadRequestError, 'ACCT_HTTP_BAD_REQUEST'],
    [401, AuthenticationError, 'ACCT_HTTP_AUTHENTICATION'],
    [403, PermissionDeniedError, 'ACCT_HTTP_PERMISSION_DENIED'],
    [404, NotFoundError, 'ACCT_HTTP_NOT_FOUND'],
    [409, HttpError, 'ACCT_HTTP_ERROR'],
    [422, HttpError, 'ACCT_HTTP_ERROR'],
    [429, RateLimitError, 'ACCT_HTTP_RATE_LIMIT'],
    [500, InternalServerError, 'ACCT_HTTP_SERVER'],
    [503, InternalServerError, 'ACCT_HTTP_SERVER'],
    [418, HttpError, 'ACCT_HTTP_ERROR'],
  ];
  it.each(cases)('%i rejects with %p', async (status, Class, code) => {
    answer(`${REST}/e`, () => HttpResponse.text('nope', { status }));
    const err = (await request({ url: `${REST}/e`, retry: false }).catch(
      (e: unknown) => e,
    )) as HttpError;
    expect(err).toBeInstanceOf(Class);
    expect(err.constructor).toBe(Class);
    expect(err.code).toBe(code);
    expect(err.status).toBe(status);
    expect(err.body).toBe('nope');
  });

  it('lifts RFC 7807 fields and the request id from a problem+json body', async () => {
    answer(`${REST}/p`, () =>
      HttpResponse.json(
        {
          type: 'https://developer.nexmo.com/api-errors#validation',
          title: 'Bad Request',
          detail: 'The request failed due to validation errors',
          instance: 'bf0ca0bf927b3b52e3cb03217e1a1ddf',
          invalid_parameters: [{ name: 'secret', reason: 'Does not meet complexity requirements' }],
        },
        {
          status: 400,
          headers: { 'content-type': 'application/problem+json', 'x-request-id': 'req-9' },
        },
      ),
    );
    const err = (await request({ url: `${REST}/p`, method: 'POST', data: {} }).catch(
      (e: unknown) => e,
    )) as HttpError;
    expect(err.message).toBe('400 Bad Request: The request failed due to validation errors');
    expect(err.type).toBe('https://developer.nexmo.com/api-errors#validation');
    expect(err.instance).toBe('bf0ca0bf927b3b52e3cb03217e1a1ddf');
    expect(err.invalidParameters).toEqual([
      { name: 'secret', reason: 'Does not meet complexity requirements' },
    ]);
    expect(err.requestId).toBe('req-9');
    expect(err.headers['content-type']).toBe('application/problem+json');
  });

  it('lifts legacy error-code fields', async () => {
    answer(`${REST}/account/get-balance`, () =>
      HttpResponse.json(
        { 'error-code': '401', 'error-code-label': 'authentication failed' },
        { status: 401 },
      ),
    );
    const err = (await request({ url: `${REST}/account/get-balance` }).catch(
      (e: unknown) => e,
    )) as HttpError;
    expect(err.message).toBe('401 authentication failed');
    expect([err.errorCode, err.errorCodeLabel]).toEqual(['401', 'authentication failed']);
  });
});

describe('request: validation before any fetch', () => {
  const never = jest.fn<FetchLike>();
  const circular: Record<string, unknown> = { a: 1 };
  circular.self = circular;
  const cases: Array<[string, Parameters<typeof request>[0], string]> = [
    ['a relative url', { url: '/account/get-balance' }, 'url'],
    ['a non-http url', { url: 'ftp://rest.nexmo.com/x' }, 'url'],
    ['an empty url', { url: '' }, 'url'],
    ['an unknown method', { url: REST, method: 'FETCH' as 'GET' }, 'method'],
    ['a BigInt body', { url: REST, method: 'POST', data: { n: 1n } }, 'data'],
    ['a circular body', { url: REST, method: 'POST', data: circular }, 'data'],
    [
      'form data with a nested object',
      { url: REST, method: 'POST', type: ContentType.FORM_URLENCODED, data: { a: { b: 1 } } },
      'data.a',
    ],
    ['a non-string method', { url: REST, method: 42 as unknown as 'GET' }, 'method'],
    ['a GET with a body', { url: REST, data: { a: 1 } }, 'data'],
    ['a HEAD with a body', { url: REST, method: 'HEAD', data: 'x' }, 'data'],
    ['a nested query value', { url: REST, params: { a: { b: 1 } as never } }, 'params.a'],
    ['a header value with a newline', { url: REST, headers: { 'x-a': 'a\r\nb' } }, 'headers.x-a'],
    ['a zero timeout', { url: REST, timeout: 0 }, 'timeout'],
    ['a negative deadline', { url: REST, deadline: -1 }, 'deadline'],
  ];
  it.each(cases)('rejects %s with a ValidationError', async (_name, options, name) => {
    const err = (await request({ ...options, fetch: never }).catch(
      (e: unknown) => e,
    )) as ValidationError;
    expect(err).toBeInstanceOf(ValidationError);
    expect(err.code).toBe('ACCT_VALIDATION');
    expect(err.invalidParameters.map((p) => p.name)).toEqual([name]);
    expect(never).not.toHaveBeenCalled();
  });

  it('never shows the url in the message', async () => {
    const err = (await request({ url: '/x?api_secret=hunter2' }).catch((e: unknown) => e)) as Error;
    expect(err.message).toBe(
      '[@acct/http] url must be an absolute http(s) URL such as https://rest.nexmo.com/account/get-balance',
    );
  });

  it('validates the body before calling authenticate', async () => {
    const authenticate = jest.fn((req: HttpOptions) => req);
    const err = await request({
      url: REST,
      method: 'POST',
      data: { n: 1n },
      fetch: never,
      authenticate,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect(authenticate).not.toHaveBeenCalled();
  });

  it('validates what authenticate returns', async () => {
    const err = (await request({
      url: REST,
      fetch: never,
      authenticate: (req) => ({ ...req, url: 'relative/path' }),
    }).catch((e: unknown) => e)) as ValidationError;
    expect(err.invalidParameters.map((p) => p.name)).toEqual(['url']);
    expect(never).not.toHaveBeenCalled();
  });
});

describe('request: authenticate', () => {
  it('runs before every attempt on a fresh copy, without mutating the caller', async () => {
    let n = 0;
    answer(`${REST}/auth`, () => (++n < 3 ? HttpResponse.text('busy', { status: 503 }) : ok()));
    const headers = { 'x-caller': '1' };
    const params = { q: 'a' };
    const received: HttpOptions[] = [];
    const res = await request({
      url: `${REST}/auth`,
      headers,
      params,
      retry: { baseDelay: 1 },
      random: () => 0,
      authenticate: async (req) => {
        received.push(req);
        return {
          ...req,
          headers: { ...req.headers, Authorization: `Bearer token-${received.length}` },
          params: { ...req.params, sig: `s${received.length}` },
        };
      },
    });
    expect(res.status).toBe(200);
    expect(seen.map((s) => [s.headers.authorization, new URL(s.url).search])).toEqual([
      ['Bearer token-1', '?q=a&sig=s1'],
      ['Bearer token-2', '?q=a&sig=s2'],
      ['Bearer token-3', '?q=a&sig=s3'],
    ]);
    expect(received[0]).not.toBe(received[1]);
    expect(received[0]?.headers).toEqual({ 'x-caller': '1' });
    expect(headers).toEqual({ 'x-caller': '1' });
    expect(params).toEqual({ q: 'a' });
    expect(res.request.url).toBe(`${REST}/auth?q=a&sig=[REDACTED]`);
  });

  it('lets an error thrown by authenticate through, without retrying', async () => {
    const failure = new Error('no key');
    const authenticate = jest.fn(() => Promise.reject(failure));
    await expect(request({ url: REST, authenticate })).rejects.toBe(failure);
    expect(authenticate).toHaveBeenCalledTimes(1);
  });
});

describe('request: transport', () => {
  it('uses an injected fetch, passing the agent only when one is given', async () => {
    const calls: Array<[string, Record<string, unknown>]> = [];
    const fake: FetchLike = async (url, init) => {
      calls.push([url, init]);
      return new Response('{"a":1}', { headers: { 'content-type': 'application/json' } });
    };
    const agent = () => undefined;
    await request({ url: `${REST}/x`, method: 'PATCH', data: { a: 1 }, fetch: fake, agent });
    await request({ url: `${REST}/y`, fetch: fake });
    expect(calls[0]?.[0]).toBe(`${REST}/x`);
    expect(calls[0]?.[1]).toMatchObject({
      method: 'PATCH',
      body: '{"a":1}',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      agent,
    });
    expect(calls[0]?.[1].signal).toBeInstanceOf(AbortSignal);
    expect('agent' in (calls[1]?.[1] ?? {})).toBe(false);
  });

  it('settles on time when an injected fetch ignores its signal, then aborts that signal', async () => {
    jest.useFakeTimers();
    try {
      let received: AbortSignal | undefined;
      const stuck: FetchLike = (_url, init) => {
        received = init.signal as AbortSignal;
        return new Promise<never>(() => undefined); // never settles, whatever the signal says
      };
      const pending = request({ url: `${REST}/x`, timeout: 500, fetch: stuck, retry: false });
      const settled = pending.catch((e: unknown) => e);
      await jest.advanceTimersByTimeAsync(500);
      const err = (await settled) as TimeoutError;
      expect(err).toBeInstanceOf(TimeoutError);
      expect(err.message).toBe(
        `[@acct/http] GET ${REST}/x timed out after 500 ms (attempt 1): raise \`timeout\` or check that the server answers`,
      );
      expect(received?.aborted).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });

  it('rejects with the caller reason when an injected fetch ignores its signal', async () => {
    const controller = new AbortController();
    const reason = new Error('caller gave up');
    const stuck: FetchLike = () => {
      queueMicrotask(() => controller.abort(reason));
      return new Promise<never>(() => undefined);
    };
    const err = await request({ url: `${REST}/x`, signal: controller.signal, fetch: stuck }).catch(
      (e: unknown) => e,
    );
    expect(err).toBe(reason);
  });

  it('wraps any rejection of an injected fetch in NetworkError', async () => {
    const failing: FetchLike = () => Promise.reject('socket hang up at https://h/?token=t0k');
    const err = (await request({ url: `${REST}/x`, fetch: failing, retry: false }).catch(
      (e: unknown) => e,
    )) as NetworkError;
    expect(err).toBeInstanceOf(NetworkError);
    expect(err.systemCode).toBeUndefined();
    expect(err.message).toBe(
      `[@acct/http] GET ${REST}/x failed (socket hang up at https://h/?token=[REDACTED]): check the host, the port and the network`,
    );
    expect(err.cause).toBe('socket hang up at https://h/?token=[REDACTED]');
  });

  it('works with the global fetch', async () => {
    answer(`${REST}/global`, () => HttpResponse.json({ g: true }));
    const res = await request({ url: `${REST}/global`, fetch: globalThis.fetch });
    expect(res.data).toEqual({ g: true });
  });
});
