import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startEmulator, type RunningEmulator } from '@acct/emulator';
import { formatBalance } from '@acct/cli';
import { demoEnv, runCli } from '../../helpers/spawn-cli';

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
    for (const step of steps) expect(out).toContain(`\n${step}\n`);
    expect(out).toContain(`   ${formatBalance(10.5)}, auto-reload on\n`);
    expect(out).toContain('   inbound SMS:       https://example.com/webhooks/inbound-sms\n');
    expect(out).toContain('   delivery receipts: https://example.com/webhooks/delivery-receipt\n');
    expect(out).toMatch(
      / {3}1 secret \(ids only, never the values\):\n {5}[\w-]+ {2}created \S+\n/,
    );
    expect(out).toMatch(/ {3}created [\w-]+; new secret \(a demo value\): Rotated2Secret\n/);
    expect(out).toContain(
      `   the new secret works: a balance call with it answers ${formatBalance(10.5)}\n`,
    );
    expect(out).toContain('   the previous secret is refused: AuthenticationError (401)\n');
    expect(out).toContain('   top-up accepted\n');
    expect(out).toContain(`   ${formatBalance(20.5)} (was ${formatBalance(10.5)})\n`);
    expect(out).toContain('   rejects with NotFoundError: status 404\n');
    expect(out).toMatch(/ {3}detail: .*no-such-secret.*\n/);
    expect(out).toContain('\nTour complete.');
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
    expect(result.stdout).toContain('\n1. Check the balance\n');
    expect(result.stdout).toContain('\n2. Read the settings\n');
    expect(result.stdout).toContain('\n3. List the API secrets\n');
    expect(result.stdout).not.toContain('\n4.');
    expect(result.stdout).toContain('Live tour complete.');
    expect(emulator.requests.map((r) => r.method).sort()).toEqual(['GET', 'GET', 'POST']);
    expect(emulator.state.topUps).toHaveLength(0);
  });
});
