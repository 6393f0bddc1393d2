import { describe, expect, it } from '@jest/globals';
import { ValidationError } from '@acct/http';
import { mergeHeaders, readHeaders } from '../../src/internal/headers';

describe('mergeHeaders', () => {
  it('lower-cases names, later sources win, undefined dropped, inputs untouched', () => {
    const a = { Accept: 'a', 'X-One': '1' };
    const b = {
      accept: 'b',
      'x-two': undefined as unknown as string,
      'x-n': 5 as unknown as string,
    };
    expect(mergeHeaders(a, undefined, b)).toEqual({ accept: 'b', 'x-one': '1', 'x-n': '5' });
    expect(a).toEqual({ Accept: 'a', 'X-One': '1' });
  });

  it.each([
    [{ 'bad name': 'x' }, 'headers.bad name', 'header "with an invalid name"'],
    [{ 'x-a': 'v\n' }, 'headers.x-a', 'header "x-a"'],
    [{ 'x-a': 'v\r' }, 'headers.x-a', 'header "x-a"'],
    [{ 'x-a': 'v\0' }, 'headers.x-a', 'header "x-a"'],
  ])('rejects %p without showing the value', (headers, name, shown) => {
    let error: unknown;
    try {
      mergeHeaders(headers);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).invalidParameters).toEqual([
      { name, reason: 'invalid header name or value' },
    ]);
    expect((error as Error).message).toContain(shown);
    expect((error as Error).message).not.toContain('v\n');
  });
});

describe('readHeaders', () => {
  it('copies into a plain object with lower-case names', () => {
    const headers = new Headers({ 'X-Request-Id': 'r', 'Content-Type': 'application/json' });
    expect(readHeaders(headers)).toEqual({
      'x-request-id': 'r',
      'content-type': 'application/json',
    });
    const custom = {
      get: () => null,
      forEach: (cb: (v: string, n: string) => void) => cb('1', 'X-Upper'),
    };
    expect(readHeaders(custom)).toEqual({ 'x-upper': '1' });
  });
});
