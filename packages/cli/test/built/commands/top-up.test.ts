import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { startEmulator, type RunningEmulator } from '@acct/emulator';
import { CANARY, DEMO_SECRET, WARN_API_SECRET, demoEnv, runCli } from '../../helpers/spawn-cli';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await emulator.close();
});
beforeEach(() => emulator.reset());

describe('acct top-up (built bin)', () => {
  it('refuses without --yes when stdin is not a terminal, and charges nothing', async () => {
    const result = await runCli(['top-up', '--trx', 'trx-1', '--api-secret', CANARY], {
      env: demoEnv(emulator.url),
    });
    expect(result).toEqual({
      code: 2,
      signal: null,
      stdout: '',
      stderr: `${WARN_API_SECRET}error: refusing to top up without --yes: stdin is not a terminal\n`,
    });
    expect(emulator.state.topUps).toHaveLength(0);
  });

  it('tops up once with --yes', async () => {
    const result = await runCli(['top-up', '--trx', 'trx-1', '--yes'], {
      env: demoEnv(emulator.url),
    });
    expect(result).toEqual({
      code: 0,
      signal: null,
      stdout: 'Top-up accepted (transaction trx-1).\n',
      stderr: '',
    });
    expect(emulator.state.topUps.map((t) => [t.trx, t.balance])).toEqual([['trx-1', 20.5]]);
  });

  it('--json prints the raw response', async () => {
    const result = await runCli(['top-up', '--trx', 'trx-2', '-y', '--json'], {
      env: demoEnv(emulator.url),
    });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(expect.objectContaining({ 'error-code': '200' }));
    expect(result.stderr).toBe('');
  });

  it('exits 1 with the auto-reload hint when auto-reload is off, without printing the secret', async () => {
    emulator.inject({
      path: '/account/top-up',
      status: 401,
      body: { 'error-code': '401', 'error-code-label': 'not auto-reload enabled' },
    });
    const result = await runCli(
      ['top-up', '--trx', 'trx-3', '--yes', '--api-secret', DEMO_SECRET],
      {
        env: { ...demoEnv(emulator.url), ACCT_API_SECRET: CANARY },
      },
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^warning: --api-secret .+\nerror: API error 401 not auto-reload enabled\n(request id: [\w-]+\n)?hint: top-up needs auto-reload: turn it on in the dashboard\n$/,
    );
  });

  it('a connection lost after the top-up was sent: exit 4, never re-sent, hint to check the balance', async () => {
    emulator.inject({ path: '/account/top-up', dropConnection: true, commit: true });
    const result = await runCli(['top-up', '--trx', 'trx-4', '--yes'], {
      env: demoEnv(emulator.url),
    });
    expect(result.code).toBe(4);
    expect(result.stdout).toBe('');
    // the first line is the transport's account of the failure, without a package prefix
    expect(result.stderr).toMatch(/^error: [^\n[]*ECONNRESET[^\n]*\n/);
    expect(result.stderr.split('\n').slice(1)).toEqual([
      'hint: the top-up may have gone through: run `acct balance` before trying again (a second top-up charges twice)',
      '',
    ]);
    expect(emulator.state.topUps.map((t) => t.trx)).toEqual(['trx-4']);
  });

  it('a 503 on the top-up: exit 1, never re-sent, no "try again later"', async () => {
    emulator.inject({ path: '/account/top-up', status: 503 });
    const result = await runCli(['top-up', '--trx', 'trx-5', '--yes'], {
      env: demoEnv(emulator.url),
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^error: API error 503 [^\n]+\n(request id: [\w-]+\n)?hint: the top-up may have gone through: run `acct balance` before trying again \(a second top-up charges twice\)\n$/,
    );
    expect(emulator.requests.filter((r) => r.path === '/account/top-up')).toHaveLength(1);
  });
});
