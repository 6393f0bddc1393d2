// `npm start`, the first command of the README, run as a user runs it. The test command has
// built every package before Jest, so it goes straight to the tour.
import { spawn } from 'node:child_process';
import { describe, expect, it } from '@jest/globals';

function npmStart(): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['start', '--silent'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm start', () => {
  it('walks the whole SDK against the emulator and exits 0', async () => {
    const { code, stdout, stderr } = await npmStart();
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
    expect(stdout).toContain('Tour complete.');
  }, 60_000);
});
