import { describe, expect, it } from '@jest/globals';
import {
  callbackUrlProblem,
  minEurProblem,
  pathProblem,
  secretIdProblem,
  trxProblem,
} from '../../src/internal/argument-rules';

const URL_REASON = (length: number): string =>
  'must be an absolute http:// or https:// URL of at most 2048 characters with no spaces or ' +
  'control characters, written in canonical form (as new URL(value).href gives it), or "" to ' +
  `unset it; got ${length} characters`;

describe('callbackUrlProblem', () => {
  it.each(['', 'https://example.com/hook', 'http://127.0.0.1:4010/mo', 'https://example.com'])(
    'accepts %j',
    (url) => {
      expect(callbackUrlProblem(url)).toBeUndefined();
    },
  );

  // each one the URL parser would silently change or drop, or the server could not store
  it.each([
    'https://example.com/\r\nX-Injected: 1',
    'https://example.com/a\nb',
    ' https://example.com/',
    'https://example.com/ ',
    'https:example.com',
    'https:/example.com/',
    'HTTPS://EXAMPLE.COM/',
    'https://example.com/a/../b',
    'https://example.com/\u0000',
    'https://example.com/\ud800',
    'https://exämple.com/',
    'ftp://example.com/',
    'javascript:alert(1)',
    'example.com',
    `https://example.com/${'x'.repeat(2048)}`,
  ])('refuses %j, by its length only', (url) => {
    expect(callbackUrlProblem(url)).toBe(URL_REASON(url.length));
  });

  it('refuses a non-string by its type', () => {
    expect(callbackUrlProblem(42)).toBe('must be a string, got a number');
    expect(callbackUrlProblem(null)).toBe('must be a string, got null');
    expect(callbackUrlProblem(['https://example.com/'])).toBe(
      'must be a string, got an array of 1 items',
    );
  });
});

describe('trxProblem and secretIdProblem', () => {
  it.each(['8ef2447e69604f642ae59363aa5f781b', 'a', 'x'.repeat(200), 'ref-1!~'])(
    'accept %j',
    (value) => {
      expect(trxProblem(value)).toBeUndefined();
      expect(secretIdProblem(value)).toBeUndefined();
    },
  );

  it.each(['', ' ', 'a b', 'a\r\nb', 'a\u0000', '\ud800', 'é', 'x'.repeat(201)])(
    'refuse %j by its length only',
    (value) => {
      expect(trxProblem(value)).toBe(
        'must be 1 to 200 visible ASCII characters (no spaces or control characters), got ' +
          `${value.length} characters`,
      );
      expect(secretIdProblem(value)).toBe(
        `must be an id as list_secrets shows it: 1 to 200 visible ASCII characters, got ${value.length} characters`,
      );
    },
  );

  it('refuses the path segments . and .. as an id', () => {
    expect(secretIdProblem('.')).toBe(
      'must be an id as list_secrets shows it: 1 to 200 visible ASCII characters, got 1 characters',
    );
    expect(secretIdProblem('..')).toBeDefined();
    expect(trxProblem('..')).toBeUndefined();
  });

  it('refuses a non-string by its type', () => {
    expect(trxProblem(undefined)).toBe('must be a string, got undefined');
    expect(secretIdProblem({ id: 'x' })).toBe('must be a string, got an object');
  });
});

describe('minEurProblem', () => {
  it.each([0, 0.5, 20, 1_000_000])('accepts %p', (value) => {
    expect(minEurProblem(value)).toBeUndefined();
  });

  it.each<[unknown, string]>([
    [-1, '-1'],
    [1_000_001, '1000001'],
    [NaN, 'NaN'],
    [Infinity, 'Infinity'],
    ['20', 'a string of 2 characters'],
    [null, 'null'],
  ])('refuses %p', (value, got) => {
    expect(minEurProblem(value)).toBe(`must be a number of EUR from 0 to 1000000, got ${got}`);
  });
});

describe('pathProblem', () => {
  it('accepts a path and refuses blank, control characters and over 4096 characters', () => {
    const reason = 'must be a file path of 1 to 4096 characters without control characters';
    expect(pathProblem('/home/me/.acct/new-secret.txt')).toBeUndefined();
    expect(pathProblem(' ')).toBe(reason);
    expect(pathProblem('a\u0000b')).toBe(reason);
    expect(pathProblem('a\nb')).toBe(reason);
    expect(pathProblem(`/${'x'.repeat(4096)}`)).toBe(reason);
    expect(pathProblem(1)).toBe('must be a string, got a number');
  });
});
