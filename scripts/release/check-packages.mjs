// `npm run check:packages`: on every publishable package, publint, @arethetypeswrong/cli, the
// metadata fields every acct package carries, and its declared dependencies against what its
// built files import. Zero errors and zero warnings
// (publint suggestions included), or it exits 1. Run after `npm run build` (both tools pack the
// package the way npm publish would, so they see exactly the files users get).
//
// attw runs with its default "strict" profile: every resolution mode is checked, node10
// included (served by `main`/`types`), and the "ESM (dynamic import only)" and "Masquerading
// as CJS/ESM" problems count. Our packages ship a real CJS build with its own .d.cts, so they
// need no relaxed profile; `--no-definitely-typed` because they ship their own types (attw
// would otherwise look up @types packages on the registry).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { runCommand } from './run-command.mjs';
import { listPublishablePackages } from './workspace.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const attw = join(root, 'node_modules', '@arethetypeswrong', 'cli', 'dist', 'index.js');

/** publint: errors and warnings fail; suggestions are printed and fail too (strict). */
async function runPublint(pkg) {
  const { messages, pkg: manifest } = await publint({
    pkgDir: pkg.dir,
    level: 'suggestion',
    pack: 'npm',
  });
  return messages.map(
    (message) => `publint ${message.type}: ${formatMessage(message, manifest, { color: false })}`,
  );
}

async function runAttw(pkg) {
  const args = [
    attw,
    '--pack',
    pkg.dir,
    '--format',
    'json',
    '--no-definitely-typed',
    '--profile',
    'strict',
  ];
  const result = await runCommand(process.execPath, args, { cwd: root, timeoutMs: 120_000 });
  let report;
  try {
    report = JSON.parse(result.stdout);
  } catch {
    return [`attw did not run (exit ${result.code}): ${result.stderr || result.stdout}`.trim()];
  }
  // the JSON report groups problems by kind: { [kind]: Problem[] }
  const problems = Object.values(report.problems ?? {}).flat();
  if (result.code !== 0 && problems.length === 0) {
    return [`attw failed (exit ${result.code}): ${result.stderr}`.trim()];
  }
  return problems.map((problem) => {
    const facts = Object.entries(problem)
      .filter(([key, value]) => key !== 'kind' && typeof value === 'string')
      .map(([key, value]) => `${key} ${value}`);
    return `attw ${problem.kind}${facts.length > 0 ? `: ${facts.join(', ')}` : ''}`;
  });
}

// `node scripts/release/check-packages.mjs [package-dir ...]` checks only those folders
const only = process.argv.slice(2).map((dir) => resolve(dir));
/** The metadata every published acct package carries (issue 8, "Package metadata"). */
function checkMetadata(pkg) {
  const m = pkg.manifest;
  const problems = [];
  const need = (ok, what) => ok || problems.push(`metadata: ${what}`);
  const folder = relative(root, pkg.dir).split(sep).join('/');
  need(typeof m.description === 'string' && m.description.length > 0, 'description is missing');
  need(Array.isArray(m.keywords) && m.keywords.length > 0, 'keywords are missing');
  need(m.license === 'MIT', 'license is not MIT');
  need(m.repository?.directory === folder, `repository.directory is not ${folder}`);
  need(/^https:\/\//.test(m.homepage ?? ''), 'homepage is missing');
  need(/^>=\s*20/.test(m.engines?.node ?? ''), 'engines.node does not require node >= 20');
  need(m.type === 'module', 'type is not module');
  const entry = m.exports?.['.'];
  need(/\.d\.mts$/.test(entry?.import?.types ?? ''), 'exports["."].import.types is not a .d.mts');
  need(/\.d\.cts$/.test(entry?.require?.types ?? ''), 'exports["."].require.types is not a .d.cts');
  need(m.main && m.module && m.types, 'main, module or types is missing (older resolvers)');
  const files = m.files ?? [];
  need(files.includes('dist'), 'files does not include dist');
  need(!files.some((f) => /^(\.\/)?(src|test)\b/.test(f)), 'files ships src or test');
  need(m.sideEffects === false, 'sideEffects is not false');
  need(m.publishConfig?.access === 'public', 'publishConfig.access is not public');
  return problems;
}

/**
 * Dependencies against the built files: every bare import of dist/ (and of the bins) must be
 * declared (or users get "Cannot find module"), and every declared dependency must be used by
 * the JS or the types (a package declares what it uses, not the whole tree).
 */
function checkDependencies(pkg) {
  const { manifest } = pkg;
  const declared = new Set(
    Object.keys({
      ...manifest.dependencies,
      ...manifest.peerDependencies,
      ...manifest.optionalDependencies,
    }),
  );
  const bins =
    typeof manifest.bin === 'string' ? [manifest.bin] : Object.values(manifest.bin ?? {});
  const distDir = join(pkg.dir, 'dist');
  const files = [
    ...(existsSync(distDir) ? readdirSync(distDir).map((file) => join(distDir, file)) : []),
    ...bins.map((bin) => join(pkg.dir, bin)),
  ].filter((file) => /\.(c|m)?js$|\.d\.(c|m)?ts$/.test(file) && existsSync(file));
  const used = new Set();
  const specifier = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"]([^'"]+)['"]/g;
  for (const file of files) {
    // comments out first: TSDoc examples import other packages without depending on them
    const code = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    for (const [, spec] of code.matchAll(specifier)) {
      if (spec.startsWith('.') || spec.startsWith('node:') || builtinModules.includes(spec))
        continue;
      const parts = spec.split('/');
      used.add(spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]);
    }
  }
  const problems = [];
  for (const name of used) {
    if (name !== manifest.name && !declared.has(name)) {
      problems.push(`deps: dist imports ${name}, which package.json does not declare`);
    }
  }
  for (const name of declared) {
    if (!used.has(name)) problems.push(`deps: declares ${name}, which no built file uses`);
  }
  return problems;
}

const packages = listPublishablePackages(root).filter(
  (pkg) => only.length === 0 || only.includes(pkg.dir),
);
for (const dir of only.filter((d) => !packages.some((pkg) => pkg.dir === d))) {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  packages.push({ name: manifest.name, dir, manifest });
}

async function checkPackage(pkg) {
  const started = Date.now();
  const problems = [
    ...checkMetadata(pkg),
    ...checkDependencies(pkg),
    ...(await runPublint(pkg)),
    ...(await runAttw(pkg)),
  ];
  const time = `${((Date.now() - started) / 1000).toFixed(1)} s`;
  const where = relative(root, pkg.dir);
  return problems.length === 0
    ? {
        ok: true,
        text: `PASS  ${pkg.name} (${where}): metadata, dependencies, publint and attw clean (${time})`,
      }
    : {
        ok: false,
        text: `FAIL  ${pkg.name} (${where}) (${time})\n      ${problems.join('\n      ')}`,
      };
}

// two at a time (2 cores); printed in folder order
const outcomes = [];
let next = 0;
const worker = async () => {
  while (next < packages.length) {
    const index = next++;
    outcomes[index] = await checkPackage(packages[index]);
  }
};
await Promise.all([worker(), worker()]);
outcomes.forEach((outcome) => console.log(outcome.text));
const failures = outcomes.filter((outcome) => !outcome.ok).length;
console.log(`check:packages: ${packages.length - failures} passed, ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
