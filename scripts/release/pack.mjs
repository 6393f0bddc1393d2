// `npm run pack`: one npm tarball per acct package (what `npm publish` would upload) in packed/,
// for installing from a clone before the packages are on the registry:
//
//   npm run build && npm run pack
//   cd ../my-app && npm install ../acct/packed/*.tgz
//
// The acct packages a package depends on are not on the registry either: install their tarballs
// in the same `npm install` (all of packed/*.tgz is simplest). Their third-party dependencies
// (node-fetch, jose, debug...) come from the registry as usual.
// `node scripts/release/pack.mjs DIR` packs into DIR instead (the release test does).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listPublishablePackages, workspaceClosure, listWorkspacePackages } from './workspace.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Packs every publishable package into `dest` (emptied of older tarballs first) with
 * `npm pack`, after checking each one is built.
 * @param {string} dest
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {{ name: string, version: string, file: string }[]} one entry per package, `file`
 *   the tarball's absolute path
 */
export function packPackages(dest, env = process.env) {
  const packages = listPublishablePackages(root);
  const unbuilt = packages.filter((pkg) => !existsSync(join(pkg.dir, 'dist')));
  if (unbuilt.length > 0) {
    throw new Error(
      `not built (run npm run build first): ${unbuilt.map((p) => p.name).join(', ')}`,
    );
  }
  mkdirSync(dest, { recursive: true });
  for (const file of readdirSync(dest)) {
    if (file.endsWith('.tgz')) rmSync(join(dest, file));
  }
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const args = ['pack', '--json', '--pack-destination', dest];
  for (const pkg of packages) args.push('--workspace', pkg.name);
  const result = spawnSync(npm, args, {
    cwd: root,
    encoding: 'utf8',
    env,
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) {
    throw new Error(`npm ${args.join(' ')} failed (exit ${result.status}):\n${result.stderr}`);
  }
  const packed = JSON.parse(result.stdout);
  return packed.map((entry) => ({
    name: entry.name,
    version: entry.version,
    file: join(dest, entry.filename),
  }));
}

/**
 * The tarballs to install for `names`: theirs and those of every acct package they depend on.
 * @param {{ name: string, file: string }[]} tarballs what packPackages returned
 * @param {string[]} names
 */
export function tarballsFor(tarballs, names) {
  const needed = new Set(workspaceClosure(listWorkspacePackages(root), names).map((p) => p.name));
  return tarballs.filter((t) => needed.has(t.name)).map((t) => t.file);
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  try {
    const dest = resolve(process.argv[2] ?? join(root, 'packed'));
    const tarballs = packPackages(dest);
    const shown = (file) => relative(process.cwd(), file) || file;
    console.log(`${tarballs.length} tarballs in ${shown(dest)}:`);
    for (const t of tarballs) console.log(`  ${shown(t.file)}`);
    console.log(
      `\nInstall them in your project in one command (the acct packages need each other):\n` +
        `  npm install ${join(dest, '*.tgz')}\n` +
        `or only what @acct/accounts needs:\n` +
        `  npm install ${tarballsFor(tarballs, ['@acct/accounts']).join(' ')}`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
