// What an install really put on disk: the packages (every folder of node_modules, at any depth,
// holding a package.json) and the apparent size of node_modules, counted like `du -sb`
// (the byte size of every file, folder and link, each counted once).
import { lstatSync, readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @param {string} projectDir a project folder after `npm install`
 * @returns {{ packages: string[], count: number, bytes: number }}
 */
export function measureFootprint(projectDir) {
  const nodeModules = join(projectDir, 'node_modules');
  const packages = [];
  const seenInodes = new Set();
  let bytes = 0;
  const walk = (path) => {
    const stat = lstatSync(path);
    const key = `${stat.dev}:${stat.ino}`;
    if (seenInodes.has(key)) return;
    seenInodes.add(key);
    bytes += stat.size;
    if (stat.isDirectory()) for (const entry of readdirSync(path)) walk(join(path, entry));
  };
  walk(nodeModules);
  const findPackages = (dir) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
      const folder = join(dir, entry.name);
      if (entry.name.startsWith('@')) {
        findPackages(folder);
        continue;
      }
      const manifestPath = join(folder, 'package.json');
      if (!existsSync(manifestPath)) continue;
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
      packages.push(`${manifest.name}@${manifest.version}`);
      findPackages(join(folder, 'node_modules'));
    }
  };
  findPackages(nodeModules);
  packages.sort();
  return { packages, count: packages.length, bytes };
}

/** @param {number} bytes */
export function formatMiB(bytes) {
  return `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
}
