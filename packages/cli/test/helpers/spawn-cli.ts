import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** The built bin, as `npx acct` runs it. */
export const BIN = fileURLToPath(new URL('../../dist/bin.mjs', import.meta.url));

/** The demo account of the emulator (public demo values). */
export const DEMO_KEY = 'acct-demo';
export const DEMO_SECRET = 'Demo1Secret';

/** A secret that must never be printed by a failing command. */
export const CANARY = 'Canary7Secret';

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface SpawnOptions {
  /** Variables added to a clean environment (no ACCT_*, NO_COLOR, DEBUG from the outside). */
  env?: Record<string, string>;
  /** Text piped to stdin (then closed); without it stdin is 'ignore'. */
  stdin?: string;
}

/** A clean environment: PATH and locale only. */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of ['PATH', 'HOME', 'LANG', 'LC_ALL', 'TZ']) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  return { ...env, ...extra };
}

/** The variables that point the CLI at an emulator with the demo account. */
export function demoEnv(url: string): Record<string, string> {
  return {
    ACCT_API_KEY: DEMO_KEY,
    ACCT_API_SECRET: DEMO_SECRET,
    ACCT_REST_HOST: url,
    ACCT_API_HOST: url,
  };
}

/** Runs the built bin as a real process; resolves when it exits (killed after 20 s). */
export function runCli(args: string[], options: SpawnOptions = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: cleanEnv(options.env),
      stdio: [options.stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr?.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    if (options.stdin !== undefined) child.stdin?.end(options.stdin);
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** A port on 127.0.0.1 where nothing listens (bound, then released). */
export function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** The warning every run with --api-secret on argv prints first, on stderr. */
export const WARN_API_SECRET =
  'warning: --api-secret on the command line is visible to other users of this machine (ps) and ' +
  'stays in your shell history: set ACCT_API_SECRET in the environment instead\n';

/** The warning every run with --secret on argv prints first, on stderr. */
export const WARN_SECRET =
  'warning: --secret on the command line is visible to other users of this machine (ps) and ' +
  'stays in your shell history: use --secret-stdin or the hidden prompt instead\n';
