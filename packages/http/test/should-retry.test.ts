import { describe, expect, it } from '@jest/globals';
import { HttpError, NetworkError, ParseError, TimeoutError, shouldRetry } from '@acct/http';

const request = { method: 'GET', url: 'https://x.example/', headers: {} };
const http = (status: number) =>
  new HttpError({ status, statusText: '', headers: {}, body: undefined, request });
const net = (systemCode?: string) => new NetworkError('net', { systemCode });
const timeout = new TimeoutError('t', { timeout: 1, url: 'https://x.example/' });

describe('shouldRetry', () => {
  it.each([408, 429, 500, 502, 503, 504])('retries a GET on %i', (status) => {
    expect(shouldRetry({ attempt: 1, method: 'GET', status })).toBe(true);
    expect(shouldRetry({ attempt: 1, method: 'GET', error: http(status) })).toBe(true);
  });

  it.each([400, 401, 403, 404, 409, 422, 501, 505])('does not retry %i', (status) => {
    expect(shouldRetry({ attempt: 1, method: 'GET', status })).toBe(false);
  });

  it.each(['GET', 'HEAD', 'DELETE', 'OPTIONS'] as const)('retries %s by default', (method) => {
    expect(shouldRetry({ attempt: 1, method, status: 503 })).toBe(true);
    expect(shouldRetry({ attempt: 1, method, error: net('ECONNRESET') })).toBe(true);
    expect(shouldRetry({ attempt: 1, method, error: timeout })).toBe(true);
  });

  it.each(['POST', 'PUT', 'PATCH'] as const)(
    'retries %s only when no byte left (refused, unknown host)',
    (method) => {
      expect(shouldRetry({ attempt: 1, method, status: 503 })).toBe(false);
      expect(shouldRetry({ attempt: 1, method, error: net('ECONNRESET') })).toBe(false);
      expect(shouldRetry({ attempt: 1, method, error: net() })).toBe(false);
      expect(shouldRetry({ attempt: 1, method, error: timeout })).toBe(false);
      expect(shouldRetry({ attempt: 1, method, error: net('ECONNREFUSED') })).toBe(true);
      expect(shouldRetry({ attempt: 1, method, error: net('ENOTFOUND') })).toBe(true);
      expect(shouldRetry({ attempt: 1, method, error: net('EAI_AGAIN') })).toBe(true);
    },
  );

  it('follows idempotent over the method', () => {
    expect(shouldRetry({ attempt: 1, method: 'POST', status: 503, idempotent: true })).toBe(true);
    expect(shouldRetry({ attempt: 1, method: 'GET', status: 503, idempotent: false })).toBe(false);
  });

  it('stops after `retries` repeats, or at once with retry: false', () => {
    expect(shouldRetry({ attempt: 2, method: 'GET', status: 503 })).toBe(true);
    expect(shouldRetry({ attempt: 3, method: 'GET', status: 503 })).toBe(false);
    expect(shouldRetry({ attempt: 3, method: 'GET', status: 503, retry: { retries: 3 } })).toBe(
      true,
    );
    expect(shouldRetry({ attempt: 1, method: 'GET', status: 503, retry: false })).toBe(false);
    expect(
      shouldRetry({ attempt: 1, method: 'POST', error: net('ECONNREFUSED'), retry: false }),
    ).toBe(false);
  });

  it('honours custom methods and statuses', () => {
    const retry = { methods: [], statuses: [418] };
    expect(shouldRetry({ attempt: 1, method: 'GET', status: 418, retry })).toBe(false);
    expect(shouldRetry({ attempt: 1, method: 'GET', status: 418, idempotent: true, retry })).toBe(
      true,
    );
  });

  it('does not retry other failures', () => {
    expect(
      shouldRetry({ attempt: 1, method: 'GET', error: new ParseError('p', { text: '' }) }),
    ).toBe(false);
    expect(shouldRetry({ attempt: 1, method: 'GET', error: new Error('boom') })).toBe(false);
    expect(shouldRetry({ attempt: 1, method: 'GET' })).toBe(false);
  });
});
