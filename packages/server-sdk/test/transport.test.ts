import { afterEach, describe, expect, it } from '@jest/globals';
import {
  Acct,
  InternalServerError,
  NetworkError,
  TimeoutError,
  TopUpError,
} from '@acct/server-sdk';
import { closedPort, loopback, type Loopback } from './support/loopback';

const CANARY = 'Canary9Zebra7Secret';
const creds = { apiKey: 'abcd1234', apiSecret: CANARY };
let server: Loopback | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

const acctFor = (url: string, options = {}) =>
  new Acct(creds, {
    restHost: url,
    apiHost: url,
    retry: { retries: 2, baseDelay: 1, maxBackoff: 1 },
    ...options,
  });

describe('transport over a real loopback server', () => {
  it('answers getBalance through node-fetch and the keep-alive agent', async () => {
    server = await loopback((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'x-ratelimit-remaining': '4' });
      res.end('{"value":10.17127500,"autoReload":false}');
    });
    const acct = acctFor(server.url);
    await expect(acct.accounts.getBalance()).resolves.toEqual({
      value: 10.171275,
      autoReload: false,
    });
    await acct.accounts.getBalance();
    expect(server.received.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /account/get-balance',
      'GET /account/get-balance',
    ]);
    expect(server.received[0]!.headers.connection).toBe('keep-alive');
    expect(server.received[0]!.headers.authorization).toBe(
      `Basic ${Buffer.from(`abcd1234:${CANARY}`).toString('base64')}`,
    );
  });

  it('gives a TimeoutError when the server never answers', async () => {
    server = await loopback(() => undefined);
    const acct = acctFor(server.url, { timeout: 100, retry: false });
    const err = await acct.accounts.getBalance().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TimeoutError);
    expect(err).toMatchObject({ code: 'ACCT_TIMEOUT', timeout: 100 });
    expect(server.received).toHaveLength(1);
  });

  it('never re-sends a top-up that timed out', async () => {
    server = await loopback(() => undefined);
    const acct = acctFor(server.url, { timeout: 100 });
    await expect(acct.accounts.topUpBalance('trx-1')).rejects.toBeInstanceOf(TimeoutError);
    expect(server.received).toHaveLength(1);
  });

  it('gives a NetworkError when the connection is refused (after retrying: nothing was sent)', async () => {
    const port = await closedPort();
    const acct = acctFor(`http://127.0.0.1:${port}`);
    const err = await acct.accounts.topUpBalance('trx-1').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NetworkError);
    expect(err).toMatchObject({ code: 'ACCT_NETWORK', systemCode: 'ECONNREFUSED' });
  });

  it('gives an InternalServerError holding the text of an HTML 502 page', async () => {
    const page = '<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>';
    server = await loopback((_req, res) => {
      res.writeHead(502, 'Bad Gateway', { 'content-type': 'text/html' });
      res.end(page);
    });
    const acct = acctFor(server.url, { retry: false });
    const err = await acct.accounts.getBalance().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InternalServerError);
    expect(err).toMatchObject({ status: 502, statusText: 'Bad Gateway', body: page });
  });

  it('rejects a 200 top-up whose error-code is not 200 with TopUpError, sent once', async () => {
    server = await loopback((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"error-code":"420","error-code-label":"invalid trx"}');
    });
    const err = await acctFor(server.url)
      .accounts.topUpBalance('trx-1')
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TopUpError);
    expect(err).toMatchObject({ errorCode: '420', errorCodeLabel: 'invalid trx' });
    expect(server.received).toHaveLength(1);
    expect(server.received[0]!.body).toBe('trx=trx-1');
  });
});
