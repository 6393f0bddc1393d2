import { describe, expect, it } from '@jest/globals';
import { inspect } from 'node:util';
import { AcctError, NetworkError, ParseError, TimeoutError, ValidationError } from '@acct/http';

const request = {
  method: 'GET',
  url: 'https://x.example/?token=t0k',
  headers: { authorization: 'Bearer abcdefghij' },
};
const redactedRequest = {
  method: 'GET',
  url: 'https://x.example/?token=[REDACTED]',
  headers: { authorization: '[REDACTED]' },
};

describe('AcctError', () => {
  it('has a name, a code, an optional cause and a small JSON view', () => {
    const cause = new Error('inner');
    const err = new AcctError('[@acct/http] failed', { code: 'ACCT_X', cause });
    expect([err.name, err.code, err.message, err.cause]).toEqual([
      'AcctError',
      'ACCT_X',
      '[@acct/http] failed',
      cause,
    ]);
    expect(JSON.parse(JSON.stringify(err))).toEqual({
      name: 'AcctError',
      code: 'ACCT_X',
      message: '[@acct/http] failed',
    });
    expect('cause' in new AcctError('m', { code: 'C' })).toBe(false);
  });
});

describe('ValidationError', () => {
  it('takes options or the array of invalid parameters', () => {
    const cause = new Error('c');
    const a = new ValidationError('bad', {
      invalidParameters: [{ name: 'x', reason: 'r' }],
      cause,
    });
    const b = new ValidationError('bad', [{ name: 'y', reason: 'r' }]);
    const c = new ValidationError('bad');
    expect([a.code, a.name, a.cause]).toEqual(['ACCT_VALIDATION', 'ValidationError', cause]);
    expect([a.invalidParameters, b.invalidParameters, c.invalidParameters]).toEqual([
      [{ name: 'x', reason: 'r' }],
      [{ name: 'y', reason: 'r' }],
      [],
    ]);
    expect(JSON.parse(JSON.stringify(b))).toEqual({
      name: 'ValidationError',
      code: 'ACCT_VALIDATION',
      message: 'bad',
      invalidParameters: [{ name: 'y', reason: 'r' }],
    });
  });
});

describe('TimeoutError', () => {
  it('redacts its url and request', () => {
    const err = new TimeoutError('slow', { timeout: 50, url: request.url, request });
    expect([err.code, err.timeout, err.url]).toEqual([
      'ACCT_TIMEOUT',
      50,
      'https://x.example/?token=[REDACTED]',
    ]);
    expect(err.request).toEqual(redactedRequest);
    expect(JSON.parse(JSON.stringify(err))).toEqual({
      name: 'TimeoutError',
      code: 'ACCT_TIMEOUT',
      message: 'slow',
      timeout: 50,
      url: 'https://x.example/?token=[REDACTED]',
      request: redactedRequest,
    });
    expect(new TimeoutError('t', { timeout: 1, url: 'u' }).request).toBeUndefined();
  });
});

describe('NetworkError', () => {
  it('carries the system code and a redacted request', () => {
    const err = new NetworkError('down', { systemCode: 'ECONNRESET', request });
    expect([err.code, err.systemCode]).toEqual(['ACCT_NETWORK', 'ECONNRESET']);
    expect(JSON.parse(JSON.stringify(err))).toEqual({
      name: 'NetworkError',
      code: 'ACCT_NETWORK',
      message: 'down',
      systemCode: 'ECONNRESET',
      request: redactedRequest,
    });
    const bare = new NetworkError('down');
    expect([bare.systemCode, bare.request]).toEqual([undefined, undefined]);
    expect(inspect(err)).not.toContain('abcdefghij');
  });
});

describe('ParseError', () => {
  it('holds the raw text, status, redacted headers and request', () => {
    const err = new ParseError('bad json', {
      text: '{"a":',
      status: 200,
      headers: { 'set-cookie': 's=1' },
      request,
    });
    expect([err.code, err.text, err.status, err.headers]).toEqual([
      'ACCT_PARSE',
      '{"a":',
      200,
      { 'set-cookie': '[REDACTED]' },
    ]);
    expect(JSON.parse(JSON.stringify(err))).toEqual({
      name: 'ParseError',
      code: 'ACCT_PARSE',
      message: 'bad json',
      status: 200,
      text: '{"a":',
      request: redactedRequest,
    });
    const bare = new ParseError('p', { text: 'x' });
    expect([bare.status, bare.headers, bare.request]).toEqual([undefined, undefined, undefined]);
  });
});
