import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startEmulator, type RunningEmulator } from '@acct/emulator';
import { formatBalance } from '@acct/cli';
import { demoEnv, runCli } from '../../helpers/spawn-cli';

const ROOT = fileURLToPath(new URL('../../../../..', import.meta.url));

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await emulator.close();
});

describe('acct tour (built bin: what npm start runs)', () => {
  it('walks the whole SDK against its own emulator and exits 0', async () => {
    const result = await runCli(['tour']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const out = result.stdout;
    const steps = [
      '1. Check the balance',
      '2. Point the webhooks at your handlers',
      '3. List the API secrets',
      '4. Rotate the secret',
      '5. Top up the balance (auto-reload is on)',
      '6. Check the final balance',
      '7. Catch a typed error',
    ];
    expect(out.split('\n').filter((line) => /^\d\. /.test(line))).toEqual(steps);
    expect(out).toContain(`   // ${formatBalance(10.5)}, auto-reload on\n`);
    expect(out).toContain('   // inbound SMS:       https://example.com/webhooks/inbound-sms\n');
    expect(out).toContain(
      '   // delivery receipts: https://example.com/webhooks/delivery-receipt\n',
    );
    expect(out).toMatch(
      / {3}\/\/ 1 secret \(ids only, never the values\):\n {3}\/\/ {3}[\w-]+ {2}created \S+\n/,
    );
    expect(out).toMatch(/ {3}\/\/ created [\w-]+; revoked [\w-]+\n/);
    expect(out).toContain(`   // the new secret works: ${formatBalance(10.5)}\n`);
    expect(out).toContain('   // the previous secret is refused: AuthenticationError (401)\n');
    expect(out).toContain('   // top-up accepted\n');
    expect(out).toContain(`   // ${formatBalance(20.5)} (was ${formatBalance(10.5)})\n`);
    expect(out).toContain('   // rejects with NotFoundError: status 404\n');
    expect(out).toMatch(/ {3}\/\/ detail: .*no-such-secret.*\n/);
    expect(
      out.endsWith(
        '\nTour complete. Next, from this repository: `npx -p @acct/cli acct emulator` runs this ' +
          'emulator for your own tests; `npx -p @acct/cli acct --help` lists every command.\n',
      ),
    ).toBe(true);
  });

  it('prints exactly the code it runs: the printed lines, run as a program, make the same requests', async () => {
    const tour = await runCli(['tour']);
    expect(tour.code).toBe(0);
    const url = /emulator at (http:\/\/127\.0\.0\.1:\d+)\n/.exec(tour.stdout)?.[1] ?? '';
    const code = tour.stdout
      .split('\n')
      .filter((line) => line.startsWith('   ') && !line.startsWith('   //'))
      .map((line) => line.slice(3))
      .join('\n');
    // after the rotation every call goes through the client built with the new secret
    expect(code).toContain(
      "const rotated = new Acct({ apiKey: 'acct-demo', apiSecret: newSecret }, { restHost, apiHost: restHost });",
    );
    expect(code).toContain("await rotated.accounts.topUpBalance('tour-trx-1');");
    expect(code).not.toContain('acct.accounts.topUpBalance');
    const fresh = await startEmulator({ port: 0, host: '127.0.0.1' });
    const dir = join(ROOT, 'node_modules/.cache/acct-cli-tour');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `tour-${process.pid}.mjs`);
    writeFileSync(file, code.replaceAll(url, fresh.url));
    try {
      // async: the emulator answers from this process, which must not block
      const run = await new Promise<[number | null, string, string]>((resolve) => {
        execFile(process.execPath, [file], { timeout: 20_000 }, (error, stdout, stderr) =>
          resolve([error === null ? 0 : (error.code as number | null), stdout, stderr]),
        );
      });
      expect(run).toEqual([0, '', '']);
      const seen = fresh.requests.map((r) => `${r.method} ${r.path} ${r.status}`);
      expect(seen.slice(0, 4)).toEqual([
        'GET /account/get-balance 200',
        'POST /account/settings 200',
        'POST /account/settings 200',
        'GET /accounts/acct-demo/secrets 200',
      ]);
      // between them, the requests rotateSecret() makes; then, with the new secret:
      expect(seen.slice(-5)).toEqual([
        'GET /account/get-balance 200',
        'GET /account/get-balance 401',
        'POST /account/top-up 200',
        'GET /account/get-balance 200',
        'GET /accounts/acct-demo/secrets/no-such-secret 404',
      ]);
      expect(seen.slice(4, -5)).toContain('POST /accounts/acct-demo/secrets 201');
      expect(fresh.state.topUps.map((t) => t.trx)).toEqual(['tour-trx-1']);
      expect(fresh.state.accounts['acct-demo']?.secrets).toHaveLength(1);
      expect(fresh.state.accounts['acct-demo']?.moCallbackUrl).toBe(
        'https://example.com/webhooks/inbound-sms',
      );
    } finally {
      rmSync(file, { force: true });
      await fresh.close();
    }
  });

  it('the code stays runnable when ACCT_API_SECRET holds the demo secret (public values are not scrubbed)', async () => {
    const result = await runCli(['tour'], { env: { ACCT_API_SECRET: 'Demo1Secret' } });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "   const acct = new Acct({ apiKey: 'acct-demo', apiSecret: 'Demo1Secret' }, { restHost, apiHost: restHost });\n",
    );
  });

  it('--json is refused with a clear message (the tour is for people), exit 2', async () => {
    expect(await runCli(['--json', 'tour'])).toEqual({
      code: 2,
      signal: null,
      stdout: '',
      stderr:
        JSON.stringify({
          error: {
            code: 'ACCT_CLI_USAGE',
            message:
              '`acct tour` is a walk-through for people and has no JSON form: run it without --json',
            status: null,
          },
        }) + '\n',
    });
  });

  it('--timeout is part of the printed client options, as it is of the real ones', async () => {
    const result = await runCli(['--timeout', '4000', 'tour']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "   const acct = new Acct({ apiKey: 'acct-demo', apiSecret: 'Demo1Secret' }, { restHost, apiHost: restHost, timeout: 4000 });\n",
    );
  });

  it('--live without credentials exits 2 saying what to set', async () => {
    const result = await runCli(['tour', '--live']);
    expect(result).toEqual({
      code: 2,
      signal: null,
      stdout: '',
      stderr:
        'error: tour --live needs your credentials: set ACCT_API_KEY and ACCT_API_SECRET (from your dashboard), then run it again\n',
    });
  });

  it('--live runs only the read-only steps against the configured hosts', async () => {
    const result = await runCli(['tour', '--live'], { env: demoEnv(emulator.url) });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      '\n1. Check the balance\n   const balance = await acct.accounts.getBalance();\n',
    );
    expect(result.stdout).toContain('\n2. Read the settings\n');
    expect(result.stdout).toContain('\n3. List the API secrets\n');
    expect(result.stdout).not.toContain('\n4.');
    expect(result.stdout).toContain('Live tour complete.');
    expect(emulator.requests.map((r) => r.method).sort()).toEqual(['GET', 'GET', 'POST']);
    expect(emulator.state.topUps).toHaveLength(0);
  });
});
