import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { startEmulator, type RunningEmulator } from '@acct/emulator';
import { formatBalance } from '@acct/cli';
import {
  CANARY,
  DEMO_SECRET,
  WARN_API_SECRET,
  closedPort,
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

const HINT_401 = 'hint: check ACCT_API_KEY/ACCT_API_SECRET (or --api-key/--api-secret)';

describe('acct balance (built bin, real process, emulator over real sockets)', () => {
  it('prints the balance in EUR and the auto-reload state', async () => {
    const result = await runCli(['balance'], { env: demoEnv(emulator.url) });
    expect(result).toEqual({
      code: 0,
      signal: null,
      stdout: `Balance: ${formatBalance(10.5)}\nAuto-reload: on\n`,
      stderr: '',
    });
  });

  it('--json prints the raw response and nothing else', async () => {
    const result = await runCli(['--json', 'balance'], { env: demoEnv(emulator.url) });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ value: 10.5, autoReload: true });
    expect(result.stderr).toBe('');
  });

  it('flags win over the environment', async () => {
    const env = { ...demoEnv(emulator.url), ACCT_API_SECRET: 'Wrong1Secret' };
    const result = await runCli(['balance', '--api-secret', DEMO_SECRET, '--json'], { env });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ value: 10.5, autoReload: true });
  });

  it('exits 1 on a 401 with the hint, without printing the secret', async () => {
    const result = await runCli(['--api-secret', CANARY, 'balance'], {
      env: demoEnv(emulator.url),
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      new RegExp(
        `^${escape(WARN_API_SECRET)}error: API error 401 authentication failed\\nrequest id: [\\w-]+\\n${escape(HINT_401)}\\n$`,
      ),
    );
    expect(result.stderr + result.stdout).not.toContain(CANARY);
  });

  it('exits 3 when the balance is below --min, and 0 when it is not', async () => {
    const below = await runCli(['balance', '--min', '20', '--api-secret', DEMO_SECRET], {
      env: demoEnv(emulator.url),
    });
    expect(below).toEqual({
      code: 3,
      signal: null,
      stdout: `Balance: ${formatBalance(10.5)}\nAuto-reload: on\n`,
      stderr: `${WARN_API_SECRET}error: balance ${formatBalance(10.5)} is below the minimum of ${formatBalance(20)}\n`,
    });
  });

  it('exits 2 on a usage error, without printing the secret', async () => {
    const result = await runCli(['balance', '--min', 'lots', '--api-secret', CANARY], {
      env: demoEnv(emulator.url),
    });
    expect(result).toEqual({
      code: 2,
      signal: null,
      stdout: '',
      stderr: `${WARN_API_SECRET}error: --min must be an amount of euros from 0 to 1000000000, such as 25 or 12.50 (got a string of 4 characters)\n`,
    });
    const missing = await runCli(['balance'], { env: { ACCT_API_KEY: 'acct-demo' } });
    expect(missing).toEqual({
      code: 2,
      signal: null,
      stdout: '',
      stderr:
        'error: no API secret: set ACCT_API_SECRET (not --api-secret: argv is visible to other users)\n',
    });
  });

  it('exits 4 when nothing listens on the host, without printing the secret', async () => {
    const port = await closedPort();
    const result = await runCli(
      ['balance', '--rest-host', `http://127.0.0.1:${port}`, '--api-secret', CANARY],
      {
        env: demoEnv(emulator.url),
      },
    );
    expect(result.code).toBe(4);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^warning: --api-secret .+\nerror: .+\nhint: check your network and the hosts \(--rest-host\/--api-host, ACCT_REST_HOST\/ACCT_API_HOST\)\n$/,
    );
    expect(result.stderr).not.toContain(CANARY);
  });

  it('exits 4 when the service does not answer within --timeout, without printing the secret', async () => {
    emulator.inject({ path: '/account/get-balance', delayMs: 1500, times: 10 });
    const result = await runCli(['balance', '--timeout', '100', '--api-secret', CANARY], {
      env: { ...demoEnv(emulator.url) },
    });
    expect(result.code).toBe(4);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^warning: --api-secret .+\nerror: .+\nhint: the service did not answer in time; raise --timeout or check the host\n$/,
    );
    expect(result.stderr).not.toContain(CANARY);
  });

  it('--json: every failure is one JSON line on stderr, and the exit code is the documented one', async () => {
    const env = demoEnv(emulator.url);
    const denied = await runCli(['--json', 'balance'], {
      env: { ...env, ACCT_API_SECRET: 'Wrong1Secret' },
    });
    expect([denied.code, denied.stdout]).toEqual([1, '']);
    expect(JSON.parse(denied.stderr)).toEqual({
      error: {
        code: 'ACCT_HTTP_AUTHENTICATION',
        message: expect.stringMatching(/^API error 401 authentication failed; request id: \w+$/),
        status: 401,
        hint: 'check ACCT_API_KEY/ACCT_API_SECRET (or --api-key/--api-secret)',
      },
    });
    const below = await runCli(['--json', 'balance', '--min', '20'], { env });
    expect(below.code).toBe(3);
    expect(JSON.parse(below.stdout)).toEqual({ value: 10.5, autoReload: true });
    expect(JSON.parse(below.stderr)).toEqual({
      error: {
        code: 'ACCT_CLI_BELOW_MINIMUM',
        message: `balance ${formatBalance(10.5)} is below the minimum of ${formatBalance(20)}`,
        status: null,
      },
    });
    const port = await closedPort();
    const down = await runCli(['--json', 'balance', '--rest-host', `http://127.0.0.1:${port}`], {
      env,
    });
    expect([down.code, down.stdout]).toEqual([4, '']);
    expect(JSON.parse(down.stderr)).toEqual({
      error: {
        code: 'ACCT_NETWORK',
        message: expect.stringContaining('ECONNREFUSED'),
        status: null,
        hint: 'check your network and the hosts (--rest-host/--api-host, ACCT_REST_HOST/ACCT_API_HOST)',
      },
    });
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
