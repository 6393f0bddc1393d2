import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import type { Example } from './extract-examples';

/** What an example printed and how it ended. */
export interface ExampleResult {
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Where examples are written: inside node_modules, so `@acct/*` and `msw` resolve from the root. */
const scratchDir = (root: string) => join(root, 'node_modules/.cache/acct-doc-examples');

/** ES module JavaScript for a node example (TypeScript types stripped). */
export function toModule(example: Example): string {
  let code = example.code;
  if (/\bEMULATOR_URL\b/.test(code) && !/\b(const|let|var)\s+EMULATOR_URL\b/.test(code)) {
    code = `const EMULATOR_URL = process.env.EMULATOR_URL;\n${code}`;
  }
  if (!example.typescript) return code;
  return ts.transpileModule(code, {
    fileName: 'example.ts',
    compilerOptions: {
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2022,
      verbatimModuleSyntax: false,
    },
  }).outputText;
}

/**
 * Runs one example in its own process, with the emulator's URL and the demo credentials in
 * the environment (EMULATOR_URL, ACCT_REST_HOST, ACCT_API_HOST, ACCT_API_KEY, ACCT_API_SECRET),
 * an `acct` command on the PATH (the built CLI) and a fresh temporary working directory.
 * Bounded: a run longer than `limitMs` is killed (and so fails on its exit code).
 */
export async function runExample(
  root: string,
  example: Example,
  env: Record<string, string>,
  limitMs = 60_000,
): Promise<ExampleResult> {
  const work = mkdtempSync(join(tmpdir(), 'acct-example-'));
  const bin = join(work, '.bin');
  mkdirSync(bin);
  const acct = join(bin, 'acct');
  writeFileSync(acct, `#!/bin/sh\nexec "${process.execPath}" "${join(root, 'packages/cli/dist/bin.mjs')}" "$@"\n`);
  chmodSync(acct, 0o755);
  const baseEnv = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !k.startsWith('ACCT_') && !['NODE_OPTIONS', 'DEBUG', 'EMULATOR_URL'].includes(k),
    ),
  ) as Record<string, string>;
  const childEnv = { ...baseEnv, ...env, NO_COLOR: '1', PATH: `${bin}:${process.env.PATH ?? ''}` };
  let command: string;
  let args: string[];
  if (example.language === 'node') {
    const dir = scratchDir(root);
    mkdirSync(dir, { recursive: true });
    const name = example.location.replace(/[^a-zA-Z0-9]+/g, '-');
    const file = join(dir, `${name}.mjs`);
    writeFileSync(file, toModule(example));
    command = process.execPath;
    args = [file];
  } else {
    const file = join(work, 'example.sh');
    writeFileSync(file, example.code);
    command = 'bash';
    args = ['-e', '-o', 'pipefail', file];
  }
  try {
    return await new Promise<ExampleResult>((resolve, reject) => {
      const child = spawn(command, args, { cwd: work, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      const timer = setTimeout(() => child.kill('SIGKILL'), limitMs);
      child.on('error', reject);
      child.on('close', (exitCode) => {
        clearTimeout(timer);
        resolve({ exitCode, stdout, stderr });
      });
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
