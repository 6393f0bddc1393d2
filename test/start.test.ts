// `npm start`, the first command of the README, run as a user runs it. The test command has
// built every package before Jest, so it goes straight to the tour. Its closing hint must work
// from the root of a fresh clone, where `acct` is not on the PATH: each command it suggests is
// run here, from the repository root, exactly as printed.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function npmStart(args: string[] = []): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['start', '--silent', ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * Runs a shell command line from the repository root with a PATH that has no `acct` on it (as
 * after `npm ci`); `until` ends it (SIGINT to its process group) once stdout matches.
 */
function shell(line: string, until?: RegExp): Promise<Run> {
  const path = (process.env.PATH ?? '')
    .split(':')
    .filter((dir) => !dir.includes('node_modules'))
    .join(':');
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', line], {
      cwd: ROOT,
      env: { ...process.env, PATH: path },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 50_000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (until?.test(stdout) === true) process.kill(-child.pid!, 'SIGINT');
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('npm start', () => {
  let tour: Run;

  it('walks the whole SDK against the emulator and exits 0', async () => {
    tour = await npmStart();
    const { code, stdout, stderr } = tour;
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const steps = stdout.split('\n').filter((line) => /^\d\. /.test(line));
    expect(steps).toEqual([
      '1. Check the balance',
      '2. Point the webhooks at your handlers',
      '3. List the API secrets',
      '4. Rotate the secret',
      '5. Top up the balance (auto-reload is on)',
      '6. Check the final balance',
      '7. Catch a typed error',
    ]);
    expect(stdout).toContain('€20.50 (was €10.50)');
    // after the rotation, the code shown is the code run: the client with the new secret
    expect(stdout).toContain(
      "   const rotated = new Acct({ apiKey: 'acct-demo', apiSecret: newSecret }, { restHost, apiHost: restHost });\n",
    );
    expect(stdout).toContain("   await rotated.accounts.topUpBalance('tour-trx-1');\n");
    expect(stdout).not.toContain('acct.accounts.topUpBalance');
    expect(stdout).toContain('Tour complete.');
  }, 60_000);

  it('its closing hint runs, as printed, from the repository root without acct on the PATH', async () => {
    const last = tour.stdout.trimEnd().split('\n').at(-1) ?? '';
    const commands = [...last.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
    expect(commands).toEqual(['npx -p @acct/cli acct emulator', 'npx -p @acct/cli acct --help']);
    expect((await shell('command -v acct || echo none')).stdout).toBe('none\n');
    const help = await shell(commands[1]!);
    expect([help.code, help.stderr]).toEqual([0, '']);
    expect(help.stdout).toMatch(/^Usage: acct \[options\] \[command\]\n/);
    // the emulator runs until stopped; a free port keeps it clear of anything on 4010
    const emulator = await shell(`${commands[0]!} --port 0`, /Press Ctrl\+C to stop\.\n/);
    expect(emulator.stdout).toMatch(/^acct emulator listening on http:\/\/127\.0\.0\.1:\d+\n/);
    expect(emulator.stderr).not.toMatch(/error|ERR!/);
  }, 120_000);

  it('passes its arguments to the tour: `npm start -- --json` is refused with one JSON error', async () => {
    const result = await npmStart(['--', '--json']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(JSON.parse(result.stderr)).toEqual({
      error: {
        code: 'ACCT_CLI_USAGE',
        message:
          '`acct tour` is a walk-through for people and has no JSON form: run it without --json',
        status: null,
      },
    });
  }, 60_000);
});
