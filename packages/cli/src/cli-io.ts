/**
 * A stream `acct` writes to: `process.stdout`/`process.stderr`, or any writable (tests).
 *
 * @example
 * ```ts
 * import type { CliOutputStream } from '@acct/cli';
 *
 * const lines: string[] = [];
 * const out: CliOutputStream = { write: (chunk) => lines.push(String(chunk)) > 0 };
 * ```
 */
export interface CliOutputStream {
  /** Writes a chunk of text. */
  write(chunk: string): boolean;
  /** True when the stream is a terminal (enables colour and the spinner). @default false */
  isTTY?: boolean;
}

/**
 * The streams and environment of one `acct` run. Injectable, so a program can run the
 * CLI in-process and capture what it prints.
 *
 * @example
 * ```ts
 * import { PassThrough } from 'node:stream';
 * import { run, type CliIo } from '@acct/cli';
 *
 * let out = '';
 * const io: CliIo = {
 *   stdin: new PassThrough(),
 *   stdout: { write: (s) => ((out += s), true) },
 *   stderr: { write: () => true },
 *   env: { ACCT_API_KEY: 'acct-demo', ACCT_API_SECRET: 'Demo1Secret' },
 * };
 * await run(['--version'], io);
 * ```
 */
export interface CliIo {
  /** Where secrets and confirmations are read from. A terminal when `isTTY` is true. */
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  /** Results: human text, or with `--json` the raw JSON and nothing else. */
  stdout: CliOutputStream;
  /** Messages, warnings, errors, prompts and the spinner. */
  stderr: CliOutputStream;
  /** The environment (`ACCT_*`, `NO_COLOR`, `TERM`). */
  env: Readonly<Record<string, string | undefined>>;
}

/**
 * The streams and environment of the current process.
 *
 * @returns `{ stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env }`.
 * @example
 * ```ts
 * import { processIo, run } from '@acct/cli';
 *
 * process.exitCode = await run(process.argv.slice(2), processIo());
 * ```
 */
export function processIo(): CliIo {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
}
