// `npm run build`: `lerna run build` (rollup in every package, in dependency order, two at a
// time), run from the current folder; arguments are passed on (`npm run build -- --scope
// @acct/http`). When standard output is not a terminal (a CI log, `npm test | tee log`) colours
// are turned off with NO_COLOR: nx sets FORCE_COLOR=true for every task it runs, so rollup would
// otherwise write raw escape codes into piped logs. A caller's NO_COLOR, or a FORCE_COLOR that
// asks for colour, wins; FORCE_COLOR=0 alone does not stop nx's own colours, so it gets
// NO_COLOR too.
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The environment of the build: `env` plus NO_COLOR=1 when the output is not a terminal. */
export function buildEnv(env, isTTY) {
  const forced = env.FORCE_COLOR !== undefined && !['0', 'false'].includes(env.FORCE_COLOR);
  if (isTTY || env.NO_COLOR !== undefined || forced) return env;
  return { ...env, NO_COLOR: '1' };
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const lerna = join(root, 'node_modules', 'lerna', 'dist', 'cli.js');
  const args = ['run', 'build', '--stream', '--concurrency', '2', ...process.argv.slice(2)];
  const result = spawnSync(process.execPath, [lerna, ...args], {
    stdio: 'inherit',
    env: buildEnv(process.env, process.stdout.isTTY === true),
  });
  if (result.error) throw result.error;
  process.exit(result.status ?? 1);
}
