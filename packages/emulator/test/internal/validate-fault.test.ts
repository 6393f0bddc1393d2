import { describe, expect, it } from '@jest/globals';
import { Emulator, type InjectOptions } from '@acct/emulator';
import { validateFault } from '../../src/internal/validate-fault';
import { errorOf, expectOptionError, render } from '../helpers/errors';

const CANARY = 'Canary9Secret';
const NODE_CHARS =
  'must hold only characters Node can write in a header: tab, space, visible ASCII and Latin-1 (no CR, LF, NUL or other control characters, nothing above U+00FF)';
const NOT_TOKEN = (shown: string) =>
  `has a name that is not an RFC 9110 token of 1 to 256 characters (${shown}): use names like 'retry-after'`;
const RESERVED = 'is set by the emulator itself (framing, connection or x-request-id)';

describe('inject() refuses what Node cannot write or would misframe, at the call', () => {
  it.each<[string, Record<string, unknown>, string, string]>([
    [
      'a CR LF in a value',
      { 'retry-after': `1\r\nx-leak: ${CANARY}` },
      'inject.headers["retry-after"]',
      NODE_CHARS,
    ],
    ['a NUL in a value', { 'x-a': `${CANARY}\u0000` }, 'inject.headers["x-a"]', NODE_CHARS],
    ['a character above U+00FF', { 'x-a': `${CANARY}€` }, 'inject.headers["x-a"]', NODE_CHARS],
    ['a lone surrogate', { 'x-a': `${CANARY}\ud800` }, 'inject.headers["x-a"]', NODE_CHARS],
    ['a space in a name', { 'x a': '1' }, 'inject.headers', NOT_TOKEN('a key of 3 characters')],
    ['an empty name', { '': '1' }, 'inject.headers', NOT_TOKEN('a key of 0 characters')],
    [
      'a colon in a name',
      { [`x:${CANARY}`]: '1' },
      'inject.headers',
      NOT_TOKEN('a key of 15 characters'),
    ],
    ['a non-ASCII name', { 'x-é': '1' }, 'inject.headers', NOT_TOKEN('a key of 3 characters')],
    [
      'a name of 257 characters',
      { ['x'.repeat(257)]: '1' },
      'inject.headers',
      NOT_TOKEN('a key of 257 characters'),
    ],
    ['content-length', { 'Content-Length': '5' }, 'inject.headers["Content-Length"]', RESERVED],
    [
      'transfer-encoding',
      { 'transfer-encoding': 'chunked' },
      'inject.headers["transfer-encoding"]',
      RESERVED,
    ],
    ['connection', { connection: 'close' }, 'inject.headers["connection"]', RESERVED],
    ['x-request-id', { 'x-request-id': 'mine' }, 'inject.headers["x-request-id"]', RESERVED],
    [
      'a name twice in two cases',
      { 'retry-after': '1', 'Retry-After': '2' },
      'inject.headers["Retry-After"]',
      'is given twice (header names ignore case)',
    ],
    [
      'a number value',
      { 'retry-after': 1 },
      'inject.headers["retry-after"]',
      'must be a string, got a number',
    ],
    [
      'a leading space',
      { 'x-a': ' 1' },
      'inject.headers["x-a"]',
      'must not start or end with a space or tab (a client would trim it)',
    ],
    [
      'a value of 8193 characters',
      { 'x-a': 'v'.repeat(8193) },
      'inject.headers["x-a"]',
      'must be at most 8192 characters, got 8193',
    ],
    [
      'a 1 MB value',
      { 'x-a': `${CANARY}${'v'.repeat(1024 * 1024)}` },
      'inject.headers["x-a"]',
      'must be at most 8192 characters, got 1048589',
    ],
    [
      'headers over 12 KiB in all',
      { 'x-a': 'v'.repeat(8000), 'x-b': 'v'.repeat(8000) },
      'inject.headers',
      'must hold at most 12288 characters in all',
    ],
    [
      '65 headers',
      Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`x-h${i}`, '1'])),
      'inject.headers',
      'may hold at most 64 headers, got 65',
    ],
  ])('%s', (_name, headers, option, reason) => {
    const emulator = new Emulator();
    const inject = () =>
      emulator.inject({ path: '/account/get-balance', headers: headers as Record<string, string> });
    expectOptionError(inject, option, reason);
    expect(render(errorOf(inject))).not.toContain(CANARY);
    expect(emulator.hasFaults).toBe(false);
  });

  it('refuses a headers object that is not plain', () => {
    expectOptionError(
      () => new Emulator().inject({ path: '/x', headers: new Map([['a', 'b']]) as never }),
      'inject.headers',
      'must be a plain object of strings, got an instance of Map',
    );
  });
});

describe('inject() refuses faults it could not serve as given', () => {
  const cycle: Record<string, unknown> = {};
  cycle.self = cycle;
  it.each<[string, unknown, string, string]>([
    [
      'a BigInt body',
      { path: '/x', status: 500, body: 1n },
      'inject.body',
      'must be a string or a JSON-serialisable value, got a bigint',
    ],
    [
      'a cyclic body',
      { path: '/x', status: 500, body: cycle },
      'inject.body',
      'must be a string or a JSON-serialisable value, got an object',
    ],
    [
      'a function body',
      { path: '/x', status: 500, body: () => 1 },
      'inject.body',
      'must be a string or a JSON-serialisable value, got a function',
    ],
    [
      'a body with a lone surrogate',
      { path: '/x', status: 500, body: `${CANARY}\udc00` },
      'inject.body',
      'must be well-formed Unicode (it holds a lone surrogate, which UTF-8 cannot carry)',
    ],
    [
      'a body over 1 MiB',
      { path: '/x', status: 500, body: 'é'.repeat(600_000) },
      'inject.body',
      'must be at most 1048576 bytes in UTF-8, got 1200000',
    ],
    [
      'a body without a status',
      { path: '/x', body: 'x' },
      'inject.body',
      'needs a status: the body replaces the answer of that status',
    ],
    [
      'a body with status 204',
      { path: '/x', status: 204, body: 'x' },
      'inject.body',
      'cannot go with status 204, which has no body',
    ],
    [
      'status 100',
      { path: '/x', status: 100 },
      'inject.status',
      'must be an integer from 200 to 599, got 100',
    ],
    [
      'status 600',
      { path: '/x', status: 600 },
      'inject.status',
      'must be an integer from 200 to 599, got 600',
    ],
    [
      'a string status',
      { path: '/x', status: '503' },
      'inject.status',
      'must be an integer from 200 to 599, got a string of 3 characters',
    ],
    [
      'a delay past setTimeout',
      { path: '/x', delayMs: 2 ** 31 },
      'inject.delayMs',
      'must be a number from 0 to 2147483647, got 2147483648',
    ],
    [
      'NaN delay',
      { path: '/x', delayMs: Number.NaN },
      'inject.delayMs',
      'must be a number from 0 to 2147483647, got NaN',
    ],
    [
      'times over a million',
      { path: '/x', times: 1_000_001 },
      'inject.times',
      'must be an integer from 1 to 1000000, got 1000001',
    ],
    [
      'a string dropConnection',
      { path: '/x', dropConnection: 'yes' },
      'inject.dropConnection',
      'must be true or false, got a string of 3 characters',
    ],
    [
      'a number commit',
      { path: '/x', status: 500, commit: 1 },
      'inject.commit',
      'must be true or false, got a number',
    ],
    [
      'dropConnection with a status',
      { path: '/x', dropConnection: true, status: 500 },
      'inject.dropConnection',
      'answers nothing: leave out status, headers and body',
    ],
    [
      'commit alone',
      { path: '/x', commit: true },
      'inject.commit',
      'needs a status or dropConnection (the answer that replaces the real one)',
    ],
    [
      'a path with a query',
      { path: '/account/get-balance?api_key=x' },
      'inject.path',
      'must start with "/" and hold visible ASCII only, without "?" or "#" (e.g. \'/account/top-up\' or \'/accounts/{api_key}/secrets\')',
    ],
    [
      'a path with CR LF',
      { path: '/x\r\n' },
      'inject.path',
      'must start with "/" and hold visible ASCII only, without "?" or "#" (e.g. \'/account/top-up\' or \'/accounts/{api_key}/secrets\')',
    ],
    [
      'a path of 2049 characters',
      { path: `/${'x'.repeat(2048)}` },
      'inject.path',
      'must be at most 2048 characters, got 2049',
    ],
    ['a numeric path', { path: 1 }, 'inject.path', 'must be a string, got a number'],
    [
      'a method with a space',
      { path: '/x', method: 'GET /' },
      'inject.method',
      "must be an HTTP method name (an RFC 9110 token of 1 to 32 characters, e.g. 'POST'), got a string of 5 characters",
    ],
  ])('%s', (_name, options, option, reason) => {
    const emulator = new Emulator();
    expectOptionError(() => emulator.inject(options as InjectOptions), option, reason);
    expect(emulator.hasFaults).toBe(false);
  });

  it('refuses a 1,001st queued fault', () => {
    const emulator = new Emulator();
    for (let i = 0; i < 1000; i += 1) emulator.inject({ path: `/n${i}`, status: 500 });
    expectOptionError(
      () => emulator.inject({ path: '/x', status: 500 }),
      'inject',
      'cannot queue more than 1000 faults: use times, or reset()',
    );
    emulator.reset();
    expect(() => emulator.inject({ path: '/x', status: 500 })).not.toThrow();
  });

  it('serialises a JSON body at the call, so a later change to the object does not leak in', () => {
    const body = { reason: 'first' };
    const fault = validateFault({ path: '/x', status: 500, body });
    body.reason = 'changed';
    expect(fault.body).toEqual({ text: '{"reason":"first"}', json: true });
  });

  it('keeps names lower-cased, values as given', () => {
    const fault = validateFault({ path: '/x', headers: { 'Retry-After': '2', 'X-Latin': 'café' } });
    expect(fault.headers).toEqual({ 'retry-after': '2', 'x-latin': 'café' });
  });
});
