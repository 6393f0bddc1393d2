import { describe, expect, it } from '@jest/globals';
import { inspect } from 'node:util';
import { http, HttpResponse as Reply } from 'msw';
import { Accounts, ParseError, Secrets } from '@acct/accounts';
import { objectBody } from '../../src/internal/object-body';
import {
  API,
  API_KEY,
  CANARY_SECRET,
  failure,
  recordingServer,
  REST,
} from '../../../../test/support/recorder';

const { server, seen } = recordingServer();
const credentials = { apiKey: API_KEY, apiSecret: CANARY_SECRET };
const options = { restHost: REST, apiHost: API, retry: false as const };
const accounts = new Accounts(credentials, options);
const secrets = new Secrets(credentials, options);
const ID = '01234567-aaaa-bbbb-cccc-defdefdefdef';

/** Every method whose documented answer has a body, with the route it calls. */
const METHODS: Array<[string, 'get' | 'post', string, () => Promise<unknown>]> = [
  ['getBalance', 'get', `${REST}/account/get-balance`, () => accounts.getBalance()],
  ['topUpBalance', 'post', `${REST}/account/top-up`, () => accounts.topUpBalance('trx-1')],
  [
    'updateAccountCallbacks',
    'post',
    `${REST}/account/settings`,
    () => accounts.updateAccountCallbacks({ drCallBackUrl: '' }),
  ],
  ['getAccountSettings', 'post', `${REST}/account/settings`, () => accounts.getAccountSettings()],
  [
    'createSecret',
    'post',
    `${API}/accounts/${API_KEY}/secrets`,
    () => secrets.createSecret(API_KEY, 'NewSecret2025'),
  ],
  [
    'getSecret',
    'get',
    `${API}/accounts/${API_KEY}/secrets/${ID}`,
    () => secrets.getSecret(API_KEY, ID),
  ],
  ['listSecrets', 'get', `${API}/accounts/${API_KEY}/secrets`, () => secrets.listSecrets(API_KEY)],
];

/** Answers that carry no JSON object, and how the message names them. */
const ANSWERS: Array<[string, () => Response, string, string, string]> = [
  [
    'an empty 200 with a JSON content type',
    () => new Reply('', { status: 200, headers: { 'content-type': 'application/json' } }),
    '200 (application/json) with no body',
    'application/json',
    '',
  ],
  ['a 204', () => new Reply(null, { status: 204 }), '204 (no content type) with no body', '', ''],
  [
    'JSON null',
    () => Reply.json(null),
    '200 (application/json) with no body',
    'application/json',
    '',
  ],
  [
    'a JSON array',
    () => Reply.json([1, 2]),
    '200 (application/json) with an array of 2 items',
    'application/json',
    '[1,2]',
  ],
  [
    'a JSON string',
    () => Reply.json('ok'),
    '200 (application/json) with a string of 2 characters',
    'application/json',
    'ok',
  ],
  [
    'an HTML page',
    () => Reply.text('<p>hi</p>', { headers: { 'content-type': 'text/html' } }),
    '200 (text/html) with a string of 9 characters',
    'text/html',
    '<p>hi</p>',
  ],
];

describe('a documented body that is missing or not an object', () => {
  describe.each(METHODS)('%s', (_name, method, url, call) => {
    it.each(ANSWERS)('rejects %s with ParseError', async (_what, reply, described, type, text) => {
      server.use(http[method](url, reply));
      const err = await failure(call());
      expect(err).toBeInstanceOf(ParseError);
      const requestUrl = (err.request as { url: string }).url;
      expect(requestUrl).toBe(url);
      expect(err.message).toBe(
        type === 'text/html'
          ? // a body that is not JSON at all is refused by the transport, before this check
            `[@acct/http] ${method.toUpperCase()} ${url} answered 200 with text/html instead of ` +
              'JSON: check that the URL points at the API (restHost, apiHost), or pass ' +
              'responseType: "text"'
          : `[@acct/accounts] ${method.toUpperCase()} ${url} answered ${described} where the ` +
              'API documents a JSON object: check that restHost and apiHost point at the Account API',
      );
      expect(err).toMatchObject({
        code: 'ACCT_PARSE',
        status: Number(described.slice(0, 3)),
        text,
      });
      expect((err.headers as Record<string, string>)['content-type']).toBe(type || undefined);
      expect(seen).toHaveLength(1);
    });
  });

  it('keeps only a redacted excerpt of at most 200 characters of the body', async () => {
    const body = `api_secret=${CANARY_SECRET}&${'x'.repeat(1024 * 1024)}`;
    server.use(
      http.get(`${REST}/account/get-balance`, () =>
        Reply.text(body, { headers: { 'content-type': 'text/plain' } }),
      ),
    );
    const err = await failure(accounts.getBalance());
    expect(err).toBeInstanceOf(ParseError);
    expect(err.text).toBe(
      `api_secret=[REDACTED]&${'x'.repeat(200 - 22)}… (${body.length} characters)`,
    );
    for (const rendering of [
      err.message,
      String(err),
      err.stack,
      inspect(err, { depth: 10 }),
      JSON.stringify(err),
    ]) {
      expect(rendering).not.toContain(CANARY_SECRET);
      expect(rendering!.length).toBeLessThan(20_000);
    }
  });

  it('treats data null (an empty body) and undefined alike', () => {
    const request = { method: 'GET', url: `${REST}/account/get-balance`, headers: {} };
    const response = (data: unknown) => ({
      data,
      status: 200,
      statusText: 'OK',
      headers: { 'content-type': 'application/json' },
      request,
      config: request,
    });
    for (const data of [null, undefined, '']) {
      expect(() => objectBody(response(data))).toThrow(ParseError);
    }
    const body = { value: 1, autoReload: false };
    expect(objectBody(response(body))).toBe(body);
  });
});
