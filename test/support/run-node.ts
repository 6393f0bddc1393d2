import { execFile } from 'node:child_process';

/** Where and with what environment {@link runNode} starts Node. */
export interface RunNodeOptions {
  /** Working directory; the current one by default. */
  cwd?: string;
  /** Extra environment variables, added to this process's. */
  env?: Record<string, string>;
}

/**
 * Runs `node ...args` as a plain process, outside Jest's module registry and mapping (how a
 * user loads a built package), and resolves its trimmed stdout. Rejects with stderr when the
 * process fails or runs past 20 s.
 */
export function runNode(args: string[], options: RunNodeOptions = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      args,
      { cwd: options.cwd, env: { ...process.env, ...options.env }, timeout: 20_000 },
      (error, stdout, stderr) =>
        error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout.trim()),
    );
  });
}

/** {@link runNode}, parsing stdout as JSON. */
export async function runNodeJson<T = unknown>(
  args: string[],
  options: RunNodeOptions = {},
): Promise<T> {
  return JSON.parse(await runNode(args, options)) as T;
}
