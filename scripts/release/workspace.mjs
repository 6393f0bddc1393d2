// The workspace packages as a publisher sees them, and a clean copy of them to publish from.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every package under packages/ (private ones flagged), in folder order.
 * @param {string} root the monorepo root
 * @returns {{ name: string, version: string, dir: string, folder: string, manifest: any }[]}
 */
export function listWorkspacePackages(root) {
  const packagesDir = join(root, 'packages');
  return readdirSync(packagesDir, { withFileTypes: true })
    .filter(
      (entry) => entry.isDirectory() && existsSync(join(packagesDir, entry.name, 'package.json')),
    )
    .map((entry) => {
      const dir = join(packagesDir, entry.name);
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      return { name: manifest.name, version: manifest.version, dir, folder: entry.name, manifest };
    });
}

/** The packages lerna publishes: every workspace package that is not private. */
export function listPublishablePackages(root) {
  return listWorkspacePackages(root).filter((pkg) => pkg.manifest.private !== true);
}

/**
 * The acct packages a user gets by installing `names`: those names and, transitively, the
 * workspace packages they depend on.
 * @param {ReturnType<typeof listWorkspacePackages>} packages
 * @param {string[]} names
 */
export function workspaceClosure(packages, names) {
  const byName = new Map(packages.map((pkg) => [pkg.name, pkg]));
  const seen = new Map();
  const visit = (name) => {
    const pkg = byName.get(name);
    if (!pkg || seen.has(name)) return;
    seen.set(name, pkg);
    for (const dep of Object.keys(runtimeDependencies(pkg.manifest))) visit(dep);
  };
  names.forEach(visit);
  return [...seen.values()];
}

/**
 * The dependencies npm installs with a package: dependencies, optionalDependencies and the
 * peerDependencies that are not marked optional (npm 7+ installs those).
 * @param {any} manifest
 * @returns {Record<string, string>}
 */
export function runtimeDependencies(manifest) {
  const optionalPeers = new Set(
    Object.entries(manifest.peerDependenciesMeta ?? {})
      .filter(([, meta]) => meta?.optional)
      .map(([name]) => name),
  );
  const peers = Object.fromEntries(
    Object.entries(manifest.peerDependencies ?? {}).filter(([name]) => !optionalPeers.has(name)),
  );
  return { ...peers, ...manifest.optionalDependencies, ...manifest.dependencies };
}

/**
 * Copies what lerna needs to publish (root manifest, lerna.json, LICENSE, and per package what
 * its `files` names plus package.json, README.md, CHANGELOG.md, LICENSE) into `dest`, outside
 * any git repository.
 * lerna publish writes a temporary gitHead into every package.json and then runs
 * `git checkout --` on them; doing that in the shared work tree would throw away uncommitted
 * edits, so the release test publishes from this copy.
 * @param {string} root
 * @param {string} dest
 * @param {{ url: string, host: string, token: string }} registry
 */
export function copyWorkspaceForPublish(root, dest, registry) {
  mkdirSync(dest, { recursive: true });
  for (const file of ['package.json', 'lerna.json', 'LICENSE']) {
    if (existsSync(join(root, file))) cpSync(join(root, file), join(dest, file));
  }
  for (const pkg of listWorkspacePackages(root)) {
    const target = join(dest, 'packages', pkg.folder);
    mkdirSync(target, { recursive: true });
    // what npm would pack: the top folders named by `files` (dist, a bin folder...) and the
    // files npm always adds; everything but node_modules when there is no `files`
    const named = pkg.manifest.files?.map((file) => file.replace(/^\.\//, '').split('/')[0]);
    const entries = named
      ? [...named, 'package.json', 'README.md', 'CHANGELOG.md', 'LICENSE']
      : readdirSync(pkg.dir).filter((entry) => entry !== 'node_modules');
    for (const entry of new Set(entries)) {
      const from = join(pkg.dir, entry);
      if (existsSync(from)) cpSync(from, join(target, entry), { recursive: true });
    }
  }
  writeFileSync(
    join(dest, '.npmrc'),
    `registry=${registry.url}\n//${registry.host}/:_authToken=${registry.token}\n`,
  );
}
