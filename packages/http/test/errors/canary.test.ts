// Every error class: a canary secret given to it in any field never appears in any rendering.
import { describe, expect, it } from '@jest/globals';
import { inspect } from 'node:util';
import {
  AcctError,
  AuthenticationError,
  BadRequestError,
  createHttpError,
  HttpError,
  InternalServerError,
  NetworkError,
  NotFoundError,
  ParseError,
  PermissionDeniedError,
  RateLimitError,
  request,
  TimeoutError,
  ValidationError,
  VetchError,
  type HttpErrorInit,
} from '@acct/http';

const CANARY = 'Canary4Error8Secret';
const BASIC = `Basic ${Buffer.from(`key:${CANARY}`).toString('base64')}`;
const URL_WITH = `https://u:${CANARY}@rest.example/p?api_secret=${CANARY}&token=${CANARY}`;
const REQ = {
  method: 'POST',
  url: URL_WITH,
  headers: { authorization: BASIC, 'x-api-key': CANARY, cookie: `s=${CANARY}` },
};
const CAUSE = Object.assign(new Error(`connect failed for ${URL_WITH} with ${BASIC}`), {
  code: 'ECONNRESET',
  cause: new Error(`inner api_secret=${CANARY}`),
});

const init = (status: number): HttpErrorInit => ({
  status,
  statusText: 'Status',
  headers: { 'set-cookie': `session=${CANARY}`, 'x-request-id': 'r-1' },
  body: {
    title: 'T',
    detail: `api_secret=${CANARY}`,
    api_secret: CANARY,
    nested: { token: CANARY },
    invalid_parameters: [{ name: 'secret', reason: `"secret": "${CANARY}"` }],
  },
  request: REQ,
  message: `failed with ${BASIC} at ${URL_WITH}`,
  cause: CAUSE,
});

const renderings = (err: Error): string[] => [
  err.message,
  String(err.stack),
  String(err),
  inspect(err, { depth: 10 }),
  inspect(err, { depth: 10, showHidden: true }),
  JSON.stringify(err),
];

const cases: Array<[string, () => Error]> = [
  ['AcctError', () => new AcctError('plain', { code: 'ACCT_X', cause: CAUSE })],
  [
    'ValidationError',
    () =>
      new ValidationError('bad', {
        invalidParameters: [{ name: 'apiSecret', reason: 'too short' }],
      }),
  ],
  ['HttpError', () => new HttpError(init(418))],
  ['BadRequestError', () => new BadRequestError(init(400))],
  ['AuthenticationError', () => new AuthenticationError(init(401))],
  ['PermissionDeniedError', () => new PermissionDeniedError(init(403))],
  ['NotFoundError', () => new NotFoundError(init(404))],
  ['RateLimitError', () => new RateLimitError(init(429))],
  ['InternalServerError', () => new InternalServerError(init(500))],
  ['createHttpError(409)', () => createHttpError(init(409))],
  [
    'TimeoutError',
    () =>
      new TimeoutError(`timed out at ${URL_WITH}`, {
        timeout: 5,
        url: URL_WITH,
        request: REQ,
        cause: CAUSE,
      }),
  ],
  [
    'NetworkError',
    () =>
      new NetworkError(`failed at ${URL_WITH}`, {
        systemCode: 'ECONNRESET',
        request: REQ,
        cause: CAUSE,
      }),
  ],
  [
    'ParseError',
    () =>
      new ParseError(`bad body from ${URL_WITH}`, {
        text: `<html>{"api_secret": "${CANARY}"} Authorization: ${BASIC}</html>`,
        status: 200,
        contentType: 'text/html',
        headers: { 'set-cookie': CANARY },
        request: REQ,
        cause: CAUSE,
      }),
  ],
];

describe('every error class keeps a canary secret out of every rendering', () => {
  it.each(cases)('%s', (_name, make) => {
    const err = make();
    for (const shown of renderings(err)) {
      expect(shown).not.toContain(CANARY);
      expect(shown).not.toContain(BASIC.slice(6));
    }
  });

  it('HttpError.response, the peer view, is redacted too', async () => {
    const err = createHttpError(init(401));
    expect(err.response.status).toBe(401);
    expect(err.response.headers['x-request-id']).toBe('r-1');
    expect(await err.response.json()).toEqual(err.body);
    expect(await err.response.text()).toBe(JSON.stringify(err.body));
    expect(await err.response.text()).not.toContain(CANARY);
    expect(err).toBeInstanceOf(VetchError);
  });

  it('ParseError.text is a redacted excerpt of at most 200 characters', () => {
    const text = `api_secret=${CANARY}&${'a'.repeat(5000)}`;
    const err = new ParseError('x', { text });
    // the count is the body's own length, as received
    expect(err.text).toBe(`api_secret=[REDACTED]&${'a'.repeat(178)}… (${text.length} characters)`);
  });

  it('ParseError.text redacts a secret that starts inside the excerpt and ends after it', () => {
    const err = new ParseError('x', { text: `${'a'.repeat(180)}&api_secret=${CANARY}` });
    expect(err.text).toBe(
      `${'a'.repeat(180)}&api_secret=[REDACTE… (${192 + CANARY.length} characters)`,
    );
    expect(err.text).not.toContain(CANARY.slice(0, 4));
  });

  it('through request(): a 2xx HTML body that echoes the secret gives a clean ParseError', async () => {
    const html = `<html><form><input name="api_secret" value="x">api_secret=${CANARY}</form></html>`;
    const err = (await request({
      url: 'https://rest.example/account/get-balance',
      headers: { authorization: BASIC },
      fetch: async () => new Response(html, { headers: { 'content-type': 'text/html' } }),
    }).catch((e: unknown) => e)) as ParseError;
    expect(err).toBeInstanceOf(ParseError);
    expect(err.status).toBe(200);
    expect(err.contentType).toBe('text/html');
    expect(err.text).toBe(
      '<html><form><input name="api_secret" value="x">api_secret=[REDACTED]</form></html>',
    );
    for (const shown of renderings(err)) expect(shown).not.toContain(CANARY);
  });
});
