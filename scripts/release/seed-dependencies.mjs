// The registry of the release test has no uplink, so the third-party packages our packages
// need at runtime are published to it first, packed from the copies installed in the
// monorepo's node_modules (the exact versions the workspace was tested with).
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { publishTarball } from './local-registry.mjs';
import { runCommand } from './run-command.mjs';
import { runtimeDependencies } from './workspace.mjs';

/**
 * Finds where Node would load `name` from when required by code in `fromDir`.
 * @param {string} fromDir
 * @param {string} name
 * @returns {string | undefined} the package folder (real path)
 */
export function findInstalledPackage(fromDir, name) {
  let dir = fromDir;
  for (;;) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return realpathSync(candidate);
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * Every third-party package (name@version and its installed folder) needed at runtime by
 * `packages`, transitively. Workspace packages are followed but not listed.
 * @param {{ name: string, dir: string, manifest: any }[]} packages the acct packages to install
 * @param {Set<string>} workspaceNames names published by lerna, not seeded
 * @returns {{ name: string, version: string, dir: string, manifest: any }[]}
 */
export function collectThirdPartyDependencies(packages, workspaceNames) {
  const found = new Map();
  const missing = [];
  const visit = (fromDir, manifest, optional) => {
    const deps = runtimeDependencies(manifest);
    for (const name of Object.keys(deps)) {
      if (workspaceNames.has(name)) continue;
      const dir = findInstalledPackage(fromDir, name);
      if (!dir) {
        const isOptional = optional || name in (manifest.optionalDependencies ?? {});
        if (!isOptional) missing.push(`${name} (needed by ${manifest.name})`);
        continue;
      }
      const depManifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      const key = `${depManifest.name}@${depManifest.version}`;
      if (found.has(key)) continue;
      found.set(key, {
        name: depManifest.name,
        version: depManifest.version,
        dir,
        manifest: depManifest,
      });
      visit(dir, depManifest, false);
    }
  };
  for (const pkg of packages) visit(realpathSync(pkg.dir), pkg.manifest, false);
  if (missing.length > 0) {
    throw new Error(`not installed in the monorepo, cannot seed: ${missing.join(', ')}`);
  }
  // ascending versions per name, so the last one published is the registry's `latest`
  return [...found.values()].sort(
    (a, b) =>
      a.name.localeCompare(b.name) || a.version.localeCompare(b.version, 'en', { numeric: true }),
  );
}

/**
 * Packs each package folder with npm (scripts ignored) and publishes the tarball to the
 * local registry.
 * @param {{ url: string, token: string }} registry
 * @param {{ name: string, version: string, dir: string, manifest: any }[]} deps
 * @param {string} workDir an empty temp folder for the tarballs
 * @param {NodeJS.ProcessEnv} env environment for npm (no user config, no network)
 */
export async function seedRegistry(registry, deps, workDir, env) {
  if (deps.length === 0) return;
  const packed = await runCommand(
    'npm',
    [
      'pack',
      '--ignore-scripts',
      '--json',
      '--pack-destination',
      workDir,
      ...deps.map((d) => d.dir),
    ],
    { cwd: workDir, env, timeoutMs: 120_000 },
  );
  if (packed.code !== 0) {
    throw new Error(`npm pack of the dependencies failed:\n${packed.stderr}`);
  }
  const results = JSON.parse(packed.stdout);
  for (const dep of deps) {
    const result = results.find((r) => r.name === dep.name && r.version === dep.version);
    if (!result) throw new Error(`npm pack gave no tarball for ${dep.name}@${dep.version}`);
    await publishTarball(registry, join(workDir, result.filename), dep.manifest);
  }
}
