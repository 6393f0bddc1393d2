// Runs a command as a child process without blocking the event loop (the registry and the
// emulator of the release test live in this same process), with a time bound, and remembers
// every child still running so a signal handler can stop them all.
import { spawn } from 'node:child_process';

const running = new Set();

/**
 * Runs `command args` and resolves to its exit code and output; never rejects on a non-zero
 * exit. A command still running after `timeoutMs` is killed (exit code `null`, `timedOut`).
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv, timeoutMs?: number, input?: string }} [options]
 * @returns {Promise<{ code: number | null, stdout: string, stderr: string, timedOut: boolean, ms: number }>}
 */
export function runCommand(command, args, options = {}) {
  const { cwd, env, timeoutMs = 120_000, input } = options;
  const started = Date.now();
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, {
      cwd,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
      // its own process group, so a timeout also stops what the command started
      detached: process.platform !== 'win32',
    });
    running.add(child);
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => {
      timedOut = true;
      killChild(child);
    }, timeoutMs);
    const finish = (code) => {
      clearTimeout(timer);
      running.delete(child);
      resolvePromise({ code, stdout, stderr, timedOut, ms: Date.now() - started });
    };
    child.on('error', (error) => {
      stderr += String(error);
      finish(null);
    });
    child.on('close', (code) => finish(timedOut ? null : code));
    child.stdin.end(input ?? '');
  });
}

function killChild(child) {
  try {
    if (process.platform !== 'win32' && child.pid) process.kill(-child.pid, 'SIGKILL');
    else child.kill('SIGKILL');
  } catch {
    // already gone
  }
}

/** Kills every child process started by runCommand that is still running. */
export function killRunningCommands() {
  for (const child of running) killChild(child);
  running.clear();
}
