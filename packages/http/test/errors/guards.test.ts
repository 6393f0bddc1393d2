import { describe, expect, it } from '@jest/globals';
import {
  AcctError,
  NetworkError,
  NotFoundError,
  ParseError,
  TimeoutError,
  ValidationError,
  isAcctError,
  isHttpError,
  isNetworkError,
  isParseError,
  isTimeoutError,
  isValidationError,
} from '@acct/http';

const request = { method: 'GET', url: 'https://x.example/', headers: {} };
const notFound = new NotFoundError({
  status: 404,
  statusText: '',
  headers: {},
  body: undefined,
  request,
});
const timeout = new TimeoutError('t', { timeout: 1, url: 'https://x.example/' });
const network = new NetworkError('n');
const validation = new ValidationError('v');
const parse = new ParseError('p', { text: '' });

/** An error from another installed copy of acct: same shape, another class. */
const foreign = (code: string, extra: object = {}) =>
  Object.assign(new Error('from another copy'), { code }, extra);

describe('guards', () => {
  it('recognise their own class and no other', () => {
    const all = [notFound, timeout, network, validation, parse];
    expect(all.map(isHttpError)).toEqual([true, false, false, false, false]);
    expect(all.map(isTimeoutError)).toEqual([false, true, false, false, false]);
    expect(all.map(isNetworkError)).toEqual([false, false, true, false, false]);
    expect(all.map(isValidationError)).toEqual([false, false, false, true, false]);
    expect(all.map(isParseError)).toEqual([false, false, false, false, true]);
    expect(all.map(isAcctError)).toEqual([true, true, true, true, true]);
    expect(isAcctError(new AcctError('x', { code: 'OTHER' }))).toBe(true);
  });

  it('check the code, so errors of another installed copy pass', () => {
    expect(isHttpError(foreign('ACCT_HTTP_NOT_FOUND', { status: 404 }))).toBe(true);
    expect(isHttpError(foreign('ACCT_HTTP_NOT_FOUND'))).toBe(false);
    expect(isTimeoutError(foreign('ACCT_TIMEOUT'))).toBe(true);
    expect(isNetworkError(foreign('ACCT_NETWORK'))).toBe(true);
    expect(isValidationError(foreign('ACCT_VALIDATION'))).toBe(true);
    expect(isParseError(foreign('ACCT_PARSE'))).toBe(true);
    expect(isAcctError(foreign('ACCT_AUTH_MISSING_API_KEY'))).toBe(true);
  });

  it('reject everything else', () => {
    for (const value of [
      null,
      undefined,
      'ACCT_TIMEOUT',
      42,
      {},
      new Error('x'),
      foreign('ECONNRESET'),
      { code: 'ACCT_TIMEOUT' },
    ]) {
      expect(
        [
          isAcctError,
          isHttpError,
          isTimeoutError,
          isNetworkError,
          isValidationError,
          isParseError,
        ].map((g) => g(value)),
      ).toEqual([false, false, false, false, false, false]);
    }
  });
});
