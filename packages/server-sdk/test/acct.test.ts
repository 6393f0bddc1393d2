import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { inspect } from 'node:util';
import {
  Accounts,
  Acct,
  Auth,
  resolveConfig,
  Secrets,
  type AuthInterface,
  type FetchLike,
} from '@acct/server-sdk';

const CANARY = 'Canary9Zebra7Secret';

const okFetch = () =>
  jest.fn<FetchLike>(async () => ({
    status: 200,
    statusText: 'OK',
    headers: new Headers({ 'content-type': 'application/json' }),
    text: async () => '{"value":1,"autoReload":false,"_embedded":{"secrets":[]},"_links":{}}',
  }));

describe('Acct', () => {
  it('exposes accounts and secrets sharing one config', async () => {
    const fetch = okFetch();
    const acct = new Acct({ apiKey: 'abcd1234', apiSecret: CANARY }, { fetch, timeout: 1234 });
    expect(acct.accounts).toBeInstanceOf(Accounts);
    expect(acct.secrets).toBeInstanceOf(Secrets);
    const a = acct.accounts.getConfig();
    expect(acct.secrets.getConfig()).toEqual(a);
    expect(a.timeout).toBe(1234);
    expect(acct.getConfig()).toEqual(a);
    await acct.accounts.getBalance();
    await acct.secrets.listSecrets('abcd1234');
    const inits = fetch.mock.calls.map(([, init]) => init as Record<string, unknown>);
    expect(inits.map((i) => i.redirect)).toEqual(['manual', 'manual']);
    expect(inits.map((i) => 'agent' in i)).toEqual([false, false]);
  });

  it('uses one given Auth for both clients', async () => {
    const auth = new Auth({ apiKey: 'abcd1234', apiSecret: CANARY });
    const spy = jest.spyOn(auth, 'createBasicHeader');
    const acct = new Acct(auth, { fetch: okFetch() });
    await acct.accounts.getBalance();
    await acct.secrets.listSecrets('abcd1234');
    expect(spy).toHaveBeenCalledTimes(2);
  });

  it('accepts any AuthInterface and a given agent', async () => {
    const auth: AuthInterface = {
      getQueryParams: async (p) => ({ ...p, api_key: 'k', api_secret: 's' }) as never,
      createBasicHeader: async () => 'Basic custom',
      createBearerHeader: async () => 'Bearer x',
      createSignatureHash: async (p) => p as never,
    };
    const fetch = okFetch();
    const agent = () => undefined;
    const acct = new Acct(auth, { fetch, agent });
    await acct.accounts.getBalance();
    const init = fetch.mock.calls[0]![1] as { headers: Record<string, string>; agent: unknown };
    expect(init.headers.authorization).toBe('Basic custom');
    expect(init.agent).toBe(agent);
  });

  it('accepts an already resolved config', () => {
    const config = resolveConfig({ agent: () => undefined, restHost: 'http://127.0.0.1:1' });
    const acct = new Acct({ apiKey: 'k', apiSecret: CANARY }, config);
    expect(acct.getConfig()).toEqual(config);
  });

  it('never shows a credential in util.inspect or JSON.stringify', () => {
    const acct = new Acct({ apiKey: 'abcd1234', apiSecret: CANARY });
    const shown = inspect(acct, { depth: Infinity, showHidden: true });
    expect(shown).toContain("Acct {\n  accounts: Accounts {\n    authType: 'basic',");
    expect(shown).not.toContain(CANARY);
    expect(JSON.stringify(acct)).not.toContain(CANARY);
    expect(JSON.parse(JSON.stringify(acct))).toEqual({
      accounts: acct.accounts.toJSON(),
      secrets: acct.secrets.toJSON(),
    });
  });

  describe('credentials and hosts from the environment', () => {
    const NAMES = ['ACCT_API_KEY', 'ACCT_API_SECRET', 'ACCT_REST_HOST', 'ACCT_API_HOST'];
    const saved = new Map<string, string | undefined>();
    beforeEach(() => {
      for (const name of NAMES) saved.set(name, process.env[name]);
      process.env.ACCT_API_KEY = 'envkey12';
      process.env.ACCT_API_SECRET = CANARY;
      process.env.ACCT_REST_HOST = 'http://127.0.0.1:4010';
      process.env.ACCT_API_HOST = 'http://127.0.0.1:4011';
    });
    afterEach(() => {
      for (const [name, value] of saved) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    });
    const basic = (key: string, secret: string) =>
      `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`;

    it('new Acct() reads all four when it is built', async () => {
      const fetch = okFetch();
      const acct = new Acct(undefined, { fetch });
      process.env.ACCT_API_KEY = 'changed1'; // read at construction, not at call time
      await acct.accounts.getBalance();
      await acct.secrets.listSecrets('envkey12');
      const calls = fetch.mock.calls.map(([url, init]) => [
        url,
        (init as { headers: Record<string, string> }).headers.authorization,
      ]);
      expect(calls).toEqual([
        ['http://127.0.0.1:4010/account/get-balance', basic('envkey12', CANARY)],
        ['http://127.0.0.1:4011/accounts/envkey12/secrets', basic('envkey12', CANARY)],
      ]);
    });

    it('explicit arguments win over the environment', async () => {
      const fetch = okFetch();
      const acct = new Acct(
        { apiKey: 'given123', apiSecret: 'Given1Secret' },
        { fetch, restHost: 'https://rest.example' },
      );
      await acct.accounts.getBalance();
      const [url, init] = fetch.mock.calls[0]!;
      expect(url).toBe('https://rest.example/account/get-balance');
      expect((init as { headers: Record<string, string> }).headers.authorization).toBe(
        basic('given123', 'Given1Secret'),
      );
      expect(acct.secrets.getConfig().apiHost).toBe('http://127.0.0.1:4011');
    });

    it('a key passed without a secret takes the secret from the environment', async () => {
      const fetch = okFetch();
      await new Acct({ apiKey: 'given123' }, { fetch }).accounts.getBalance();
      const init = fetch.mock.calls[0]![1] as { headers: Record<string, string> };
      expect(init.headers.authorization).toBe(basic('given123', CANARY));
    });
  });
});
