import { describe, expect, it } from '@jest/globals';
import { http, HttpResponse as Reply } from 'msw';
import * as clientModule from '@acct/server-client';
import { recordingServer } from '../../../test/support/recorder';
import { readmeBlocks, runBlock } from '../../../test/support/readme';

const { server, seen } = recordingServer();
const blocks = readmeBlocks(new URL('../README.md', import.meta.url));

describe('README', () => {
  it('usage example runs as written', async () => {
    const saved = [process.env.ACCT_API_KEY, process.env.ACCT_API_SECRET];
    process.env.ACCT_API_KEY = 'abcd1234';
    process.env.ACCT_API_SECRET = 'Abcdef123456';
    server.use(
      http.get('https://rest.nexmo.com/account/get-balance', () =>
        Reply.json({ value: 10.5, autoReload: true }, { headers: { 'x-request-id': 'req-1' } }),
      ),
    );
    const lines = await runBlock(blocks[0]!, { '@acct/server-client': clientModule }).finally(
      () => {
        for (const [name, value] of [
          ['ACCT_API_KEY', saved[0]],
          ['ACCT_API_SECRET', saved[1]],
        ] as const) {
          if (value === undefined) delete process.env[name];
          else process.env[name] = value;
        }
      },
    );
    expect(lines).toEqual(['200 req-1 10.5']);
    expect(seen[0]!.headers.authorization).toBe(
      `Basic ${Buffer.from('abcd1234:Abcdef123456').toString('base64')}`,
    );
  });
});
