import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { http, HttpResponse as Reply } from 'msw';
import { setupServer } from 'msw/node';
import * as sdk from '@acct/server-sdk';
import { readmeBlocks, runBlock } from '../../../test/support/readme';

const server = setupServer();
const seen: string[] = [];
server.events.on('request:start', ({ request }) => {
  seen.push(`${request.method} ${request.url} ${request.headers.get('authorization')}`);
});
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const BASIC = `Basic ${Buffer.from('abcd1234:Abcdef123456').toString('base64')}`;

describe('README', () => {
  it('usage example runs as written against the default hosts', async () => {
    const saved = { key: process.env.ACCT_API_KEY, secret: process.env.ACCT_API_SECRET };
    process.env.ACCT_API_KEY = 'abcd1234';
    process.env.ACCT_API_SECRET = 'Abcdef123456';
    delete process.env.ACCT_REST_HOST;
    delete process.env.ACCT_API_HOST;
    server.use(
      http.get('https://rest.nexmo.com/account/get-balance', () =>
        Reply.json({ value: 10.5, autoReload: true }),
      ),
      http.get('https://api.nexmo.com/accounts/abcd1234/secrets', () =>
        Reply.json({ _links: { self: { href: '/' } }, _embedded: { secrets: [{ id: 'a' }] } }),
      ),
    );
    const [usage] = readmeBlocks(new URL('../README.md', import.meta.url));
    const lines = await runBlock(usage!, { '@acct/server-sdk': sdk }).finally(() => {
      if (saved.key === undefined) delete process.env.ACCT_API_KEY;
      else process.env.ACCT_API_KEY = saved.key;
      if (saved.secret === undefined) delete process.env.ACCT_API_SECRET;
      else process.env.ACCT_API_SECRET = saved.secret;
    });
    expect(lines).toEqual(['10.5 EUR, 1 secret(s)']);
    expect(seen).toEqual([
      `GET https://rest.nexmo.com/account/get-balance ${BASIC}`,
      `GET https://api.nexmo.com/accounts/abcd1234/secrets ${BASIC}`,
    ]);
  });
});
