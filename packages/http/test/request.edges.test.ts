// The edges of request(), its encoders and its errors, each with the exact outcome.
import { describe, expect, it, jest } from '@jest/globals';
import {
  AcctError,
  ContentType,
  createHttpError,
  HttpError,
  InternalServerError,
  NetworkError,
  ParseError,
  RateLimitError,
  request,
  ValidationError,
  type FetchLike,
  type HttpOptions,
} from '@acct/http';

const URL_ = 'https://rest.example/p';

interface Sent {
  url: string;
  init: { method: string; headers: Record<string, string>; body?: string | Uint8Array };
}

/** A fetch answering `answer()` and recording what it was given. */
function stub(answer: () => Response = () => Response.json({ ok: 1 })) {
  const sent: Sent[] = [];
  const fetch: FetchLike = async (url, init) => {
    sent.push({ url, init });
    return answer();
  };
  return { fetch, sent };
}

const call = (options: Omit<HttpOptions, 'fetch'>, answer?: () => Response) => {
  const { fetch, sent } = stub(answer);
  return request({ retry: false, ...options, fetch }).then(
    (res) => ({ res, sent, err: undefined }),
    (err: unknown) => ({ res: undefined, sent, err }),
  );
};

const refusedName = async (options: Omit<HttpOptions, 'fetch'>) => {
  const { err, sent } = await call(options);
  expect(err).toBeInstanceOf(ValidationError);
  expect(sent).toHaveLength(0);
  return (err as ValidationError).invalidParameters[0]?.name;
};

describe('encoding', () => {
  it('appends params to a URL that already has a query, skipping null, repeating arrays', async () => {
    const { sent } = await call({ url: `${URL_}?a=1`, params: { b: [1, true], c: null } });
    expect(sent[0]!.url).toBe(`${URL_}?a=1&b=1&b=true`);
    const none = await call({ url: URL_, params: { c: null, d: undefined } });
    expect(none.sent[0]!.url).toBe(URL_);
  });

  it.each([
    [{ params: { n: NaN } }, 'params.n'],
    [{ params: new Map() as never }, 'params'],
    [{ method: 'POST', data: ['a'], type: ContentType.FORM_URLENCODED }, 'data'],
    [{ method: 'POST', data: 'x\ud800', type: ContentType.FORM_URLENCODED }, 'data'],
    [{ method: 'POST', data: () => 1 }, 'data'],
    [{ method: 'POST', data: { a: 1 }, type: ContentType.TEXT }, 'data'],
    [{ method: 'post', responseType: 'xml' as never }, 'responseType'],
    [{ method: 7 as never }, 'method'],
    [{ idempotent: 'yes' as never }, 'idempotent'],
    [{ logger: 'console' as never }, 'logger'],
    [{ retry: { methods: 'GET' as never } }, 'retry.methods'],
    [{ retry: { statuses: [200, 1000] } }, 'retry.statuses[1]'],
    [{ headers: { a: 'x', A: 'y' } }, 'headers.A'],
    [{ headers: { 'x-1': 'é\u0100' } }, '(a name of 3 characters)'.replace(/^/, 'headers.')],
  ] as Array<[Partial<HttpOptions>, string]>)('refuses %j naming %s', async (options, name) => {
    expect(await refusedName({ url: URL_, ...options })).toBe(name);
  });

  it('keeps the cause of a toJSON that throws, sending nothing', async () => {
    const boom = new Error('toJSON failed');
    const { err, sent } = await call({
      url: URL_,
      method: 'POST',
      data: {
        toJSON() {
          throw boom;
        },
      },
    });
    expect((err as ValidationError).cause).toBe(boom);
    expect(sent).toEqual([]);
  });

  it('sends strings and bytes with the type given, bytes alone as octet-stream', async () => {
    const bytes = new Uint8Array([1, 2]);
    const xml = await call({ url: URL_, method: 'PUT', data: '<a/>', type: ContentType.XML });
    const csv = await call({ url: URL_, method: 'PUT', data: bytes, type: ContentType.CSV });
    const raw = await call({ url: URL_, method: 'PUT', data: bytes });
    const form = await call({
      url: URL_,
      method: 'POST',
      data: 'a=1',
      type: 'application/x-www-form-urlencoded',
    });
    const problem = await call({
      url: URL_,
      method: 'POST',
      data: { a: 1 },
      type: ContentType.PROBLEM_JSON,
    });
    expect(
      [xml, csv, raw, form, problem].map(({ sent }) => [
        sent[0]!.init.body,
        sent[0]!.init.headers['content-type'],
      ]),
    ).toEqual([
      ['<a/>', 'application/xml'],
      [bytes, 'text/csv'],
      [bytes, 'application/octet-stream'],
      ['a=1', 'application/x-www-form-urlencoded'],
      ['{"a":1}', 'application/problem+json'],
    ]);
  });
});

describe('decoding', () => {
  it('a form answer with a name three times gives an array', async () => {
    const { res } = await call(
      { url: URL_ },
      () =>
        new Response('a=1&a=2&a=3&b=x', {
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        }),
    );
    expect(res!.data).toEqual({ a: ['1', '2', '3'], b: 'x' });
  });

  it('a body without content type is text with responseType text, a ParseError when JSON is expected', async () => {
    const bare = () => new Response(new TextEncoder().encode('plain'));
    expect((await call({ url: URL_, responseType: 'text' }, bare)).res!.data).toBe('plain');
    const { err } = await call({ url: URL_ }, bare);
    expect(err).toBeInstanceOf(ParseError);
    expect((err as ParseError).message).toContain('answered 200 with malformed JSON');
  });
});

describe('the request loop', () => {
  it('retries a POST listed in retry.methods, and a failing logger never fails the call', async () => {
    let n = 0;
    const { fetch, sent } = stub(() =>
      ++n === 1 ? new Response('', { status: 503 }) : Response.json({ n }),
    );
    const logger = jest.fn(() => {
      throw new Error('log sink down');
    });
    const res = await request({
      url: URL_,
      method: 'post' as 'POST', // any case is accepted at run time
      data: { a: 1 },
      fetch,
      logger,
      random: () => 0,
      retry: { methods: ['POST'], retries: 1 },
    });
    expect(res.data).toEqual({ n: 2 });
    expect(sent.map((s) => s.init.method)).toEqual(['POST', 'POST']);
    expect(logger).toHaveBeenCalledTimes(3);
  });

  it('an abort during the wait between attempts rejects with the reason', async () => {
    const controller = new AbortController();
    const reason = new Error('stop');
    const { fetch, sent } = stub(() => {
      setTimeout(() => controller.abort(reason), 5);
      return new Response('', { status: 503 });
    });
    const err = await request({
      url: URL_,
      fetch,
      signal: controller.signal,
      retry: { baseDelay: 10_000, maxBackoff: 10_000 },
      random: () => 0.9,
    }).catch((e: unknown) => e);
    expect(err).toBe(reason);
    expect(sent).toHaveLength(1);
  });

  it('checks what authenticate returns: a plain object with a valid URL and method', async () => {
    const { fetch, sent } = stub();
    const bad = async (authenticate: HttpOptions['authenticate']) => {
      const err = (await request({ url: URL_, fetch, authenticate }).catch(
        (e: unknown) => e,
      )) as ValidationError;
      expect(err).toBeInstanceOf(ValidationError);
      return err.invalidParameters[0]?.name;
    };
    expect(await bad(() => new Map() as never)).toBe('authenticate() result');
    expect(await bad((r) => ({ ...r, url: 'ftp://x/' }))).toBe('url');
    expect(await bad((r) => ({ ...r, method: 5 as never }))).toBe('method');
    expect(await bad((r) => ({ ...r, type: 'x' as never }))).toBe('type');
    expect(sent).toEqual([]);
    const res = await request({
      url: URL_,
      fetch,
      authenticate: (r) => ({
        ...r,
        method: 'get' as 'GET',
        url: `${URL_}/other`,
        headers: { authorization: 'Bearer t0ken1' },
      }),
    });
    expect(res.request).toEqual({
      method: 'GET',
      url: `${URL_}/other`,
      headers: { accept: 'application/json', authorization: '[REDACTED]' },
    });
  });

  it('a fetch that throws at once, or rejects with a string, gives a NetworkError', async () => {
    const throwing: FetchLike = () => {
      throw new TypeError('bad init');
    };
    const a = (await request({ url: URL_, fetch: throwing, retry: false }).catch(
      (e: unknown) => e,
    )) as NetworkError;
    expect(a).toBeInstanceOf(NetworkError);
    expect(a.message).toBe(
      `[@acct/http] GET ${URL_} failed (bad init): check the host, the port and the network`,
    );
    const b = (await request({
      url: URL_,
      method: 'PATCH',
      fetch: () => Promise.reject('reset'),
      retry: false,
    }).catch((e: unknown) => e)) as NetworkError;
    expect(b.message).toBe(
      `[@acct/http] PATCH ${URL_} failed (reset): the server may have applied the request: check its state before sending it again`,
    );
  });
});

describe('errors', () => {
  const req = { method: 'GET', url: URL_, headers: {} };
  const make = (
    status: number,
    body: unknown,
    statusText = 'Status',
    headers: Record<string, string> = {},
  ) => createHttpError({ status, statusText, headers, body, request: req });

  it('builds the message from the problem fields, the label or the status text', () => {
    expect(make(418, { title: 'Teapot' }).message).toBe('418 Teapot');
    expect(make(418, { detail: 'short and stout' }).message).toBe('418 short and stout');
    expect(make(418, 'plain text', '').message).toBe('418 HTTP error');
    expect(make(502, null).constructor).toBe(InternalServerError);
    expect(make(418, null).constructor).toBe(HttpError);
  });

  it('lifts invalidParameters (either spelling) and the request id from any trace header', () => {
    const a = make(400, { invalidParameters: [null, { name: 'trx', reason: 7 }] }, 'Bad', {
      'x-nexmo-trace-id': 't-1',
    });
    expect(a.invalidParameters).toEqual([
      { name: '', reason: '' },
      { name: 'trx', reason: '7' },
    ]);
    expect(a.requestId).toBe('t-1');
    expect(make(404, { instance: 'i-1' }).requestId).toBe('i-1');
  });

  it('reads Retry-After as seconds or an HTTP date, and ignores anything else', () => {
    const at = (value: string) =>
      (make(429, null, 'Too Many', { 'retry-after': value }) as RateLimitError).retryAfter;
    expect(at('2')).toBe(2000);
    expect(at(new Date(Date.now() + 60_000).toUTCString())).toBeGreaterThan(50_000);
    expect(at('soon')).toBeUndefined();
    expect(at(' ')).toBeUndefined();
  });

  it('keeps a clean cause as it is and redacts one that holds a credential', () => {
    const clean = new Error('root');
    expect(new AcctError('x', { code: 'ACCT_X', cause: clean }).cause).toBe(clean);
    const inner = new AcctError('inner', { code: 'ACCT_Y' });
    expect(new AcctError('x', { code: 'ACCT_X', cause: inner }).cause).toBe(inner);
    expect(new AcctError('x', { code: 'ACCT_X', cause: 'token=abc' }).cause).toBe(
      'token=[REDACTED]',
    );
    expect(new AcctError('x', { code: 'ACCT_X', cause: { token: 'abc' } }).cause).toEqual({
      token: '[REDACTED]',
    });
    const withKeys = Object.assign(new Error('plain'), {
      address: '127.0.0.1',
      code: 'ECONNREFUSED',
    });
    const copied = new AcctError('x', { code: 'ACCT_X', cause: withKeys }).cause as Error & {
      code: string;
    };
    expect(copied).not.toBe(withKeys);
    expect([copied.message, copied.code]).toEqual(['plain', 'ECONNREFUSED']);
    let deep: Error = new Error('api_secret=s');
    for (let i = 0; i < 8; i++) deep = new Error(`level ${i}`, { cause: deep });
    const kept = new AcctError('x', { code: 'ACCT_X', cause: deep }).cause as Error;
    expect(JSON.stringify(kept, ['message', 'cause'])).not.toContain('api_secret=s');
  });

  it('ParseError keeps only the fields given', () => {
    const err = new ParseError('bad', { text: 'x' });
    expect(JSON.parse(JSON.stringify(err))).toEqual({
      name: 'ParseError',
      code: 'ACCT_PARSE',
      message: 'bad',
      text: 'x',
    });
  });
});
