// `npm start`: builds the packages when their dist/ is missing or older than their sources
// (quietly; the output is shown only if the build fails), then runs the tour of the whole SDK
// against an in-process emulator: `acct tour`. Arguments are passed on, so
// `npm start -- --live` runs `acct tour --live`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Newest modification time of the files below `dir` (0 when it does not exist). */
function newest(dir) {
  if (!existsSync(dir)) return 0;
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) time = Math.max(time, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return time;
}

/** The packages whose build output is missing or older than their sources. */
function stalePackages() {
  return readdirSync('packages').filter((name) => {
    const pkg = join('packages', name);
    const built = join(pkg, 'dist', 'index.mjs');
    if (!existsSync(built)) return true;
    const source = Math.max(newest(join(pkg, 'src')), statSync(join(pkg, 'package.json')).mtimeMs);
    return source > statSync(built).mtimeMs;
  });
}

const stale = stalePackages();
if (stale.length > 0) {
  process.stdout.write('Building the acct packages (about a minute on a fresh clone)...\n');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const build = spawnSync(npm, ['run', 'build'], {
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  if (build.status !== 0) {
    process.stderr.write(
      `${build.stdout}${build.stderr}\nThe build failed (exit ${build.status}).\n`,
    );
    process.exit(build.status ?? 1);
  }
  process.stdout.write('Built.\n\n');
}
const tour = spawnSync(
  process.execPath,
  ['packages/cli/dist/bin.mjs', 'tour', ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
process.exit(tour.status ?? 1);
