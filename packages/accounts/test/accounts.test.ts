import { describe, expect, it } from '@jest/globals';
import { http, HttpResponse as Reply } from 'msw';
import {
  AuthenticationError,
  BadRequestError,
  InternalServerError,
  ValidationError,
} from '@acct/http';
import { MissingApiKeyError, MissingApiSecretError } from '@acct/auth';
import { Accounts, AutoReloadNotEnabledError, TopUpError } from '@acct/accounts';
import {
  API,
  API_KEY,
  BASIC,
  CANARY_SECRET,
  failure,
  pick,
  recordingServer,
  REST,
  UA,
} from '../../../test/support/recorder';

const { server, seen } = recordingServer();

const accounts = (options = {}) =>
  new Accounts(
    { apiKey: API_KEY, apiSecret: CANARY_SECRET },
    {
      restHost: REST,
      apiHost: API,
      retry: { retries: 2, baseDelay: 1, maxBackoff: 1 },
      ...options,
    },
  );

const SETTINGS = {
  'mo-callback-url': 'https://example.com/webhooks/inbound-sms',
  'dr-callback-url': 'https://example.com/webhooks/delivery-receipt',
  'max-outbound-request': 30,
  'max-inbound-request': 30,
  'max-calls-per-second': 30,
};

const FORM = 'application/x-www-form-urlencoded';

describe('Accounts', () => {
  describe('getBalance', () => {
    it('sends GET /account/get-balance with Basic auth and returns the balance', async () => {
      server.use(
        http.get(`${REST}/account/get-balance`, () =>
          Reply.json({ value: 10.171275, autoReload: false }),
        ),
      );
      await expect(accounts().getBalance()).resolves.toEqual({
        value: 10.171275,
        autoReload: false,
      });
      expect(seen).toHaveLength(1);
      expect(seen[0]).toMatchObject({
        method: 'GET',
        url: `${REST}/account/get-balance`,
        query: {},
        body: '',
      });
      expect(pick(seen[0]!.headers)).toEqual({
        authorization: BASIC,
        accept: 'application/json',
        'content-type': undefined,
        'user-agent': UA,
      });
    });

    it('retries a 503 and succeeds', async () => {
      let calls = 0;
      server.use(
        http.get(`${REST}/account/get-balance`, () =>
          ++calls === 1
            ? Reply.json({ title: 'busy' }, { status: 503 })
            : Reply.json({ value: 1, autoReload: true }),
        ),
      );
      await expect(accounts().getBalance()).resolves.toEqual({ value: 1, autoReload: true });
      expect(seen.map((s) => s.method)).toEqual(['GET', 'GET']);
      expect(seen[1]!.headers.authorization).toBe(BASIC);
    });

    it('rejects a 401 with AuthenticationError carrying the legacy fields', async () => {
      server.use(
        http.get(`${REST}/account/get-balance`, () =>
          Reply.json(
            { 'error-code': '401', 'error-code-label': 'authentication failed' },
            { status: 401 },
          ),
        ),
      );
      const err = await failure(accounts().getBalance());
      expect(err).toBeInstanceOf(AuthenticationError);
      expect(err).not.toBeInstanceOf(AutoReloadNotEnabledError);
      expect(err).toMatchObject({
        status: 401,
        code: 'ACCT_HTTP_AUTHENTICATION',
        errorCode: '401',
        errorCodeLabel: 'authentication failed',
        message: '401 authentication failed',
      });
      expect(seen).toHaveLength(1);
    });

    it('returns the user-supplied per-call headers but never lets them replace auth', async () => {
      server.use(
        http.get(`${REST}/account/get-balance`, () => Reply.json({ value: 2, autoReload: false })),
      );
      await accounts({ appendUserAgent: 'billing/1.0' }).getBalance({
        headers: { 'X-Trace': 't-1', Authorization: 'Basic forged' },
      });
      expect(seen[0]!.headers['x-trace']).toBe('t-1');
      expect(seen[0]!.headers.authorization).toBe(BASIC);
      expect(seen[0]!.headers['user-agent']).toBe(`${UA} billing/1.0`);
    });
  });

  describe('topUpBalance', () => {
    it('sends the trx as a form POST and returns the result', async () => {
      server.use(
        http.post(`${REST}/account/top-up`, () =>
          Reply.json({ 'error-code': '200', 'error-code-label': 'success' }),
        ),
      );
      await expect(accounts().topUpBalance('8ef2447e69604f642ae59363aa5f781b')).resolves.toEqual({
        'error-code': '200',
        'error-code-label': 'success',
      });
      expect(seen).toHaveLength(1);
      expect(seen[0]).toMatchObject({
        method: 'POST',
        url: `${REST}/account/top-up`,
        query: {},
        body: 'trx=8ef2447e69604f642ae59363aa5f781b',
      });
      expect(pick(seen[0]!.headers)).toEqual({
        authorization: BASIC,
        accept: 'application/json',
        'content-type': FORM,
        'user-agent': UA,
      });
    });

    it('never re-sends a top-up answered 503', async () => {
      server.use(
        http.post(`${REST}/account/top-up`, () =>
          Reply.text('<html><body>Service Unavailable</body></html>', {
            status: 503,
            headers: { 'content-type': 'text/html' },
          }),
        ),
      );
      const err = await failure(accounts().topUpBalance('trx-1'));
      expect(err).toBeInstanceOf(InternalServerError);
      expect(err.status).toBe(503);
      expect(seen).toHaveLength(1);
    });

    it('never re-sends a top-up even when the retry policy names POST', async () => {
      server.use(http.post(`${REST}/account/top-up`, () => Reply.json({}, { status: 503 })));
      const acc = accounts({ retry: { retries: 3, baseDelay: 1, methods: ['GET', 'POST'] } });
      await expect(acc.topUpBalance('trx-1')).rejects.toBeInstanceOf(InternalServerError);
      expect(seen).toHaveLength(1);
    });

    it('rejects the 401 "not auto-reload enabled" with AutoReloadNotEnabledError', async () => {
      server.use(
        http.post(`${REST}/account/top-up`, () =>
          Reply.json(
            { 'error-code': '401', 'error-code-label': 'not auto-reload enabled' },
            { status: 401, headers: { 'x-request-id': 'req-9' } },
          ),
        ),
      );
      const err = await failure(accounts().topUpBalance('trx-1'));
      expect(err).toBeInstanceOf(AutoReloadNotEnabledError);
      expect(err).toBeInstanceOf(AuthenticationError);
      expect(err).toMatchObject({
        name: 'AutoReloadNotEnabledError',
        code: 'ACCT_HTTP_AUTO_RELOAD_NOT_ENABLED',
        status: 401,
        errorCode: '401',
        errorCodeLabel: 'not auto-reload enabled',
        requestId: 'req-9',
        body: { 'error-code': '401', 'error-code-label': 'not auto-reload enabled' },
      });
      expect(err.message).toBe(
        '[@acct/accounts] 401 not auto-reload enabled: enable auto-reload in the dashboard, then ' +
          'top up with the transaction reference (trx) of that payment',
      );
      expect(err.cause).toBeInstanceOf(AuthenticationError);
      expect(seen).toHaveLength(1);
    });

    it('keeps a plain 401 an AuthenticationError', async () => {
      server.use(
        http.post(`${REST}/account/top-up`, () =>
          Reply.json(
            { 'error-code': '401', 'error-code-label': 'authentication failed' },
            { status: 401 },
          ),
        ),
      );
      const err = await failure(accounts().topUpBalance('trx-1'));
      expect(err.constructor).toBe(AuthenticationError);
    });

    it('passes other errors through unchanged', async () => {
      server.use(http.post(`${REST}/account/top-up`, () => Reply.json({}, { status: 400 })));
      await expect(accounts().topUpBalance('trx-1')).rejects.toBeInstanceOf(BadRequestError);
    });

    it.each([
      [{ 'error-code': '420', 'error-code-label': 'invalid trx' }, '420', 'invalid trx'],
      [{ 'error-code': 500, 'error-code-label': 'internal' }, 500, 'internal'],
      [{}, undefined, undefined],
    ])('rejects a 200 whose body is %j with TopUpError', async (body, errorCode, label) => {
      server.use(http.post(`${REST}/account/top-up`, () => Reply.json(body)));
      const err = await failure(accounts().topUpBalance('trx-1'));
      expect(err).toBeInstanceOf(TopUpError);
      expect(err).toMatchObject({
        name: 'TopUpError',
        code: 'ACCT_HTTP_TOP_UP_FAILED',
        status: 200,
        body,
      });
      expect(err.errorCode).toBe(errorCode === undefined ? undefined : String(errorCode));
      expect(err.errorCodeLabel).toBe(label);
      expect(err.message).toBe(
        `[@acct/accounts] top-up failed with error-code ${String(errorCode)} (${String(label)}): ` +
          'check the trx and that auto-reload is enabled',
      );
    });

    it.each([[''], ['   '], [undefined], [42], [null], [{ trx: 'x' }]])(
      'rejects trx %j before any request',
      async (trx) => {
        const err = await failure(accounts().topUpBalance(trx as unknown as string));
        expect(err).toBeInstanceOf(ValidationError);
        expect(err.invalidParameters).toEqual([
          {
            name: 'trx',
            reason:
              'must be the non-empty transaction reference of the payment that enabled ' +
              "auto-reload, such as '8ef2447e69604f642ae59363aa5f781b'",
          },
        ]);
        expect(seen).toHaveLength(0);
      },
    );
  });

  describe('updateAccountCallbacks', () => {
    it('sends both URLs as form fields and returns the settings', async () => {
      server.use(http.post(`${REST}/account/settings`, () => Reply.json(SETTINGS)));
      await expect(
        accounts().updateAccountCallbacks({
          moCallBackUrl: 'https://example.com/webhooks/inbound-sms',
          drCallBackUrl: 'http://example.com/dr?x=1',
        }),
      ).resolves.toEqual(SETTINGS);
      expect(seen[0]).toMatchObject({
        method: 'POST',
        url: `${REST}/account/settings`,
        body:
          'moCallBackUrl=https%3A%2F%2Fexample.com%2Fwebhooks%2Finbound-sms&' +
          'drCallBackUrl=http%3A%2F%2Fexample.com%2Fdr%3Fx%3D1',
      });
      expect(pick(seen[0]!.headers)).toEqual({
        authorization: BASIC,
        accept: 'application/json',
        'content-type': FORM,
        'user-agent': UA,
      });
    });

    it("sends '' (it unsets) and leaves undefined fields out", async () => {
      server.use(http.post(`${REST}/account/settings`, () => Reply.json(SETTINGS)));
      await accounts().updateAccountCallbacks({ moCallBackUrl: undefined, drCallBackUrl: '' });
      expect(seen[0]!.body).toBe('drCallBackUrl=');
    });

    it('never re-sends a settings change answered 503', async () => {
      server.use(http.post(`${REST}/account/settings`, () => Reply.json({}, { status: 503 })));
      await expect(accounts().updateAccountCallbacks({ drCallBackUrl: '' })).rejects.toBeInstanceOf(
        InternalServerError,
      );
      expect(seen).toHaveLength(1);
    });

    it.each([
      [
        { moCallBackUrl: 'example.com/x' },
        'moCallBackUrl',
        "must be an absolute http(s) URL, or '' to unset it",
      ],
      [
        { drCallBackUrl: 'ftp://example.com' },
        'drCallBackUrl',
        "must be an absolute http(s) URL, or '' to unset it",
      ],
      [{ drCallBackUrl: 5 }, 'drCallBackUrl', "must be an absolute http(s) URL, or '' to unset it"],
      [
        { moCallbackUrl: 'https://example.com' },
        'moCallbackUrl',
        'is not a callback; use moCallBackUrl or drCallBackUrl',
      ],
      [null, 'callbacks', "must be an object such as { moCallBackUrl: 'https://...' }"],
      [
        'https://example.com',
        'callbacks',
        "must be an object such as { moCallBackUrl: 'https://...' }",
      ],
    ])('rejects %j before any request', async (callbacks, name, reason) => {
      const err = await failure(accounts().updateAccountCallbacks(callbacks as never));
      expect(err).toBeInstanceOf(ValidationError);
      expect(err.invalidParameters).toEqual([{ name, reason }]);
      expect(err.message).toBe(`[@acct/accounts] callbacks are invalid: ${name} ${reason}`);
      expect(seen).toHaveLength(0);
    });
  });

  describe('getAccountSettings', () => {
    it('posts an empty form and returns the settings', async () => {
      server.use(http.post(`${REST}/account/settings`, () => Reply.json(SETTINGS)));
      await expect(accounts().getAccountSettings()).resolves.toEqual(SETTINGS);
      expect(seen[0]).toMatchObject({ method: 'POST', url: `${REST}/account/settings`, body: '' });
      expect(pick(seen[0]!.headers)).toEqual({
        authorization: BASIC,
        accept: 'application/json',
        'content-type': FORM,
        'user-agent': UA,
      });
    });

    it('is retried on 503, since reading changes nothing', async () => {
      let calls = 0;
      server.use(
        http.post(`${REST}/account/settings`, () =>
          ++calls === 1 ? Reply.json({}, { status: 503 }) : Reply.json(SETTINGS),
        ),
      );
      await expect(accounts().getAccountSettings()).resolves.toEqual(SETTINGS);
      expect(seen).toHaveLength(2);
    });
  });

  describe('credentials', () => {
    it('rejects a call without apiKey before any request', async () => {
      const acc = new Accounts({ apiSecret: CANARY_SECRET }, { restHost: REST });
      await expect(acc.getBalance()).rejects.toBeInstanceOf(MissingApiKeyError);
      expect(seen).toHaveLength(0);
    });

    it('rejects a call without apiSecret before any request', async () => {
      const acc = new Accounts({ apiKey: API_KEY }, { restHost: REST });
      await expect(acc.topUpBalance('trx')).rejects.toBeInstanceOf(MissingApiSecretError);
      expect(seen).toHaveLength(0);
    });

    it('rejects a call without any credentials before any request', async () => {
      const acc = new Accounts(undefined as never, { restHost: REST });
      await expect(acc.getBalance()).rejects.toBeInstanceOf(MissingApiKeyError);
      expect(seen).toHaveLength(0);
    });
  });
});
