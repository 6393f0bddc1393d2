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
import { labelled } from './support/label';

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

    const TRX_PASS =
      'pass the transaction reference of the payment that enabled auto-reload, ' +
      "such as '8ef2447e69604f642ae59363aa5f781b'";
    it.each(
      labelled<[unknown, string]>([
        ['', 'must not be empty'],
        [
          '   ',
          'must contain only visible ASCII characters (no space, control or non-ASCII character) (character 1 is not one)',
        ],
        [
          ' trx-1',
          'must contain only visible ASCII characters (no space, control or non-ASCII character) (character 1 is not one)',
        ],
        [
          'trx-1\r\n',
          'must contain only visible ASCII characters (no space, control or non-ASCII character) (character 6 is not one)',
        ],
        [
          'trx\n-1',
          'must contain only visible ASCII characters (no space, control or non-ASCII character) (character 4 is not one)',
        ],
        [
          'trx\u0000-1',
          'must contain only visible ASCII characters (no space, control or non-ASCII character) (character 4 is not one)',
        ],
        ['x'.repeat(129), 'must be at most 128 characters, got 129'],
        ['x'.repeat(1024 * 1024), 'must be at most 128 characters, got 1048576'],
        [undefined, 'must be a string, got undefined'],
        [42, 'must be a string, got a number'],
        [null, 'must be a string, got null'],
        [{ trx: 'x' }, 'must be a string, got an object'],
      ]),
    )(
      'rejects trx %s before any request (issue 13: CR, LF, NUL, 1 MB)',
      async (_label, trx, reason) => {
        const err = await failure(accounts().topUpBalance(trx as string));
        expect(err).toBeInstanceOf(ValidationError);
        expect(err.invalidParameters).toEqual([{ name: 'trx', reason: `${reason}: ${TRX_PASS}` }]);
        expect(err.message).toBe(`[@acct/accounts] trx is invalid: trx ${reason}: ${TRX_PASS}`);
        expect(seen).toHaveLength(0);
      },
    );

    it('sends a 128-character trx of every visible ASCII character as given', async () => {
      const trx = Array.from({ length: 128 }, (_, i) => String.fromCharCode(0x21 + (i % 94))).join(
        '',
      );
      server.use(
        http.post(`${REST}/account/top-up`, () =>
          Reply.json({ 'error-code': '200', 'error-code-label': 'success' }),
        ),
      );
      await accounts().topUpBalance(trx);
      expect(new URLSearchParams(seen[0]!.body).get('trx')).toBe(trx);
    });
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

    it("sends the fields in the caller's order, as the peer does", async () => {
      server.use(http.post(`${REST}/account/settings`, () => Reply.json(SETTINGS)));
      await accounts().updateAccountCallbacks({
        drCallBackUrl: 'https://example.com/dr',
        moCallBackUrl: 'https://example.com/mo',
      });
      expect(seen[0]!.body).toBe(
        'drCallBackUrl=https%3A%2F%2Fexample.com%2Fdr&moCallBackUrl=https%3A%2F%2Fexample.com%2Fmo',
      );
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

    const URL_PASS =
      "pass an absolute http(s) URL such as 'https://example.com/webhooks/inbound-sms', or '' to unset it";
    const CANONICAL =
      'must be written in canonical form, as new URL(url).href writes it (for example ' +
      "'https://example.com/' with the '/' after the host, scheme and host in lower case)";
    const CHARACTER = (n: number) =>
      `must not contain whitespace, control or non-ASCII characters (character ${n} is one; percent-encode it)`;
    it.each(
      labelled<[unknown, string]>([
        ['example.com/x', 'must be an absolute URL'],
        ['ftp://example.com/', 'must use http: or https:'],
        ['https:example.com', CANONICAL],
        ['https://example.com', CANONICAL],
        ['HTTPS://EXAMPLE.COM/', CANONICAL],
        ['https://example.com/a/../b', CANONICAL],
        [' https://example.com/', CHARACTER(1)],
        ['https://example.com/\r\nx', CHARACTER(21)],
        ['https://example.com/\n', CHARACTER(21)],
        ['https://example.com/\u0000', CHARACTER(21)],
        ['https://example.com/\t', CHARACTER(21)],
        ['https://exämple.com/', CHARACTER(11)],
        [`https://example.com/${'x'.repeat(2029)}`, 'must be at most 2048 characters, got 2049'],
        [
          `https://example.com/${'x'.repeat(1024 * 1024)}`,
          'must be at most 2048 characters, got 1048596',
        ],
        [5, 'must be a string, got a number'],
        [null, 'must be a string, got null'],
      ]),
    )('rejects the URL %s before any request (issue 13)', async (_label, url, reason) => {
      for (const name of ['moCallBackUrl', 'drCallBackUrl']) {
        const err = await failure(accounts().updateAccountCallbacks({ [name]: url as string }));
        expect(err).toBeInstanceOf(ValidationError);
        expect(err.invalidParameters).toEqual([{ name, reason: `${reason}: ${URL_PASS}` }]);
        expect(err.message).toBe(
          `[@acct/accounts] callbacks are invalid: ${name} ${reason}: ${URL_PASS}`,
        );
      }
      expect(seen).toHaveLength(0);
    });

    it('names both URLs when both are wrong', async () => {
      const err = await failure(
        accounts().updateAccountCallbacks({ moCallBackUrl: 'x', drCallBackUrl: 'https:x' }),
      );
      expect(err.invalidParameters).toEqual([
        { name: 'moCallBackUrl', reason: `must be an absolute URL: ${URL_PASS}` },
        { name: 'drCallBackUrl', reason: `${CANONICAL}: ${URL_PASS}` },
      ]);
      expect(seen).toHaveLength(0);
    });

    it('sends a 2048-character canonical URL as given', async () => {
      const url = `https://example.com/${'x'.repeat(2028)}`;
      server.use(http.post(`${REST}/account/settings`, () => Reply.json(SETTINGS)));
      await accounts().updateAccountCallbacks({ moCallBackUrl: url });
      expect(new URLSearchParams(seen[0]!.body).get('moCallBackUrl')).toBe(url);
    });

    it.each(
      labelled<[unknown, string]>([
        [
          { moCallbackUrl: 'https://example.com/' },
          '[@acct/accounts] callbacks has an unknown option "moCallbackUrl": did you mean "moCallBackUrl"?',
        ],
        [
          new Map([['moCallBackUrl', 'https://example.com/']]),
          '[@acct/accounts] callbacks must be a plain object such as { moCallBackUrl: ... }, got an instance of Map',
        ],
        [
          null,
          '[@acct/accounts] callbacks must be a plain object such as { moCallBackUrl: ... }, got null',
        ],
        [
          'https://example.com/',
          '[@acct/accounts] callbacks must be a plain object such as { moCallBackUrl: ... }, got a string of 20 characters',
        ],
      ]),
    )(
      'rejects callbacks %s before any request (issue 13: a Map, a misspelt key)',
      async (_label, callbacks, message) => {
        const err = await failure(accounts().updateAccountCallbacks(callbacks as never));
        expect(err).toBeInstanceOf(ValidationError);
        expect(err.message).toBe(message);
        expect((err.invalidParameters as Array<{ name: string }>)[0]!.name).toBe('callbacks');
        expect(seen).toHaveLength(0);
      },
    );
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
      const acc = new Accounts(undefined, { restHost: REST });
      await expect(acc.getBalance()).rejects.toBeInstanceOf(MissingApiKeyError);
      expect(seen).toHaveLength(0);
    });
  });
});
