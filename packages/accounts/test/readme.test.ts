import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { http, HttpResponse as Reply } from 'msw';
import * as accountsModule from '@acct/accounts';
import { recordingServer, UA } from '../../../test/support/recorder';
import { readmeBlocks, runBlock } from '../../../test/support/readme';

const { server, seen } = recordingServer();
const blocks = readmeBlocks(new URL('../README.md', import.meta.url));
const env = { ...process.env };

beforeAll(() => {
  process.env.ACCT_API_KEY = 'abcd1234';
  process.env.ACCT_API_SECRET = 'Abcdef123456';
});
afterEach(() => {
  process.env = { ...env, ACCT_API_KEY: 'abcd1234', ACCT_API_SECRET: 'Abcdef123456' };
});

describe('README', () => {
  it('usage example runs as written against the default host', async () => {
    server.use(
      http.get('https://rest.nexmo.com/account/get-balance', () =>
        Reply.json({ value: 10.5, autoReload: true }),
      ),
    );
    const lines = await runBlock(blocks[0]!, { '@acct/accounts': accountsModule });
    expect(lines).toEqual(['balance: 10.5 EUR, auto-reload on']);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.headers.authorization).toBe(
      `Basic ${Buffer.from('abcd1234:Abcdef123456').toString('base64')}`,
    );
    expect(seen[0]!.headers['user-agent']).toBe(UA);
  });
});
