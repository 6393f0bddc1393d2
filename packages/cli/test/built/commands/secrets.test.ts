import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { startEmulator, type RunningEmulator } from '@acct/emulator';
import { Acct } from '@acct/server-sdk';
import {
  CANARY,
  DEMO_KEY,
  WARN_API_SECRET,
  WARN_SECRET,
  demoEnv,
  runCli,
} from '../../helpers/spawn-cli';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await emulator.close();
});
beforeEach(() => emulator.reset());

const secretIds = (): string[] => emulator.state.accounts[DEMO_KEY]?.secrets.map((s) => s.id) ?? [];

describe('acct secrets (built bin)', () => {
  it('list --json prints the raw list; get prints one secret', async () => {
    const [id] = secretIds();
    const list = await runCli(['secrets', 'list', '--json'], { env: demoEnv(emulator.url) });
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout)._embedded.secrets.map((s: { id: string }) => s.id)).toEqual([
      id,
    ]);
    expect(list.stderr).toBe('');
    const created = emulator.state.accounts[DEMO_KEY]?.secrets[0]?.createdAt;
    const get = await runCli(['secrets', 'get', String(id)], { env: demoEnv(emulator.url) });
    expect(get).toEqual({
      code: 0,
      signal: null,
      stdout: `Secret ${id}\nCreated: ${created}\n`,
      stderr: '',
    });
  });

  it('get of an unknown id exits 1 with status, title, detail and hint', async () => {
    const result = await runCli(
      ['secrets', 'get', 'no-such-id', '--api-secret', CANARY, '--api-key', DEMO_KEY],
      {
        env: { ...demoEnv(emulator.url), ACCT_API_SECRET: 'Demo1Secret' },
      },
    );
    expect(result.code).toBe(1);
    expect(result.stderr.startsWith(`${WARN_API_SECRET}error: API error 401 `)).toBe(true);
    expect(result.stderr).not.toContain(CANARY);
    const notFound = await runCli(['secrets', 'get', 'no-such-id'], { env: demoEnv(emulator.url) });
    expect(notFound.code).toBe(1);
    expect(notFound.stdout).toBe('');
    expect(notFound.stderr).toMatch(
      /^error: API error 404 .*no-such-id.*\nrequest id: [\w-]+\nhint: check the id, and --api-key-of when it belongs to another account\n$/,
    );
  });

  it('create reads the secret from stdin and never prints it', async () => {
    const result = await runCli(['secrets', 'create', '--secret-stdin'], {
      env: demoEnv(emulator.url),
      stdin: 'Second2Secret\n',
    });
    const ids = secretIds();
    expect(ids).toHaveLength(2);
    const created = emulator.state.accounts[DEMO_KEY]?.secrets[1];
    expect(result).toEqual({
      code: 0,
      signal: null,
      stdout: `Created secret ${created?.id} (created ${created?.createdAt}).\n`,
      stderr: '',
    });
  });

  it('create refuses an invalid secret before any request (exit 2), warns about --secret, never prints it', async () => {
    const invalid = 'canary-not-valid';
    const result = await runCli(['secrets', 'create', '--secret', invalid], {
      env: demoEnv(emulator.url),
    });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    // the rules are the SDK's; the CLI names the flag the secret came from, on one line
    expect(result.stderr.startsWith(`${WARN_SECRET}error: the new secret (--secret) must `)).toBe(
      true,
    );
    expect(result.stderr.split('\n')).toHaveLength(3);
    expect(result.stderr).not.toMatch(/\[@acct|\n {2}secret:/);
    expect(result.stderr).not.toContain(invalid);
    expect(emulator.requests).toHaveLength(0);
    const none = await runCli(['secrets', 'create', '--api-secret', CANARY], {
      env: demoEnv(emulator.url),
    });
    expect(none).toEqual({
      code: 2,
      signal: null,
      stdout: '',
      stderr: `${WARN_API_SECRET}error: no new secret: pipe it with --secret-stdin, or run on a terminal to be prompted\n`,
    });
  });

  it('revoke refuses without --yes off a terminal, and revokes with it', async () => {
    await runCli(['secrets', 'create', '--secret-stdin'], {
      env: demoEnv(emulator.url),
      stdin: 'Second2Secret\n',
    });
    const [first, second] = secretIds();
    const refused = await runCli(['secrets', 'revoke', String(second), '--api-secret', CANARY], {
      env: demoEnv(emulator.url),
    });
    expect(refused).toEqual({
      code: 2,
      signal: null,
      stdout: '',
      stderr: `${WARN_API_SECRET}error: refusing to revoke a secret without --yes: stdin is not a terminal\n`,
    });
    const revoked = await runCli(['secrets', 'revoke', String(second), '--yes'], {
      env: demoEnv(emulator.url),
    });
    expect(revoked).toEqual({
      code: 0,
      signal: null,
      stdout: `Revoked secret ${second}.\n`,
      stderr: '',
    });
    expect(secretIds()).toEqual([first]);
  });

  it('rotate prints the new secret exactly once, on stdout only; the new one works, the old one is revoked', async () => {
    const [old] = secretIds();
    const result = await runCli(
      ['secrets', 'rotate', '--secret-stdin', '--revoke-previous', '--yes'],
      {
        env: demoEnv(emulator.url),
        stdin: 'Rotated3Secret\n',
      },
    );
    const [created] = secretIds();
    expect(result).toEqual({
      code: 0,
      signal: null,
      stdout: 'Rotated3Secret\n',
      stderr: [
        `Created secret ${created}; it authenticates.`,
        `Revoked the previous secret: ${old}.`,
        'The new secret (shown once, on stdout):',
        '',
      ].join('\n'),
    });
    const options = { restHost: emulator.url, apiHost: emulator.url };
    await expect(
      new Acct({ apiKey: DEMO_KEY, apiSecret: 'Rotated3Secret' }, options).accounts.getBalance(),
    ).resolves.toEqual({
      value: 10.5,
      autoReload: true,
    });
  });

  it('rotate --json holds the new secret once; --revoke-previous off a terminal needs --yes', async () => {
    const env = demoEnv(emulator.url);
    const refused = await runCli(['secrets', 'rotate', '--secret-stdin', '--revoke-previous'], {
      env,
      stdin: 'Rotated3Secret\n',
    });
    expect(refused.code).toBe(2);
    expect(refused.stdout + refused.stderr).not.toContain('Rotated3Secret');
    const [old] = secretIds();
    const result = await runCli(['--json', 'secrets', 'rotate', '--secret-stdin'], {
      env,
      stdin: 'Rotated3Secret\n',
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.split('Rotated3Secret')).toHaveLength(2);
    const parsed = JSON.parse(result.stdout);
    expect(parsed).toEqual({
      created: expect.objectContaining({ id: secretIds()[1] }),
      revoked: [],
      secret: 'Rotated3Secret',
    });
    expect(secretIds()[0]).toBe(old);
  });

  it('rotate on a full account says which command frees a slot: acct secrets revoke <id>', async () => {
    await runCli(['secrets', 'create', '--secret-stdin'], {
      env: demoEnv(emulator.url),
      stdin: 'Second2Secret\n',
    });
    const [first, second] = secretIds();
    const result = await runCli(['secrets', 'rotate', '--secret-stdin'], {
      env: demoEnv(emulator.url),
      stdin: 'Third3Secret\n',
    });
    expect(result).toEqual({
      code: 1,
      signal: null,
      stdout: '',
      stderr:
        `error: acct-demo already has 2 secrets, the most it may have: revoke one with ` +
        `\`acct secrets revoke <id>\` first (ids: ${first}, ${second})\n`,
    });
    expect(result.stderr).not.toMatch(/deleteSecret|\[@acct/);
    expect(secretIds()).toEqual([first, second]);
  });

  it('a 403 on secrets create comes with a hint: the account is full, or the key may not manage it', async () => {
    await runCli(['secrets', 'create', '--secret-stdin'], {
      env: demoEnv(emulator.url),
      stdin: 'Second2Secret\n',
    });
    const result = await runCli(['secrets', 'create', '--secret-stdin'], {
      env: demoEnv(emulator.url),
      stdin: 'Third3Secret\n',
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^error: API error 403 [^\n]+\nrequest id: \w+\n/);
    expect(result.stderr).toMatch(
      /\nhint: the account may already hold 2 secrets, the most allowed: revoke one with `acct secrets revoke <id>` first; or this API key may not manage the secrets of that account \(a sub-account key, or the wrong key\): check ACCT_API_KEY \(or --api-key\) and --api-key-of\n$/,
    );
    expect(result.stderr).not.toContain('Third3Secret');
  });
});
