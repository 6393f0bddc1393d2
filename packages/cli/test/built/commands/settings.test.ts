import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { startEmulator, type RunningEmulator } from '@acct/emulator';
import { CANARY, WARN_API_SECRET, demoEnv, runCli } from '../../helpers/spawn-cli';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await emulator.close();
});
beforeEach(() => emulator.reset());

describe('acct settings (built bin)', () => {
  it('sets one URL, keeps the other, and prints all the settings', async () => {
    const result = await runCli(['settings', '--mo-url', 'https://example.com/in'], {
      env: demoEnv(emulator.url),
    });
    expect(result).toEqual({
      code: 0,
      signal: null,
      stdout: [
        'Settings updated.',
        'Inbound SMS callback:      https://example.com/in',
        'Delivery receipt callback: (not set)',
        'Max outbound requests:     30',
        'Max inbound requests:      30',
        'Max calls per second:      30',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it("--json shows the raw settings; '' unsets a URL", async () => {
    await runCli(['settings', '--dr-url', 'https://example.com/dlr'], {
      env: demoEnv(emulator.url),
    });
    expect(emulator.state.accounts['acct-demo']?.drCallbackUrl).toBe('https://example.com/dlr');
    const result = await runCli(['--json', 'settings', '--dr-url', ''], {
      env: demoEnv(emulator.url),
    });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      'mo-callback-url': '',
      'dr-callback-url': '',
      'max-outbound-request': 30,
      'max-inbound-request': 30,
      'max-calls-per-second': 30,
    });
    expect(result.stderr).toBe('');
  });

  it('exits 2 on a URL that is not http(s), before any request, without printing the secret', async () => {
    const result = await runCli(['settings', '--mo-url', 'ftp://x', '--api-secret', CANARY], {
      env: demoEnv(emulator.url),
    });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `${WARN_API_SECRET}error: --mo-url must be an absolute http(s) URL, or '' to unset it\n`,
    );
    expect(emulator.requests).toHaveLength(0);
  });

  it('--mo-url not-a-url: one sentence naming the flag, no package prefix, no repeat (also in --json)', async () => {
    const result = await runCli(['settings', '--mo-url', 'not-a-url'], {
      env: demoEnv(emulator.url),
    });
    expect(result).toEqual({
      code: 2,
      signal: null,
      stdout: '',
      stderr: "error: --mo-url must be an absolute http(s) URL, or '' to unset it\n",
    });
    const json = await runCli(['--json', 'settings', '--dr-url', 'not-a-url'], {
      env: demoEnv(emulator.url),
    });
    expect(json).toEqual({
      code: 2,
      signal: null,
      stdout: '',
      stderr:
        JSON.stringify({
          error: {
            code: 'ACCT_VALIDATION',
            message: "--dr-url must be an absolute http(s) URL, or '' to unset it",
            status: null,
          },
        }) + '\n',
    });
    expect(emulator.requests).toHaveLength(0);
  });
});
