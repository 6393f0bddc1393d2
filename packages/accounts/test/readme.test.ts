import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import * as crypto from 'node:crypto';
import { http, HttpResponse as Reply } from 'msw';
import { createHandlers, Emulator } from '@acct/emulator';
import * as accountsModule from '@acct/accounts';
import { recordingServer, UA } from '../../../test/support/recorder';
import { readmeBlocks, runBlock } from '../../../test/support/readme';

const { server, seen } = recordingServer();
const blocks = readmeBlocks(new URL('../README.md', import.meta.url));
const env = { ...process.env };
const KEY = 'abcd1234';
const SECRET = 'Abcdef123456';
const BASIC = `Basic ${Buffer.from(`${KEY}:${SECRET}`).toString('base64')}`;
const modules = { '@acct/accounts': accountsModule, 'node:crypto': crypto };

beforeAll(() => {
  process.env.ACCT_API_KEY = KEY;
  process.env.ACCT_API_SECRET = SECRET;
});
afterEach(() => {
  process.env = { ...env, ACCT_API_KEY: KEY, ACCT_API_SECRET: SECRET };
});

/**
 * The emulator on the default hosts (the README's clients name none), holding the account the
 * environment names with a SECOND secret in place besides the one the client uses.
 */
function emulatorWithTwoSecrets(): Emulator {
  const emulator = new Emulator({
    accounts: [{ apiKey: KEY, secrets: [SECRET, 'Second2Secret'], autoReload: true }],
  });
  server.use(...createHandlers({ http, emulator }));
  return emulator;
}

/** Whether `secret` still authenticates `KEY` (asked of the emulator core directly). */
async function authenticates(emulator: Emulator, secret: string): Promise<boolean> {
  const res = await emulator.handle({
    method: 'GET',
    url: 'https://rest.nexmo.com/account/get-balance',
    headers: { authorization: `Basic ${Buffer.from(`${KEY}:${secret}`).toString('base64')}` },
  });
  return res.status === 200;
}

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
    expect(seen[0]!.headers.authorization).toBe(BASIC);
    expect(seen[0]!.headers['user-agent']).toBe(UA);
  });

  describe('the other operations, against the emulator with a second secret in place (issue 15)', () => {
    const block = () => blocks.find((b) => b.includes('rotateSecret'))!;

    it('revokes only the retired secret, never the one the client uses, and rotates', async () => {
      const emulator = emulatorWithTwoSecrets();
      const [current, second] = emulator.state.accounts[KEY]!.secrets;
      process.env.RETIRED_SECRET_ID = second!.id;
      const lines = await runBlock(block(), modules);
      const after = emulator.state.accounts[KEY]!.secrets;
      expect(after).toHaveLength(2);
      expect(after[0]).toEqual(current);
      const created = after[1]!;
      expect(lines).toEqual([
        'inbound SMS webhook: (none)',
        `secret ${current!.id} from ${current!.createdAt}`,
        `secret ${second!.id} from ${second!.createdAt}`,
        `created secret ${created.id}: store it, roll it out, then revoke the old one`,
      ]);
      expect(emulator.requests.filter((r) => r.method === 'DELETE').map((r) => r.path)).toEqual([
        `/accounts/${KEY}/secrets/${second!.id}`,
      ]);
      // the client's own secret still works, the retired one does not
      await expect(authenticates(emulator, SECRET)).resolves.toBe(true);
      await expect(authenticates(emulator, 'Second2Secret')).resolves.toBe(false);
    });

    it('changes nothing when no secret is named as retired and the key is full', async () => {
      const emulator = emulatorWithTwoSecrets();
      const before = emulator.state.accounts[KEY]!.secrets;
      delete process.env.RETIRED_SECRET_ID;
      const lines = await runBlock(block(), modules);
      expect(lines.at(-1)).toBe('already 2 secrets: revoke the retired one first');
      expect(emulator.state.accounts[KEY]!.secrets).toEqual(before);
      expect(emulator.requests.map((r) => r.method)).not.toContain('DELETE');
      await expect(authenticates(emulator, SECRET)).resolves.toBe(true);
    });
  });

  it('the block that changes the account runs as written against the emulator', async () => {
    const emulator = emulatorWithTwoSecrets();
    const block = blocks.find((b) => b.includes('topUpBalance') && !b.includes('startEmulator'))!;
    await runBlock(block, modules);
    expect(emulator.state.topUps.map((t) => t.trx)).toEqual(['8ef2447e69604f642ae59363aa5f781b']);
    expect(emulator.state.accounts[KEY]).toMatchObject({
      moCallbackUrl: 'https://example.com/webhooks/inbound-sms',
      drCallbackUrl: '',
    });
  });
});
