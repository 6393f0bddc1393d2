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

  it('-v and -V print the version too, like --version', async () => {
    for (const flag of ['-v', '-V']) {
      expect(await runCli([flag])).toEqual({
        code: 0,
        signal: null,
        stdout: `${version}\n`,
        stderr: '',
      });
    }
  });

  it('the help of secrets create and rotate names the stdin alternative beside --secret', async () => {
    for (const command of ['create', 'rotate']) {
      const result = await runCli(['secrets', command, '--help']);
      expect(result.code).toBe(0);
      expect(result.stdout.replace(/\s+/g, ' ')).toContain(
        ' --secret <value> the new secret (discouraged: argv is visible to other users in ps; use --secret-stdin) ',
      );
    }
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
    // every secret flag has its alternative beside it
    expect(result.stdout).toContain(
      '  --api-secret <secret>  API secret (or: ACCT_API_SECRET, preferred: argv is\n' +
        '                         visible to other users in ps)\n',
    );
    expect(result.stdout).toContain(
      '  ACCT_API_SECRET     --api-secret (prefer the variable: argv is visible to other users in ps)\n',
    );
    expect(result.stdout).toContain(
      '  A new secret (secrets create/rotate): --secret-stdin or the hidden prompt, not --secret.\n',
    );
    expect(result.stdout).toContain(
      '0 success   1 API error   2 usage error   3 balance below --min   4 network error or timeout',
    );
  });
});
