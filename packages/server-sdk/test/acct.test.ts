import { describe, expect, it, jest } from '@jest/globals';
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
  it('exposes accounts and secrets sharing one Auth, one config and one agent', async () => {
    const fetch = okFetch();
    const acct = new Acct({ apiKey: 'abcd1234', apiSecret: CANARY }, { fetch, timeout: 1234 });
    expect(acct.accounts).toBeInstanceOf(Accounts);
    expect(acct.secrets).toBeInstanceOf(Secrets);
    const a = acct.accounts.getConfig();
    const s = acct.secrets.getConfig();
    expect(a).toEqual(s);
    expect(a.agent).toBe(s.agent);
    expect(typeof a.agent).toBe('function');
    expect(a.timeout).toBe(1234);
    expect(acct.getConfig()).toEqual(a);
    await acct.accounts.getBalance();
    await acct.secrets.listSecrets('abcd1234');
    const agents = fetch.mock.calls.map(([, init]) => (init as { agent: unknown }).agent);
    expect(agents[0]).toBe(a.agent);
    expect(agents[1]).toBe(a.agent);
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
});
