import { afterEach, describe, expect, it, jest } from '@jest/globals';
import createDebug from 'debug';
import { format } from 'node:util';
import { NetworkError } from '@acct/http';
import { debugHttp, emit } from '../../src/internal/log';
import { parseRetryAfter } from '../../src/internal/parse-retry-after';
import { problemFields } from '../../src/internal/problem-fields';
import { resolveRetry } from '../../src/internal/resolve-retry';
import { sanitizeError, systemCodeOf } from '../../src/internal/sanitize-error';
import { sleep } from '../../src/internal/sleep';

afterEach(() => {
  jest.useRealTimers();
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-01-01T00:00:00Z');
  it.each([
    ['0', 0],
    ['5', 5000],
    [' 2.5 ', 2500],
    ['Wed, 01 Jan 2025 00:00:10 GMT', 10_000],
    ['Tue, 31 Dec 2024 00:00:00 GMT', 0],
    ['-1', undefined],
    ['soon', undefined],
    ['', undefined],
    [null, undefined],
    [undefined, undefined],
  ])('%p gives %p', (value, ms) => {
    expect(parseRetryAfter(value, now)).toBe(ms);
  });
});

describe('problemFields', () => {
  it('lifts only the fields present and readable', () => {
    expect(
      problemFields({ title: 'T', detail: 5, type: {}, 'error-code': '401', extra: 1 }),
    ).toEqual({
      title: 'T',
      detail: '5',
      errorCode: '401',
    });
    expect(problemFields(null)).toEqual({});
    expect(problemFields('x')).toEqual({});
    expect(problemFields([1])).toEqual({});
    expect(problemFields({ invalid_parameters: [null, { name: 'a', reason: 'b' }] })).toEqual({
      invalidParameters: [
        { name: '', reason: '' },
        { name: 'a', reason: 'b' },
      ],
    });
  });
});

describe('resolveRetry', () => {
  const defaults = {
    retries: 2,
    baseDelay: 200,
    maxBackoff: 5000,
    maxRetryAfter: 60000,
    methods: ['GET', 'HEAD', 'DELETE', 'OPTIONS'],
    statuses: [408, 429, 500, 502, 503, 504],
  };
  it('fills defaults and merges call over client', () => {
    expect(resolveRetry()).toEqual(defaults);
    expect(resolveRetry({ retries: 5, baseDelay: 1 }, { retries: 0 })).toEqual({
      ...defaults,
      retries: 0,
      baseDelay: 1,
    });
    expect(resolveRetry(false, { maxBackoff: 9 })).toEqual({ ...defaults, maxBackoff: 9 });
  });
  it('turns retries off with false, the call winning', () => {
    expect(resolveRetry(false)).toBe(false);
    expect(resolveRetry({ retries: 3 }, false)).toBe(false);
  });
});

describe('sanitizeError', () => {
  it('copies a chain with messages and stacks redacted and system fields kept', () => {
    const root = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), {
      code: 'ECONNREFUSED',
      errno: -111,
      syscall: 'connect',
      extra: { secret: 'x' },
    });
    const top = new TypeError('request to https://h/?api_secret=s3 failed', { cause: root });
    const copy = sanitizeError(top) as Error & { cause: Error & Record<string, unknown> };
    expect(copy.name).toBe('TypeError');
    expect(copy.message).toBe('request to https://h/?api_secret=[REDACTED] failed');
    expect(copy.stack).not.toContain('s3');
    expect(Object.keys(copy)).toEqual([]);
    expect([copy.cause.code, copy.cause.errno, copy.cause.syscall, copy.cause.extra]).toEqual([
      'ECONNREFUSED',
      -111,
      'connect',
      undefined,
    ]);
  });

  it('handles strings, non-errors, missing stacks and deep chains', () => {
    expect(sanitizeError('token=abc')).toBe('token=[REDACTED]');
    expect(sanitizeError({ message: 'x' })).toBeUndefined();
    const bare = new Error('m');
    bare.stack = undefined;
    expect((sanitizeError(bare) as Error).stack).toBe('Error: m');
    let deep: Error = new Error('0');
    for (let i = 1; i < 8; i++) deep = new Error(String(i), { cause: deep });
    let depth = 0;
    for (let e: unknown = sanitizeError(deep); e instanceof Error; e = e.cause) depth++;
    expect(depth).toBe(5);
  });
});

describe('systemCodeOf', () => {
  it('finds the first system code along the cause chain', () => {
    expect(systemCodeOf(Object.assign(new Error(), { code: 'ECONNRESET' }))).toBe('ECONNRESET');
    expect(systemCodeOf(new TypeError('fetch failed', { cause: { code: 'UND_ERR_SOCKET' } }))).toBe(
      'UND_ERR_SOCKET',
    );
    expect(
      systemCodeOf(Object.assign(new Error(), { code: 'system', cause: { code: 'EAI_AGAIN' } })),
    ).toBe('EAI_AGAIN');
    expect(systemCodeOf(new Error('none'))).toBeUndefined();
    expect(systemCodeOf(null)).toBeUndefined();
    const loop: { code?: string; cause?: unknown } = {};
    loop.cause = loop;
    expect(systemCodeOf(loop)).toBeUndefined();
    expect(new NetworkError('x').systemCode).toBeUndefined();
  });
});

describe('sleep', () => {
  it('resolves after the wait', async () => {
    jest.useFakeTimers();
    let done = false;
    const p = sleep(100).then(() => (done = true));
    await jest.advanceTimersByTimeAsync(99);
    expect(done).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    await p;
    expect(done).toBe(true);
  });

  it('rejects at once with the reason of an aborted signal', async () => {
    const reason = new Error('stop');
    await expect(sleep(10_000, AbortSignal.abort(reason))).rejects.toBe(reason);
    const controller = new AbortController();
    const waiting = sleep(10_000, controller.signal);
    controller.abort(reason);
    await expect(waiting).rejects.toBe(reason);
  });

  it('detaches from the signal when the wait ends', async () => {
    const controller = new AbortController();
    await sleep(1, controller.signal);
    controller.abort();
  });
});

describe('emit', () => {
  afterEach(() => {
    createDebug.disable();
  });

  it('builds nothing when nobody listens', () => {
    createDebug.disable();
    const build = jest.fn(() => 'line');
    emit(undefined, build);
    expect(build).not.toHaveBeenCalled();
  });

  it('writes the line to debug acct:http and to the logger; a failing logger is ignored', () => {
    const out: string[] = [];
    const original = createDebug.log;
    createDebug.log = (...args: unknown[]) => out.push(format(...args));
    createDebug.enable('acct:http');
    try {
      const got: string[] = [];
      emit(
        (line) => got.push(line),
        () => 'GET %s x',
      );
      emit(
        () => {
          throw new Error('logger down');
        },
        () => 'second',
      );
      emit(undefined, () => 'third');
      expect(got).toEqual(['GET %s x']);
      expect(debugHttp.namespace).toBe('acct:http');
      expect(out).toHaveLength(3);
      expect(out[0]).toContain('acct:http GET %s x');
    } finally {
      createDebug.log = original;
    }
  });
});
