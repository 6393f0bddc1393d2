// The docs tasks behind `npm run docs`, `npm run docs:wiki` and `npm run docs:check`.
//
//   node scripts/docs/docs.mjs build   regenerate the reference in docs/ (typedoc.json)
//   node scripts/docs/docs.mjs wiki    render the wiki flavour into .wiki/ (typedoc.wiki.json)
//   node scripts/docs/docs.mjs check   fail when docs/ is stale (drift) or a relative link or
//                                      #anchor in docs/, README.md or packages/*/README.md is broken
//
// docs/ mixes generated pages with hand-written ones. The hand-written set is HAND_WRITTEN below
// (docs/guides/ and docs/README.md); every other file under docs/ is generated and owned by
// `build`: it is rendered into a temporary folder first (a failing typedoc run leaves docs/ as
// it was), then the generated set in docs/ is replaced by it, so removed symbols disappear.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DOCS = join(ROOT, 'docs');
/** Paths under docs/ (a trailing slash: a folder) written by hand, never touched by `build`. */
export const HAND_WRITTEN = ['guides/', 'README.md'];

const isHandWritten = (rel) =>
  HAND_WRITTEN.some((entry) => (entry.endsWith('/') ? rel.startsWith(entry) : rel === entry));

/** Every file below `dir`, as sorted forward-slash paths relative to it. */
export function listFiles(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  const walk = (current) => {
    for (const name of readdirSync(current)) {
      const full = join(current, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** The generated files currently in docs/. */
export const generatedFiles = () => listFiles(DOCS).filter((rel) => !isHandWritten(rel));

/** Runs typedoc with `options` into `out`; throws with typedoc's output when it fails. */
export function runTypedoc(options, out) {
  const bin = join(ROOT, 'node_modules/typedoc/bin/typedoc');
  const result = spawnSync(process.execPath, [bin, '--options', options, '--out', out], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  const log = `${result.stdout ?? ''}${result.stderr ?? ''}`
    .split('\n')
    .filter((line) => !line.startsWith('[info]'))
    .join('\n');
  if (result.status !== 0) {
    throw new Error(`typedoc --options ${options} failed (exit ${result.status}):\n${log}`);
  }
  return log;
}

/** Renders the reference into a fresh temporary folder and returns its path. */
export function renderToTemp() {
  const out = mkdtempSync(join(tmpdir(), 'acct-docs-'));
  runTypedoc('typedoc.json', out);
  const clash = listFiles(out).filter(isHandWritten);
  if (clash.length) throw new Error(`typedoc wrote hand-written paths: ${clash.join(', ')}`);
  return out;
}

/**
 * Compares a fresh rendering with the generated files of a docs folder: the files that are
 * missing there, stale (no longer generated) and changed, as sorted relative paths.
 */
export function diffDirs(fresh, docs = DOCS) {
  const expected = listFiles(fresh);
  const actual = listFiles(docs).filter((rel) => !isHandWritten(rel));
  const inActual = new Set(actual);
  const inExpected = new Set(expected);
  return {
    missing: expected.filter((f) => !inActual.has(f)),
    stale: actual.filter((f) => !inExpected.has(f)),
    changed: expected.filter(
      (f) => inActual.has(f) && !readFileSync(join(fresh, f)).equals(readFileSync(join(docs, f))),
    ),
  };
}

function build() {
  const fresh = renderToTemp();
  try {
    for (const rel of generatedFiles()) rmSync(join(DOCS, rel));
    removeEmptyDirs(DOCS);
    cpSync(fresh, DOCS, { recursive: true });
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
  console.log(`docs/: ${listFiles(DOCS).filter((f) => !isHandWritten(f)).length} generated files`);
}

function removeEmptyDirs(dir) {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      removeEmptyDirs(full);
      if (readdirSync(full).length === 0) rmSync(full, { recursive: true });
    }
  }
}

function wiki() {
  const log = runTypedoc('typedoc.wiki.json', join(ROOT, '.wiki'));
  if (!existsSync(join(ROOT, '.wiki/_Sidebar.md'))) throw new Error(`no .wiki/_Sidebar.md:\n${log}`);
  console.log(`.wiki/: ${listFiles(join(ROOT, '.wiki')).length} pages`);
}

/** The markdown files whose links are checked: docs/, the root README and package READMEs. */
export function linkCheckedFiles() {
  const files = listFiles(DOCS).map((f) => `docs/${f}`);
  if (existsSync(join(ROOT, 'README.md'))) files.push('README.md');
  for (const name of readdirSync(join(ROOT, 'packages')).sort()) {
    if (existsSync(join(ROOT, 'packages', name, 'README.md'))) files.push(`packages/${name}/README.md`);
  }
  return files.filter((f) => f.endsWith('.md'));
}

/**
 * Offline link check with remark-validate-links (config in .remarkrc.json): every relative
 * link, every #anchor, and every https://github.com/acct-sdk/acct/blob/main/... link resolves
 * to a file (and heading) in this working tree. Returns the problems found, or ''.
 */
export function checkLinks(files = linkCheckedFiles(), cwd = ROOT) {
  const cli = join(ROOT, 'node_modules/remark-cli/cli.js');
  const rc = join(ROOT, '.remarkrc.json');
  const result = spawnSync(
    process.execPath,
    [cli, '--rc-path', rc, '--quiet', '--frail', '--no-stdout', '--no-color', ...files],
    { cwd, encoding: 'utf8' },
  );
  return result.status === 0 ? '' : `${result.stdout}${result.stderr}`.trim() || `exit ${result.status}`;
}

function check() {
  const started = Date.now();
  let failed = false;
  let fresh;
  try {
    fresh = renderToTemp();
  } catch (err) {
    failed = true;
    console.error(err instanceof Error ? err.message : err);
  }
  try {
    const { missing, stale, changed } = fresh
      ? diffDirs(fresh)
      : { missing: [], stale: [], changed: [] };
    if (missing.length + stale.length + changed.length > 0) {
      failed = true;
      console.error('docs/ is out of date with the sources: run `npm run docs` and commit docs/.');
      for (const f of changed) console.error(`  changed: docs/${f}`);
      for (const f of missing) console.error(`  missing: docs/${f}`);
      for (const f of stale) console.error(`  stale (no longer generated): docs/${f}`);
    }
  } finally {
    if (fresh) rmSync(fresh, { recursive: true, force: true });
  }
  const files = linkCheckedFiles();
  const problems = checkLinks(files);
  if (problems) {
    failed = true;
    console.error(`broken links or anchors:\n${problems}`);
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `docs:check ${failed ? 'FAILED' : 'ok'}: drift and ${files.length} markdown files checked in ${seconds} s`,
  );
  return failed ? 1 : 0;
}

const tasks = { build, wiki, check };
const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const task = tasks[process.argv[2]];
  if (!task) {
    console.error('usage: node scripts/docs/docs.mjs build|wiki|check');
    process.exit(2);
  }
  try {
    process.exitCode = task() ?? 0;
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  }
}
