import { describe, expect, it } from '@jest/globals';
import { inspect } from 'node:util';
import { AcctError, HttpError, RateLimitError, type HttpErrorInit } from '@acct/http';

const base: HttpErrorInit = {
  status: 404,
  statusText: 'Not Found',
  headers: { 'content-type': 'application/problem+json' },
  body: undefined,
  request: {
    method: 'GET',
    url: 'https://api.nexmo.com/accounts/k/secrets/x?api_secret=s',
    headers: { authorization: 'Basic a2V5OnNlY3JldA==' },
  },
};

describe('HttpError', () => {
  it('reads "status title: detail" from problem JSON and lifts every RFC 7807 field', () => {
    const err = new HttpError({
      ...base,
      body: {
        type: 'https://developer.nexmo.com/api-errors#invalid-id',
        title: 'Invalid ID',
        detail: "ID 'x' could not be found",
        instance: 'bf0ca0bf927b3b52e3cb03217e1a1ddf',
        invalid_parameters: [{ name: 'id', reason: 'unknown' }, 'junk'],
      },
    });
    expect(err).toBeInstanceOf(AcctError);
    expect(err.name).toBe('HttpError');
    expect(err.code).toBe('ACCT_HTTP_ERROR');
    expect(err.message).toBe("404 Invalid ID: ID 'x' could not be found");
    expect(err.type).toBe('https://developer.nexmo.com/api-errors#invalid-id');
    expect(err.title).toBe('Invalid ID');
    expect(err.detail).toBe("ID 'x' could not be found");
    expect(err.instance).toBe('bf0ca0bf927b3b52e3cb03217e1a1ddf');
    expect(err.invalidParameters).toEqual([
      { name: 'id', reason: 'unknown' },
      { name: '', reason: '' },
    ]);
    expect(err.requestId).toBe('bf0ca0bf927b3b52e3cb03217e1a1ddf');
  });

  it('builds the message from what the body has', () => {
    const message = (body: unknown, statusText = 'Not Found') =>
      new HttpError({ ...base, statusText, body }).message;
    expect(message({ title: 'Only title' })).toBe('404 Only title');
    expect(message({ detail: 'Only detail' })).toBe('404 Only detail');
    expect(message({ 'error-code': 401, 'error-code-label': 'authentication failed' })).toBe(
      '404 authentication failed',
    );
    expect(message('plain text')).toBe('404 Not Found');
    expect(message(['array'])).toBe('404 Not Found');
    expect(message(null, '')).toBe('404 HTTP error');
    expect(new HttpError({ ...base, message: 'custom' }).message).toBe('custom');
  });

  it('lifts legacy fields and camelCase invalidParameters', () => {
    const err = new HttpError({
      ...base,
      status: 401,
      body: {
        'error-code': 401,
        'error-code-label': 'authentication failed',
        invalidParameters: [],
      },
    });
    expect(err.errorCode).toBe('401');
    expect(err.errorCodeLabel).toBe('authentication failed');
    expect(err.invalidParameters).toEqual([]);
    expect(err.title).toBeUndefined();
    expect(Object.keys(err)).not.toContain('title');
  });

  it('takes requestId from a trace header first', () => {
    const id = (headers: Record<string, string>) => new HttpError({ ...base, headers }).requestId;
    expect(id({ 'x-request-id': 'a' })).toBe('a');
    expect(id({ 'x-nexmo-trace-id': 'b' })).toBe('b');
    expect(id({ 'x-trace-id': 'c', 'x-correlation-id': 'd' })).toBe('c');
    expect(id({})).toBeUndefined();
  });

  it('redacts request, headers and body, and never mutates them', () => {
    const headers = { 'set-cookie': 'session=abc', 'x-request-id': 'r' };
    const body = { secret: 'Abc12345', echo: 'https://x/?api_secret=s' };
    const err = new HttpError({ ...base, headers, body, cause: new Error('inner') });
    expect(err.request).toEqual({
      method: 'GET',
      url: 'https://api.nexmo.com/accounts/k/secrets/x?api_secret=[REDACTED]',
      headers: { authorization: '[REDACTED]' },
    });
    expect(err.headers).toEqual({ 'set-cookie': '[REDACTED]', 'x-request-id': 'r' });
    expect(err.body).toEqual({ secret: '[REDACTED]', echo: 'https://x/?api_secret=[REDACTED]' });
    expect(headers['set-cookie']).toBe('session=abc');
    expect(base.request.headers.authorization).toBe('Basic a2V5OnNlY3JldA==');
    expect((err.cause as Error).message).toBe('inner');
  });

  it('shows status, code, title, detail and the redacted request in JSON and inspect', () => {
    const err = new HttpError({
      ...base,
      headers: { 'x-request-id': 'r-1' },
      body: { title: 'Invalid ID', detail: 'd' },
    });
    expect(JSON.parse(JSON.stringify(err))).toEqual({
      name: 'HttpError',
      code: 'ACCT_HTTP_ERROR',
      message: '404 Invalid ID: d',
      status: 404,
      statusText: 'Not Found',
      requestId: 'r-1',
      title: 'Invalid ID',
      detail: 'd',
      attempts: 1,
      body: { title: 'Invalid ID', detail: 'd' },
      request: {
        method: 'GET',
        url: 'https://api.nexmo.com/accounts/k/secrets/x?api_secret=[REDACTED]',
        headers: { authorization: '[REDACTED]' },
      },
    });
    expect(inspect(err)).toContain('status: 404');
    expect(inspect(err)).not.toContain('a2V5OnNlY3JldA');
  });
});

describe('RateLimitError', () => {
  it('reads retryAfter in ms from Retry-After and shows it in JSON', () => {
    const err = new RateLimitError({ ...base, status: 429, headers: { 'retry-after': '7' } });
    expect(err.code).toBe('ACCT_HTTP_RATE_LIMIT');
    expect(err.retryAfter).toBe(7000);
    expect(JSON.parse(JSON.stringify(err)).retryAfter).toBe(7000);
    expect(new RateLimitError({ ...base, status: 429 }).retryAfter).toBeUndefined();
  });
});
