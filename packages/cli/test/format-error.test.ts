import { describe, expect, it } from '@jest/globals';
import {
  AutoReloadNotEnabledError,
  MissingApiSecretError,
  NetworkError,
  TimeoutError,
  ValidationError,
  createHttpError,
} from '@acct/server-sdk';
import { UsageError, formatError } from '@acct/cli';

const request = { method: 'GET', url: 'https://api.example.test/accounts/k/secrets', headers: {} };

describe('formatError', () => {
  it('shows status, title, detail, request id and the 401 hint', () => {
    const err = createHttpError({
      status: 401,
      statusText: 'Unauthorized',
      headers: { 'x-request-id': 'req-1' },
      body: {
        type: 'https://x/401',
        title: 'Invalid credentials supplied',
        detail: 'You did not provide correct credentials.',
      },
      request,
    });
    expect(formatError(err)).toBe(
      [
        'error: API error 401 Invalid credentials supplied: You did not provide correct credentials.',
        'request id: req-1',
        'hint: check ACCT_API_KEY/ACCT_API_SECRET (or --api-key/--api-secret)',
      ].join('\n'),
    );
  });

  it('lifts the legacy error-code label and the invalid parameters', () => {
    const legacy = createHttpError({
      status: 401,
      statusText: 'Unauthorized',
      headers: {},
      body: { 'error-code': '401', 'error-code-label': 'authentication failed' },
      request,
    });
    expect(formatError(legacy)).toBe(
      'error: API error 401 authentication failed\nhint: check ACCT_API_KEY/ACCT_API_SECRET (or --api-key/--api-secret)',
    );
    const bad = createHttpError({
      status: 400,
      statusText: 'Bad Request',
      headers: {},
      body: {
        title: 'Bad Request',
        detail: 'The request failed due to secret validation errors',
        invalid_parameters: [{ name: 'secret', reason: 'Does not meet complexity requirements' }],
      },
      request,
    });
    expect(formatError(bad)).toBe(
      'error: API error 400 Bad Request: The request failed due to secret validation errors\n' +
        '  the new secret (--secret/--secret-stdin): Does not meet complexity requirements',
    );
  });

  it('hints per status: 404, 429, 5xx, auto-reload', () => {
    const make = (status: number, body: unknown = {}) =>
      createHttpError({ status, statusText: 'Status', headers: {}, body, request });
    expect(
      formatError(make(404, { title: 'Invalid ID', detail: "ID 'x' could not be found" })),
    ).toBe(
      "error: API error 404 Invalid ID: ID 'x' could not be found\n" +
        'hint: check the id, and --api-key-of when it belongs to another account',
    );
    expect(formatError(make(429))).toBe(
      'error: API error 429 Status\nhint: rate limited: wait a moment and try again',
    );
    expect(formatError(make(502))).toBe(
      'error: API error 502 Status\nhint: the service failed: try again later',
    );
    expect(formatError(make(403, { title: 'Forbidden', detail: 'Forbidden' }))).toBe(
      'error: API error 403 Forbidden',
    );
    const autoReload = new AutoReloadNotEnabledError({
      status: 401,
      statusText: 'Unauthorized',
      headers: {},
      body: { 'error-code': '401', 'error-code-label': 'not auto-reload enabled' },
      request,
    });
    expect(formatError(autoReload)).toBe(
      'error: API error 401 not auto-reload enabled\nhint: top-up needs auto-reload: turn it on in the dashboard',
    );
  });

  it('explains timeouts, network errors, validation, missing credentials and anything else', () => {
    expect(
      formatError(new TimeoutError('no answer in 50 ms', { timeout: 50, url: 'http://h' })),
    ).toBe(
      'error: no answer in 50 ms\nhint: the service did not answer in time; raise --timeout or check the host',
    );
    expect(
      formatError(new NetworkError('connection refused', { systemCode: 'ECONNREFUSED' })),
    ).toBe(
      'error: connection refused\n' +
        'hint: check your network and the hosts (--rest-host/--api-host, ACCT_REST_HOST/ACCT_API_HOST)',
    );
    expect(
      formatError(
        new ValidationError('[@acct/accounts] secret does not meet the rules: secret ...', {
          invalidParameters: [
            { name: 'secret', reason: 'must be 8 to 25 characters long' },
            { name: 'secret', reason: 'must contain at least one digit (0-9)' },
          ],
        }),
      ),
    ).toBe(
      'error: the new secret (--secret/--secret-stdin) must be 8 to 25 characters long; ' +
        'the new secret (--secret/--secret-stdin) must contain at least one digit (0-9)',
    );
    expect(formatError(new MissingApiSecretError())).toBe(
      'error: no API secret: set ACCT_API_SECRET (or pass --api-secret)',
    );
    expect(formatError(new UsageError('bad flag'))).toBe('error: bad flag');
    expect(formatError('text')).toBe('error: unexpected failure: text');
  });

  describe('a top-up or secret creation that may have reached the server', () => {
    const topUp = { method: 'POST', url: 'http://127.0.0.1:4010/account/top-up', headers: {} };
    const create = {
      method: 'POST',
      url: 'http://127.0.0.1:4010/accounts/acct-demo/secrets',
      headers: {},
    };
    const TOP_UP_HINT =
      'hint: the top-up may have gone through: run `acct balance` before trying again (a second top-up charges twice)';
    const CREATE_HINT =
      'hint: the secret may have been created: run `acct secrets list` before trying again';

    it('never says "try again" after a timeout, a lost connection or a 5xx', () => {
      expect(
        formatError(
          new TimeoutError('no answer in 50 ms', { timeout: 50, url: topUp.url, request: topUp }),
        ),
      ).toBe(`error: no answer in 50 ms\n${TOP_UP_HINT}`);
      expect(
        formatError(
          new NetworkError('socket hang up', { systemCode: 'ECONNRESET', request: topUp }),
        ),
      ).toBe(`error: socket hang up\n${TOP_UP_HINT}`);
      const unavailable = createHttpError({
        status: 503,
        statusText: 'Service Unavailable',
        headers: {},
        body: 'down',
        request: topUp,
      });
      expect(formatError(unavailable)).toBe(
        `error: API error 503 Service Unavailable\n${TOP_UP_HINT}`,
      );
      expect(
        formatError(new NetworkError('socket hang up', { systemCode: 'EPIPE', request: create })),
      ).toBe(`error: socket hang up\n${CREATE_HINT}`);
    });

    it('keeps the usual hints when nothing was sent, or for reads', () => {
      expect(
        formatError(
          new NetworkError('connection refused', { systemCode: 'ECONNREFUSED', request: topUp }),
        ),
      ).toBe(
        'error: connection refused\n' +
          'hint: check your network and the hosts (--rest-host/--api-host, ACCT_REST_HOST/ACCT_API_HOST)',
      );
      const read = { method: 'GET', url: 'http://127.0.0.1:4010/accounts/k/secrets', headers: {} };
      expect(
        formatError(new TimeoutError('no answer', { timeout: 50, url: read.url, request: read })),
      ).toBe(
        'error: no answer\nhint: the service did not answer in time; raise --timeout or check the host',
      );
      const bad = createHttpError({
        status: 400,
        statusText: 'Bad Request',
        headers: {},
        body: { title: 'Bad Request' },
        request: create,
      });
      expect(formatError(bad)).toBe('error: API error 400 Bad Request');
    });
  });
});
