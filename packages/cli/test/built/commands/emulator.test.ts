import { spawn } from 'node:child_process';
import { describe, expect, it } from '@jest/globals';
import { Acct } from '@acct/server-sdk';
import { BIN, DEMO_KEY, DEMO_SECRET, cleanEnv } from '../../helpers/spawn-cli';

describe('acct emulator (built bin)', () => {
  it('runs in the foreground, prints the URL and demo credentials, and stops on SIGTERM with exit 0', async () => {
    const child = spawn(process.execPath, [BIN, 'emulator', '--port', '0'], {
      env: cleanEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const exited = new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
      child.on('close', (code, signal) => resolve([code, signal])),
    );
    const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.setEncoding('utf8').on('data', (s: string) => {
        stdout += s;
        const match = /listening on (http:\/\/127\.0\.0\.1:\d+)\n/.exec(stdout);
        if (match?.[1] !== undefined && stdout.includes('Press Ctrl+C to stop.')) resolve(match[1]);
      });
      child.on('close', () => reject(new Error(`exited early: ${stderr}`)));
    });
    expect(stdout).toBe(
      [
        `acct emulator listening on ${url}`,
        '',
        'Demo account (public demo values, not a real credential):',
        `  api key:    ${DEMO_KEY}`,
        `  api secret: ${DEMO_SECRET}`,
        '',
        'Use it from another shell:',
        `  export ACCT_REST_HOST=${url} ACCT_API_HOST=${url}`,
        `  export ACCT_API_KEY=${DEMO_KEY} ACCT_API_SECRET=${DEMO_SECRET}`,
        '  acct balance',
        '',
        'Press Ctrl+C to stop.',
        '',
      ].join('\n'),
    );
    const acct = new Acct(
      { apiKey: DEMO_KEY, apiSecret: DEMO_SECRET },
      { restHost: url, apiHost: url },
    );
    await expect(acct.accounts.getBalance()).resolves.toEqual({ value: 10.5, autoReload: true });
    child.kill('SIGTERM');
    const [code, signal] = await exited;
    clearTimeout(killer);
    expect([code, signal]).toEqual([0, null]);
    expect(stderr).toBe('emulator stopped (SIGTERM)\n');
  });
});
