import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runCli } from '../helpers/spawn-cli';

const version = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
).version;

describe('the built bin', () => {
  it('--version prints the package version', async () => {
    expect(await runCli(['--version'])).toEqual({
      code: 0,
      signal: null,
      stdout: `${version}\n`,
      stderr: '',
    });
  });

  it('the committed bin shim that npm links runs the built program', () => {
    const shim = fileURLToPath(new URL('../../bin/acct.mjs', import.meta.url));
    const result = spawnSync(process.execPath, [shim, '--version'], {
      encoding: 'utf8',
      timeout: 15_000,
    });
    expect([result.status, result.stdout, result.stderr]).toEqual([0, `${version}\n`, '']);
  });

  it('--help lists every command, the environment and the exit codes', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    for (const name of ['balance', 'top-up', 'settings', 'secrets', 'emulator', 'tour']) {
      expect(result.stdout).toMatch(new RegExp(`\\n  ${name}\\b`));
    }
    expect(result.stdout).toContain('ACCT_API_KEY, ACCT_API_SECRET');
    expect(result.stdout).toContain(
      '0 success   1 API error   2 usage error   3 balance below --min   4 network error or timeout',
    );
  });
});
