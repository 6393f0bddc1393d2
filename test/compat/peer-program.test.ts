// Issue 14: a user of the peer SDK switches to acct by renaming the imports. A typical program
// written for the peer (peer-program.cjs: the peer's names, constructor and call shapes, error
// handling through `err.response`) runs against the emulator on 127.0.0.1, in a plain Node
// process that loads the BUILT packages by name, once by require() (dist/index.cjs) and once
// by import() (dist/index.mjs). `npm test` builds before Jest runs.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_ACCOUNT, startEmulator, type RunningEmulator } from '@acct/emulator';
import { fileURLToPath } from 'node:url';
import { runNodeJson } from '../support/run-node';

const root = fileURLToPath(new URL('../..', import.meta.url));
const program = JSON.stringify('./test/compat/peer-program.cjs');

/** What the child prints: where each package was loaded from, and the program's steps. */
interface Output {
  loaded: { accounts: string; auth: string };
  steps: Record<string, unknown>;
}

// The loading code of each module system; the program body is the same.
const viaRequire = `
  const program = require(${program});
  const { Accounts, Secrets } = require('@acct/accounts');
  const { Auth } = require('@acct/auth');
  const env = JSON.parse(process.env.PEER_ENV);
  program({ Accounts, Secrets, Auth }, env).then((steps) => {
    const loaded = { accounts: require.resolve('@acct/accounts'), auth: require.resolve('@acct/auth') };
    console.log(JSON.stringify({ loaded, steps }));
  }, (e) => { console.error(e); process.exit(1); });
`;
const viaImport = `
  const { default: program } = await import(${program});
  const { Accounts, Secrets } = await import('@acct/accounts');
  const { Auth } = await import('@acct/auth');
  const steps = await program({ Accounts, Secrets, Auth }, JSON.parse(process.env.PEER_ENV));
  const loaded = { accounts: import.meta.resolve('@acct/accounts'), auth: import.meta.resolve('@acct/auth') };
  console.log(JSON.stringify({ loaded, steps }));
`;

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator({ port: 0 });
});
afterAll(() => emu.close());

/** Runs the program in a child process against a freshly reset emulator. */
async function runProgram(args: string[]): Promise<{ output: Output; log: string[] }> {
  emu.reset();
  const env = { host: emu.url, apiKey: DEMO_ACCOUNT.apiKey, apiSecret: DEMO_ACCOUNT.apiSecret };
  const output = await runNodeJson<Output>(args, {
    cwd: root,
    env: { PEER_ENV: JSON.stringify(env) },
  });
  // each request as the emulator saw it: method, path (ids generalised), status, query, body
  const log = emu.requests.map(
    (r) =>
      `${r.method} ${r.path.replace(/secrets\/[0-9a-f-]{36}$/, 'secrets/:id')} ${r.status} ` +
      `query=${JSON.stringify(r.query)} body=${r.body}`,
  );
  return { output, log };
}

const createdId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe.each([
  ['require()', ['-e', viaRequire], /\/packages\/(accounts|auth)\/dist\/index\.cjs$/],
  [
    'import()',
    ['--input-type=module', '-e', viaImport],
    /\/packages\/(accounts|auth)\/dist\/index\.mjs$/,
  ],
])('a peer-style program through %s', (_how, args, builtFile) => {
  let output: Output;
  let log: string[];
  beforeAll(async () => {
    ({ output, log } = await runProgram(args));
  }, 30_000);

  it('loads the built packages', () => {
    expect(output.loaded.accounts).toMatch(builtFile);
    expect(output.loaded.auth).toMatch(builtFile);
  });

  it('reads the balance, tops up and reads it again', () => {
    expect(output.steps.balance).toEqual({ value: DEMO_ACCOUNT.balance, autoReload: true });
    expect(output.steps.topUp).toEqual({ 'error-code': '200', 'error-code-label': 'success' });
    expect(output.steps.balanceAfterTopUp).toBe(DEMO_ACCOUNT.balance + 10);
  });

  it('updates the inbound SMS callback', () => {
    expect(output.steps.callbacks).toEqual({
      'mo-callback-url': 'https://example.com/webhooks/inbound-sms',
      'dr-callback-url': '',
      'max-outbound-request': 30,
      'max-inbound-request': 30,
      'max-calls-per-second': 30,
    });
  });

  it('lists, creates, gets and deletes a secret', () => {
    const secrets = output.steps.secrets as { createdId: string };
    expect(secrets.createdId).toMatch(createdId);
    expect(secrets).toEqual({
      before: 1,
      during: 2,
      after: 1,
      createdListed: true,
      createdGone: true,
      fetched: { sameId: true, sameCreatedAt: true },
      selfLink: `/accounts/${DEMO_ACCOUNT.apiKey}/secrets/${secrets.createdId}`,
      createdId: secrets.createdId,
      deleted: 'undefined',
    });
  });

  it('handles a 401 through err.response.status and await err.response.json()', () => {
    expect(output.steps.unauthorized).toEqual({
      status: 401,
      statusText: 'Unauthorized',
      body: { 'error-code': '401', 'error-code-label': 'authentication failed' },
    });
  });

  it("keeps acct's own error fields on that 401, with the wrong secret nowhere in the error", () => {
    expect(output.steps.unauthorizedOwnFields).toEqual({
      name: 'AuthenticationError',
      status: 401,
      errorCode: '401',
      secretIn: [],
    });
  });

  it('tells a 404 apart through err.response.status and reads its problem body', () => {
    expect(output.steps.notFound).toEqual({
      status: 404,
      title: 'Invalid ID',
      detail: "ID 'no-such-id' could not be found",
    });
  });

  it('sent every credential in the Authorization header: no secret in a URL or a body', () => {
    expect(log).toEqual([
      'GET /account/get-balance 200 query={} body=',
      'POST /account/top-up 200 query={} body=trx=8ef2447e69604f642ae59363aa5f781b',
      'GET /account/get-balance 200 query={} body=',
      'POST /account/settings 200 query={} body=moCallBackUrl=https%3A%2F%2Fexample.com%2Fwebhooks%2Finbound-sms',
      `GET /accounts/${DEMO_ACCOUNT.apiKey}/secrets 200 query={} body=`,
      `POST /accounts/${DEMO_ACCOUNT.apiKey}/secrets 201 query={} body={"secret":"[REDACTED]"}`,
      `GET /accounts/${DEMO_ACCOUNT.apiKey}/secrets/:id 200 query={} body=`,
      `GET /accounts/${DEMO_ACCOUNT.apiKey}/secrets 200 query={} body=`,
      `DELETE /accounts/${DEMO_ACCOUNT.apiKey}/secrets/:id 204 query={} body=`,
      `GET /accounts/${DEMO_ACCOUNT.apiKey}/secrets 200 query={} body=`,
      'GET /account/get-balance 401 query={} body=',
      'GET /account/get-balance 401 query={} body=',
      `GET /accounts/${DEMO_ACCOUNT.apiKey}/secrets/no-such-id 404 query={} body=`,
    ]);
  });
});
