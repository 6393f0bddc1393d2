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
    // the reason is the SDK's; the CLI's part: one line, naming the flag first, in its words
    expect(result.stderr.startsWith(`${WARN_API_SECRET}error: --mo-url must `)).toBe(true);
    expect(result.stderr.split('\n')).toHaveLength(3);
    expect(result.stderr).not.toMatch(/\[@acct|moCallBackUrl|callbacks/);
    expect(emulator.requests).toHaveLength(0);
  });

  it('--mo-url not-a-url: one sentence naming the flag, no package prefix, no repeat (also in --json)', async () => {
    const result = await runCli(['settings', '--mo-url', 'not-a-url'], {
      env: demoEnv(emulator.url),
    });
    expect([result.code, result.stdout]).toEqual([2, '']);
    const [line, ...rest] = result.stderr.split('\n');
    expect(line).toMatch(/^error: --mo-url must [^\n]+$/);
    expect(rest).toEqual(['']);
    expect(line).not.toMatch(/\[@acct|moCallBackUrl|callbacks|\(\)/);
    // said once: the reason does not come back as a second sentence
    const reason = (line ?? '').replace('error: --mo-url ', '');
    expect(result.stderr.split(reason)).toHaveLength(2);
    const json = await runCli(['--json', 'settings', '--dr-url', 'not-a-url'], {
      env: demoEnv(emulator.url),
    });
    expect([json.code, json.stdout]).toEqual([2, '']);
    expect(json.stderr.endsWith('\n')).toBe(true);
    expect(json.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(JSON.parse(json.stderr)).toEqual({
      error: {
        code: 'ACCT_VALIDATION',
        message: expect.stringMatching(/^--dr-url must /),
        status: null,
      },
    });
    expect(emulator.requests).toHaveLength(0);
  });
});
