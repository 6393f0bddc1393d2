// A clean test log prints results only (issue 15.9): the two pieces of `npm test` that used to
// add noise, run the way `npm test` runs them but on something small, with their output piped.
// - `npm run test:jest` (its exact node flags) on one small test file: no ts-jest
//   `isolatedModules` deprecation warning and no VM Modules ExperimentalWarning.
// - `npm run build` (scripts/build.mjs: lerna, nx, rollup with rollup.config.mjs) on a one-file
//   package in a throwaway monorepo: no ANSI escape code, although nx sets FORCE_COLOR=true for
//   the tasks it runs.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
// @ts-expect-error: a plain ES module script without type declarations
import { buildEnv } from '../scripts/build.mjs';

const root = process.cwd();
const ESC = '\u001b[';

interface Run {
  readonly code: number | null;
  readonly output: string;
}

/** Runs a command with stdout and stderr piped (not a terminal) into one string. */
function run(
  command: string,
  args: string[],
  cwd: string,
  extraEnv: Record<string, string> = {},
): Promise<Run> {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^(NO_COLOR|FORCE_COLOR|NODE_OPTIONS|JEST_WORKER_ID|NX_.*|npm_.*)$/i.test(key),
    ),
  ) as Record<string, string>;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (output += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** The lines of `output` that are noise in a log. */
function noise(output: string): string[] {
  return output
    .split('\n')
    .filter(
      (line) =>
        /ExperimentalWarning|isolatedModules|--trace-warnings/.test(line) || line.includes(ESC),
    );
}

describe('a quiet test log', () => {
  it('npm run test:jest prints no ts-jest deprecation and no ExperimentalWarning', async () => {
    const script: string = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts[
      'test:jest'
    ];
    // the node flags of the script, without its --json --outputFile (the real run's results)
    const words = script.split(/\s+/);
    const jestAt = words.indexOf('node_modules/jest/bin/jest.js');
    expect(words[0]).toBe('node');
    expect(jestAt).toBeGreaterThan(0);
    const nodeFlags = words.slice(1, jestAt);
    const { code, output } = await run(
      process.execPath,
      [
        ...nodeFlags,
        'node_modules/jest/bin/jest.js',
        'test/docs/extract-examples.test.ts',
        '--coverage=false',
        '--maxWorkers=1',
      ],
      root,
    );
    expect({ code, noise: noise(output) }).toEqual({ code: 0, noise: [] });
    expect(output).toContain('Tests:       3 passed, 3 total');
  }, 60_000);

  it('npm run build piped prints no colour codes', async () => {
    // inside node_modules, so the fixture's `rollup` and the config's plugins resolve from here
    const cache = join(root, 'node_modules/.cache');
    mkdirSync(cache, { recursive: true });
    const dir = mkdtempSync(join(cache, 'acct-quiet-log-'));
    try {
      const write = (rel: string, content: unknown) => {
        mkdirSync(join(dir, rel, '..'), { recursive: true });
        const text =
          typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`;
        writeFileSync(join(dir, rel), text);
      };
      write('package.json', { name: 'quiet-log', private: true, workspaces: ['packages/*'] });
      write('lerna.json', { version: 'independent', npmClient: 'npm' });
      write('packages/one/package.json', {
        name: '@acct/quiet-log-one',
        version: '0.0.0',
        private: true,
        type: 'module',
        scripts: { build: `rollup -c ${JSON.stringify(join(root, 'rollup.config.mjs'))}` },
      });
      write('packages/one/tsconfig.json', {
        extends: join(root, 'tsconfig.base.json'),
        include: ['src'],
      });
      write('packages/one/src/index.ts', 'export const one: number = 1;\n');
      const { code, output } = await run(
        process.execPath,
        [join(root, 'scripts/build.mjs')],
        dir,
        // nx would otherwise take the monorepo (the nearest folder with node_modules/nx) as its
        // workspace, and build the real packages
        { NX_WORKSPACE_ROOT_PATH: dir },
      );
      expect({ code, noise: noise(output) }).toEqual({ code: 0, noise: [] });
      // rollup did run, and printed what it built
      expect(output).toContain('created dist/index.mjs, dist/index.cjs');
      expect(readFileSync(join(dir, 'packages/one/dist/index.mjs'), 'utf8')).toContain(
        'const one = 1;',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('the build turns colours off only when its output is not a terminal and nobody asked', () => {
    const env = (vars: Record<string, string>, isTTY: boolean): Record<string, string> =>
      buildEnv({ PATH: '/bin', ...vars }, isTTY);
    expect(env({}, false)).toEqual({ PATH: '/bin', NO_COLOR: '1' });
    expect(env({ FORCE_COLOR: '0' }, false)).toEqual({
      PATH: '/bin',
      FORCE_COLOR: '0',
      NO_COLOR: '1',
    });
    expect(env({}, true)).toEqual({ PATH: '/bin' });
    expect(env({ FORCE_COLOR: '1' }, false)).toEqual({ PATH: '/bin', FORCE_COLOR: '1' });
    expect(env({ NO_COLOR: '' }, false)).toEqual({ PATH: '/bin', NO_COLOR: '' });
  });
});
