import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import createDebug from 'debug';
import { http, HttpResponse as Reply } from 'msw';
import { setupServer } from 'msw/node';
import { format, inspect } from 'node:util';
import { Acct } from '@acct/server-sdk';

const CANARY = 'Canary9Zebra7Secret';
const CANARY_NEW = 'Fresh8Canary4Secret';
const KEY = 'abcd1234';
const REST = 'https://rest.test';
const API = 'https://api.test';
const ID = 'ad6dc56f-07b5-46e1-a527-85530e625800';

const debugLines: string[] = [];
const loggerLines: string[] = [];
const server = setupServer();
const previousLog = createDebug.log;

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  createDebug.enable('acct:*');
  createDebug.log = (...args: unknown[]) => debugLines.push(format(...args));
});
afterEach(() => server.resetHandlers());
afterAll(() => {
  server.close();
  createDebug.disable();
  createDebug.log = previousLog;
});

const acct = () =>
  new Acct(
    { apiKey: KEY, apiSecret: CANARY },
    {
      restHost: REST,
      apiHost: API,
      retry: { retries: 1, baseDelay: 1, maxBackoff: 1 },
      logger: (line) => loggerLines.push(line),
    },
  );

const info = {
  _links: { self: { href: `/accounts/${KEY}/secrets/${ID}` } },
  id: ID,
  created_at: 'x',
};

/** Answers every route, echoing credentials back in bodies and headers the way a careless server might. */
const echoing = (status: number) => [
  http.all(`${REST}/*`, async ({ request }) =>
    Reply.json(
      status === 200
        ? { value: 1, autoReload: true, 'error-code': '200', 'error-code-label': 'success' }
        : {
            'error-code': String(status),
            'error-code-label': `echo ${request.headers.get('authorization')} ${await request.text()}`,
          },
      { status, headers: { 'set-cookie': `session=${CANARY}`, 'x-api-key': CANARY } },
    ),
  ),
  http.all(`${API}/*`, async ({ request }) =>
    request.method === 'DELETE' && status === 200
      ? new Reply(null, { status: 204 })
      : Reply.json(
          status === 200
            ? { ...info, _embedded: { secrets: [] } }
            : {
                title: 'Bad',
                detail: `echo ${await request.text()} ${request.headers.get('authorization')}`,
                api_secret: CANARY,
                secret: CANARY_NEW,
              },
          {
            status: request.method === 'POST' && status === 200 ? 201 : status,
            headers: {
              'content-type': status === 200 ? 'application/json' : 'application/problem+json',
            },
          },
        ),
  ),
];

const operations = (a: Acct) => [
  () => a.accounts.getBalance(),
  () => a.accounts.topUpBalance('trx-1'),
  () => a.accounts.updateAccountCallbacks({ moCallBackUrl: 'https://example.com/inbound' }),
  () => a.accounts.getAccountSettings(),
  () => a.secrets.listSecrets(KEY),
  () => a.secrets.getSecret(KEY, ID),
  () => a.secrets.createSecret(KEY, CANARY_NEW),
  () => a.secrets.deleteSecret(KEY, ID),
  () => a.secrets.rotateSecret(KEY, CANARY_NEW, { revoke: 'previous' }),
];

const expectClean = (text: string) => {
  expect(text).not.toContain(CANARY);
  expect(text).not.toContain(CANARY_NEW);
  for (const secret of [CANARY, CANARY_NEW]) {
    expect(text).not.toContain(Buffer.from(`${KEY}:${secret}`).toString('base64'));
  }
};

describe('a canary secret', () => {
  it.each([200, 401, 400, 503])(
    'appears nowhere when every operation is answered %i',
    async (status) => {
      server.use(...echoing(status));
      const a = acct();
      for (const op of operations(a)) {
        const err = await op().then(
          () => undefined,
          (e: unknown) => e as Error,
        );
        if (status !== 200) expect(err).toBeInstanceOf(Error);
        if (err) {
          expectClean(JSON.stringify(err));
          expectClean(inspect(err, { depth: Infinity, showHidden: true }));
          expectClean(String(err.stack));
          expectClean(err.message);
          expectClean(inspect(err.cause, { depth: Infinity }));
        }
      }
      expectClean(inspect(a, { depth: Infinity, showHidden: true }));
      expectClean(inspect(a.accounts, { depth: Infinity, showHidden: true }));
      expectClean(JSON.stringify(a));
      expect(debugLines.length).toBeGreaterThan(0);
      expect(loggerLines.length).toBeGreaterThan(0);
      expectClean(debugLines.join('\n'));
      expectClean(loggerLines.join('\n'));
    },
  );

  it('appears nowhere in validation failures', async () => {
    const a = acct();
    const failures = await Promise.all([
      a.secrets.createSecret(KEY, `${CANARY}${CANARY}`).catch((e: Error) => e),
      a.secrets.createSecret(KEY, CANARY.toLowerCase()).catch((e: Error) => e),
      a.secrets.rotateSecret(KEY, `x${CANARY}x${CANARY}`).catch((e: Error) => e),
      a.accounts.updateAccountCallbacks({ moCallBackUrl: CANARY }).catch((e: Error) => e),
    ]);
    for (const err of failures) {
      expect(err).toBeInstanceOf(Error);
      const all = `${JSON.stringify(err)}${inspect(err, { depth: Infinity })}${String((err as Error).stack)}`;
      expect(all).not.toContain(CANARY);
      expect(all).not.toContain(CANARY.toLowerCase());
    }
  });
});
