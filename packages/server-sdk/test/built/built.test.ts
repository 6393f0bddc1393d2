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
  const sdk = ${load};
  const acct = new sdk.Acct(
    { apiKey: ${JSON.stringify(DEMO_ACCOUNT.apiKey)}, apiSecret: ${JSON.stringify(DEMO_ACCOUNT.apiSecret)} },
    { restHost: process.env.EMU, apiHost: process.env.EMU },
  );
  const balance = await acct.accounts.getBalance();
  const list = await acct.secrets.listSecrets(${JSON.stringify(DEMO_ACCOUNT.apiKey)});
  const err = await acct.secrets.createSecret('acct-demo', 'weak').catch((e) => e);
  const names = Object.keys(sdk).sort();
  console.log(JSON.stringify({
    balance, count: list._embedded.secrets.length,
    err: [err instanceof sdk.ValidationError, sdk.isValidationError(err), err.code],
    names,
  }));
`;

const run = (args: string[]) =>
  runNodeJson<Record<string, unknown>>(args, { env: { EMU: emu.url } });

const expected = {
  balance: { value: DEMO_ACCOUNT.balance, autoReload: true },
  count: 1,
  err: [true, true, 'ACCT_VALIDATION'],
};

describe('built @acct/server-sdk', () => {
  it('works through require() and import(), with the same public names', async () => {
    const fromRequire = await run([
      '-e',
      `(async () => { ${script(`require(${JSON.stringify(cjs)})`)} })().catch((e) => { console.error(e); process.exit(1); })`,
    ]);
    const fromImport = await run([
      '--input-type=module',
      '-e',
      script(`await import(${JSON.stringify(esm)})`),
    ]);
    expect(fromRequire).toMatchObject(expected);
    expect(fromImport).toMatchObject(expected);
    expect(fromImport.names).toEqual(fromRequire.names);
    const names = fromImport.names as string[];
    for (const name of [
      'Acct',
      'Accounts',
      'Secrets',
      'Client',
      'Auth',
      'request',
      'HttpError',
      'AutoReloadNotEnabledError',
      'TopUpError',
      'MaximumSecretsError',
      'SecretRotationError',
      'resolveConfig',
      'transformers',
      'AuthenticationType',
      'MissingApiKeyError',
      'ValidationError',
    ]) {
      expect(names).toContain(name);
    }
  });
});
