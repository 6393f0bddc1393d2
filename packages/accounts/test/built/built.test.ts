import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_ACCOUNT, startEmulator, type RunningEmulator } from '@acct/emulator';
import { runNodeJson } from '../../../../test/support/run-node';

// Runs the BUILT package (dist/) in a plain Node process, by require() and by import(), so
// neither Jest's module mapping nor its loader is involved. `npm test` builds before Jest runs.
const cjs = new URL('../../dist/index.cjs', import.meta.url).pathname;
const esm = new URL('../../dist/index.mjs', import.meta.url).href;

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator({ port: 0 });
});
afterAll(() => emu.close());

const script = (load: string) => `
  const mod = ${load};
  const creds = { apiKey: ${JSON.stringify(DEMO_ACCOUNT.apiKey)}, apiSecret: ${JSON.stringify(DEMO_ACCOUNT.apiSecret)} };
  const options = { restHost: process.env.EMU, apiHost: process.env.EMU };
  const balance = await new mod.Accounts(creds, options).getBalance();
  const list = await new mod.Secrets(creds, options).listSecrets(creds.apiKey);
  const refused = await new mod.Accounts(new mod.Auth(creds), options)
    .topUpBalance('trx\\r\\n')
    .catch((e) => [e instanceof mod.ValidationError, e.invalidParameters[0].name]);
  const unauthenticated = await new mod.Accounts({ apiSecret: 'x' }, options)
    .getBalance()
    .catch((e) => e instanceof mod.MissingApiKeyError);
  console.log(JSON.stringify({
    balance,
    count: list._embedded.secrets.length,
    valid: mod.validateSecret('Abcdef123'),
    rules: mod.SECRET_RULES,
    refused,
    unauthenticated,
    reexported: ['AlgorithmTypes', 'ParseError', 'HttpError', 'isAuthError'].map((n) => typeof mod[n]),
  }));
`;

const run = (args: string[]) => runNodeJson(args, { env: { EMU: emu.url } });

const expected = {
  balance: { value: DEMO_ACCOUNT.balance, autoReload: true },
  count: 1,
  valid: [],
  rules: { minLength: 8, maxLength: 25 },
  refused: [true, 'trx'],
  unauthenticated: true,
  reexported: ['object', 'function', 'function', 'function'],
};

describe('built @acct/accounts', () => {
  it('works through require()', async () => {
    await expect(
      run([
        '-e',
        `(async () => { ${script(`require(${JSON.stringify(cjs)})`)} })().catch((e) => { console.error(e); process.exit(1); })`,
      ]),
    ).resolves.toEqual(expected);
  });

  it('works through import()', async () => {
    await expect(
      run(['--input-type=module', '-e', script(`await import(${JSON.stringify(esm)})`)]),
    ).resolves.toEqual(expected);
  });
});
