// The work request() does once per client instead of once per call (frozen client headers and
// retry policy, validated URLs, headers that authenticate left untouched), and the response
// shape: each shortcut must give exactly what the full path gives.
import { describe, expect, it, jest } from '@jest/globals';
import { inspect } from 'node:util';
import {
  HTTP_DEFAULTS,
  HttpError,
  ValidationError,
  request,
  type FetchLike,
  type HttpRequest,
} from '@acct/http';
import { clientHeaders, mergeHeaders, mergeHeadersOver } from '../src/internal/headers';
import { resolveUrl } from '../src/internal/build-url';
import { resolveRetry } from '../src/internal/resolve-retry';

const URL_OK = 'https://rest.nexmo.com/account/get-balance';

interface Sent {
  url: string;
  init: { method: string; headers: Record<string, string>; body?: unknown };
}

/** A fetch answering `status` with a JSON body, recording what it was given. */
function stubFetch(status = 200): { fetch: FetchLike; sent: Sent[] } {
  const sent: Sent[] = [];
  const fetch: FetchLike = async (url, init) => {
    sent.push({ url, init });
    const headers = new Headers({ 'content-type': 'application/json', 'x-n': String(sent.length) });
    return { status, statusText: 'S', headers, text: async () => '{"value":1}' };
  };
  return { fetch, sent };
}

describe('clientHeaders', () => {
  it('checks a frozen object once and reuses its lower-case copy', () => {
    const frozen = Object.freeze({ 'User-Agent': 'ua/1', 'X-N': 5 as unknown as string });
    const first = clientHeaders(frozen);
    expect(first).toEqual({ 'user-agent': 'ua/1', 'x-n': '5' });
    expect(Object.isFrozen(first)).toBe(true);
    expect(clientHeaders(frozen)).toBe(first);
    expect(mergeHeaders({ accept: 'a' }, first, { 'X-N': '6' })).toEqual({
      accept: 'a',
      'user-agent': 'ua/1',
      'x-n': '6',
    });
  });

  it('returns any other object (or nothing) as is, to be checked on every call', () => {
    const mutable = { 'X-A': '1' };
    expect(clientHeaders(mutable)).toBe(mutable);
    expect(clientHeaders(undefined)).toBeUndefined();
  });

  it('rejects a frozen object with a bad value, every time', () => {
    const frozen = Object.freeze({ 'x-a': 'v\n' });
    for (let i = 0; i < 2; i++) {
      expect(() => clientHeaders(frozen)).toThrow(ValidationError);
    }
  });
});

describe('mergeHeadersOver', () => {
  it('copies entries equal to the base, checks and lower-cases the others', () => {
    const base = { accept: 'application/json', 'x-a': '1' };
    expect(
      mergeHeadersOver(base, {
        accept: 'application/json',
        'x-a': '2',
        Authorization: 'Basic x',
        'x-gone': undefined as unknown as string,
      }),
    ).toEqual({ accept: 'application/json', 'x-a': '2', authorization: 'Basic x' });
    expect(mergeHeadersOver(base, undefined as unknown as Record<string, string>)).toEqual({});
    expect(() => mergeHeadersOver(base, { 'x-b': 'v\r' })).toThrow(ValidationError);
    expect(() => mergeHeadersOver(base, { 'bad name': '1' })).toThrow(ValidationError);
  });
});

describe('resolveRetry of a frozen client policy', () => {
  it('is resolved once, frozen, and equal to the full resolution', () => {
    const policy = Object.freeze({ retries: 4 });
    const first = resolveRetry(policy);
    expect(first).toEqual(resolveRetry({ retries: 4 }));
    expect(first).toEqual({
      retries: 4,
      baseDelay: HTTP_DEFAULTS.baseDelay,
      maxBackoff: HTTP_DEFAULTS.maxBackoff,
      maxRetryAfter: HTTP_DEFAULTS.maxRetryAfter,
      methods: HTTP_DEFAULTS.methods,
      statuses: HTTP_DEFAULTS.statuses,
    });
    expect(Object.isFrozen(first)).toBe(true);
    expect(resolveRetry(policy)).toBe(first);
    // a per-call policy still wins over the cached one
    expect(resolveRetry(policy, { retries: 1 })).toMatchObject({ retries: 1 });
    expect(resolveRetry(policy, false)).toBe(false);
  });
});

describe('resolveUrl remembers valid URLs only', () => {
  it('gives the same answers past its size', () => {
    for (let i = 0; i < 70; i++) {
      expect(resolveUrl(`https://h${i}.example.com/x`)).toBe(`https://h${i}.example.com/x`);
    }
    expect(resolveUrl('https://h0.example.com/x')).toBe('https://h0.example.com/x');
    expect(() => resolveUrl('ftp://h.example.com/x')).toThrow(ValidationError);
    expect(() => resolveUrl('ftp://h.example.com/x')).toThrow(ValidationError);
  });
});

describe('request with frozen client settings', () => {
  it('sends the frozen headers (normalised) and retries by the frozen policy', async () => {
    const { fetch, sent } = stubFetch(503);
    const config = Object.freeze({
      fetch,
      headers: Object.freeze({ 'User-Agent': 'ua/1' }),
      retry: Object.freeze({ retries: 1, baseDelay: 1 }),
      random: () => 0,
    });
    for (let call = 0; call < 2; call++) {
      const err = await request({ url: URL_OK, headers: { 'X-Call': '1' } }, config).catch(
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(HttpError);
      expect((err as HttpError).status).toBe(503);
    }
    expect(sent).toHaveLength(4);
    for (const s of sent) {
      expect(s.init.headers).toEqual({
        accept: 'application/json',
        'user-agent': 'ua/1',
        'x-call': '1',
      });
    }
  });

  it('still rejects a bad frozen header before any fetch', async () => {
    const { fetch, sent } = stubFetch();
    const config = { fetch, headers: Object.freeze({ 'x-a': 'v\n' }) };
    await expect(request({ url: URL_OK }, config)).rejects.toBeInstanceOf(ValidationError);
    expect(sent).toHaveLength(0);
  });
});

describe('request: what authenticate returns is checked where it changed', () => {
  it('checks a header it adds, and a method or URL it changes', async () => {
    const { fetch, sent } = stubFetch();
    const bad = await request(
      { url: URL_OK },
      { fetch, authenticate: (req) => ({ ...req, headers: { ...req.headers, 'x-a': 'v\n' } }) },
    ).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(ValidationError);
    const method = await request(
      { url: URL_OK },
      { fetch, authenticate: (req) => ({ ...req, method: 'BREW' as HttpRequest['method'] }) },
    ).catch((e: unknown) => e);
    expect((method as ValidationError).invalidParameters.map((p) => p.name)).toEqual(['method']);
    expect(sent).toHaveLength(0);

    await request(
      { url: URL_OK, method: 'POST', data: { a: 1 } },
      {
        fetch,
        authenticate: (req) => ({
          ...req,
          method: 'put' as HttpRequest['method'],
          url: `${URL_OK}/2`,
          headers: { Authorization: 'Basic x', accept: 'text/plain' },
        }),
      },
    );
    expect(sent).toEqual([
      {
        url: `${URL_OK}/2`,
        init: expect.objectContaining({
          method: 'PUT',
          body: '{"a":1}',
          headers: {
            authorization: 'Basic x',
            accept: 'text/plain',
            'content-type': 'application/json',
          },
        }),
      },
    ]);
  });
});

describe('request: the response', () => {
  it('has headers and request as own enumerable getters, built once, shown everywhere', async () => {
    const { fetch } = stubFetch();
    const res = await request({ url: `${URL_OK}?api_secret=s` }, { fetch });
    expect(Object.keys(res)).toEqual(['data', 'status', 'statusText', 'headers', 'request']);
    const descriptor = Object.getOwnPropertyDescriptor(res, 'headers');
    expect(typeof descriptor?.get).toBe('function');
    expect(descriptor?.enumerable).toBe(true);
    expect(res.headers).toBe(res.headers);
    expect(res.headers).toEqual({ 'content-type': 'application/json', 'x-n': '1' });
    expect(res.request).toEqual({
      method: 'GET',
      url: `${URL_OK}?api_secret=[REDACTED]`,
      headers: { accept: 'application/json' },
    });
    expect(JSON.parse(JSON.stringify(res))).toEqual({
      data: { value: 1 },
      status: 200,
      statusText: 'S',
      headers: { 'content-type': 'application/json', 'x-n': '1' },
      request: {
        method: 'GET',
        url: `${URL_OK}?api_secret=[REDACTED]`,
        headers: { accept: 'application/json' },
      },
    });
    expect({ ...res }).toEqual(res);
    expect(Object.getOwnPropertySymbols(res)).toEqual([]);
    expect(inspect(res)).not.toContain('api_secret=s');
  });

  it('keeps the state of each response apart', async () => {
    const { fetch } = stubFetch();
    const a = await request({ url: `${URL_OK}?n=1` }, { fetch });
    const b = await request({ url: `${URL_OK}?n=2` }, { fetch });
    expect([a.headers['x-n'], b.headers['x-n']]).toEqual(['1', '2']);
    expect([a.request.url, b.request.url]).toEqual([`${URL_OK}?n=1`, `${URL_OK}?n=2`]);
  });
});

describe('request: logging', () => {
  it('builds no line when nobody listens', async () => {
    const { fetch } = stubFetch();
    const spy = jest.spyOn(Date, 'now');
    await request({ url: URL_OK }, { fetch });
    // deadline, attempt start, attempt limit: no fourth call to time a log line
    expect(spy).toHaveBeenCalledTimes(3);
    spy.mockRestore();
  });
});
