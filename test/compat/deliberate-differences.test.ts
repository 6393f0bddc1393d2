// The table "What stays different on purpose" of docs/guides/migrating-from-vonage.md, checked
// row by row with the peer's call shapes: each difference the guide promises holds, so a user
// switching from the peer SDK gets exactly the differences the guide lists.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEMO_ACCOUNT, startEmulator, type RunningEmulator } from '@acct/emulator';
import { Auth, InvalidApiKeyError } from '@acct/auth';
import { isAcctError, ValidationError } from '@acct/http';
import * as serverClient from '@acct/server-client';
import { AuthenticationType, Client } from '@acct/server-client';
import { Secrets } from '@acct/accounts';

const { apiKey, apiSecret } = DEMO_ACCOUNT;

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator({ port: 0 });
});
afterEach(() => emu.reset());
afterAll(() => emu.close());

/** One request as the emulator logged it. */
const logged = () =>
  emu.requests.map((r) => ({
    method: r.method,
    path: r.path,
    query: r.query,
    body: r.body,
    authorization: r.headers.authorization,
    apiKey: r.apiKey,
    status: r.status,
  }));

describe('createSecret checks the secret rules before any request', () => {
  it("refuses the peer tests' secret 'te5ts3cret!' (no upper case letter) and sends nothing", async () => {
    const secrets = new Secrets(new Auth({ apiKey, apiSecret }), { apiHost: emu.url });
    const err = await secrets.createSecret(apiKey, 'te5ts3cret!').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).invalidParameters.map((p) => p.name)).toEqual(['secret']);
    expect(emu.requests).toEqual([]);
  });
});

describe('error messages name the actual problem', () => {
  it('a number as apiKey: the constructor accepts it, the first call names apiKey and the type, never the secret', async () => {
    const auth = new Auth({ apiKey: 9081726 as unknown as string, apiSecret: 'Canary1Secret' });
    const err = await auth.createBasicHeader().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidApiKeyError);
    const { message } = err as InvalidApiKeyError;
    expect(message).toMatch(/\bapiKey\b/);
    expect(message).toMatch(/\bnumber\b/);
    expect(message).not.toContain('Canary1Secret');
    expect(message).not.toContain('9081726');
  });
});

describe('FileClient is not part of this API', () => {
  it('@acct/server-client has no FileClient', () => {
    expect(Object.keys(serverClient)).not.toContain('FileClient');
  });
});

describe('a secret never goes into a URL: every key-and-secret type sends Basic', () => {
  class QueryClient extends Client {
    protected override authType = AuthenticationType.QUERY_KEY_SECRET;
  }
  class KeySecretClient extends Client {
    protected override authType = AuthenticationType.KEY_SECRET;
  }

  it.each([
    ['QUERY_KEY_SECRET', QueryClient],
    ['KEY_SECRET', KeySecretClient],
  ])(
    '%s: a GET and a form POST carry the key and secret only in the Authorization header',
    async (_type, Kind) => {
      const client = new Kind(new Auth({ apiKey, apiSecret }), { restHost: emu.url });
      await client.sendGetRequest(`${emu.url}/account/get-balance`);
      await client.sendFormSubmitRequest(`${emu.url}/account/settings`, {
        moCallBackUrl: 'https://example.com/webhooks/inbound-sms',
      });
      expect(logged()).toEqual([
        {
          method: 'GET',
          path: '/account/get-balance',
          query: {},
          body: '',
          authorization: '[REDACTED]',
          apiKey,
          status: 200,
        },
        {
          method: 'POST',
          path: '/account/settings',
          query: {},
          body: 'moCallBackUrl=https%3A%2F%2Fexample.com%2Fwebhooks%2Finbound-sms',
          authorization: '[REDACTED]',
          apiKey,
          status: 200,
        },
      ]);
    },
  );
});

describe('redirects are never followed', () => {
  let redirecting: Server;
  let elsewhere: Server;
  let elsewhereHits: string[];
  let redirectHits: number;
  let target: string;
  let from: string;

  const listen = async (server: Server) => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  };

  beforeAll(async () => {
    elsewhere = createServer((req, res) => {
      elsewhereHits.push(`${req.method} ${req.url} ${req.headers.authorization ?? '-'}`);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"value":1}');
    });
    target = await listen(elsewhere);
    redirecting = createServer((req, res) => {
      redirectHits++;
      req.resume();
      res.writeHead(302, { location: `${target}/landing?api_secret=Leak1Secret` }).end();
    });
    from = await listen(redirecting);
  });
  beforeEach(() => {
    elsewhereHits = [];
    redirectHits = 0;
  });
  afterAll(async () => {
    await new Promise((resolve) => redirecting.close(resolve));
    await new Promise((resolve) => elsewhere.close(resolve));
  });

  it.each([
    ['GET', (c: Client) => c.sendGetRequest(`${from}/account/get-balance`)],
    ['POST', (c: Client) => c.sendFormSubmitRequest(`${from}/account/top-up`, { trx: 'order-42' })],
  ])(
    '%s answered 302 to another origin: a typed error naming the redacted Location, nothing sent there',
    async (_method, call) => {
      elsewhereHits = [];
      redirectHits = 0;
      const client = new Client(new Auth({ apiKey, apiSecret }), { restHost: from, retry: false });
      const err = await call(client).catch((e: unknown) => e);
      expect(elsewhereHits).toEqual([]);
      expect(redirectHits).toBe(1);
      expect(isAcctError(err)).toBe(true);
      const { message } = err as Error;
      expect(message).toContain(`${target}/landing`);
      expect(message).not.toContain('Leak1Secret');
      expect(message).not.toContain(apiSecret);
    },
  );
});
