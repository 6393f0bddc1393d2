// The release test: publish every acct package to a throwaway local registry with lerna, then
// install them into empty projects the way a user does (registry only, nothing from the
// monorepo), and use them from CommonJS, ESM and TypeScript against the emulator; and install
// the tarballs of `npm run pack` the way the README says to before the first release.
// Run by `npm run test:release`; expects `npm run build` to have been run.
// Prints one PASS/FAIL line per step and `release test: N passed, N failed`; exits 1 on any
// failure. Everything it starts (registry, emulator, child processes) is stopped, and its temp
// folder removed, on success, failure, timeout and SIGINT/SIGTERM.
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { formatMiB, measureFootprint } from './release/footprint.mjs';
import { startLocalRegistry } from './release/local-registry.mjs';
import { packPackages, tarballsFor } from './release/pack.mjs';
import { killRunningCommands, runCommand } from './release/run-command.mjs';
import { collectThirdPartyDependencies, seedRegistry } from './release/seed-dependencies.mjs';
import {
  copyWorkspaceForPublish,
  listPublishablePackages,
  listWorkspacePackages,
  workspaceClosure,
} from './release/workspace.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(root, 'scripts', 'release', 'fixtures');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const lernaCli = join(root, 'node_modules', 'lerna', 'dist', 'cli.js');
/** The emulator's demo account (see @acct/emulator). */
const DEMO = { apiKey: 'acct-demo', apiSecret: 'Demo1Secret' };
/** Footprint budget of `npm install @acct/server-sdk` (and of @acct/accounts alone). */
const BUDGET = { packages: 14, bytes: 10 * 1024 * 1024 };
/** The packages a user installs in this test. */
const INSTALLED = ['@acct/accounts', '@acct/server-sdk', '@acct/cli'];
/** Files npm ships whatever `files` says. */
const ALWAYS_SHIPPED = /^(package\.json|README(\.md)?|LICEN[CS]E(\.md)?)$/i;
const RUN_LIMIT_MS = 8 * 60_000;

const started = Date.now();
const results = [];
/** @type {(() => Promise<void> | void)[]} stopped in reverse order */
const cleanups = [];
let tempRoot;

// ---------------------------------------------------------------- reporting

function record(name, ok, ms, detail) {
  results.push({ name, ok });
  const time = ms === undefined ? '' : ` (${(ms / 1000).toFixed(1)} s)`;
  console.log(
    `${ok ? 'PASS' : 'FAIL'}  ${name}${time}${detail ? `\n      ${indent(detail)}` : ''}`,
  );
}

function indent(text) {
  return String(text).trim().split('\n').slice(0, 40).join('\n      ');
}

/** Runs one step; its return value (a string) is printed under the PASS line. */
async function step(name, fn) {
  const t0 = Date.now();
  try {
    const detail = await fn();
    record(name, true, Date.now() - t0, detail);
    return true;
  } catch (error) {
    record(name, false, Date.now() - t0, error instanceof Error ? error.message : String(error));
    return false;
  }
}

function notRun(name, reason) {
  record(name, false, undefined, `not run: ${reason}`);
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

/** Runs a command and throws with its output when it exits non-zero. */
async function mustRun(command, args, options) {
  const result = await runCommand(command, args, options);
  if (result.code !== 0) {
    const why = result.timedOut ? `timed out after ${options.timeoutMs} ms` : `exit ${result.code}`;
    throw new Error(`${[command, ...args].join(' ')}: ${why}\n${result.stdout}\n${result.stderr}`);
  }
  return result;
}

// ---------------------------------------------------------------- environment

/**
 * The environment of every npm/lerna/node child: none of the caller's npm settings, a user
 * and global config of our own, a fresh cache, the local registry, and a dead proxy for
 * anything that is not loopback, so nothing can come from (or go to) the internet.
 */
function isolatedEnv(tmp, registry, extra = {}) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_|NODE_OPTIONS$|NODE_PATH$|INIT_CWD$|NX_)/i.test(key)) continue;
    env[key] = value;
  }
  // `npm run` puts the monorepo's node_modules/.bin on PATH: `npx acct` must not find the
  // workspace's own bin there
  const pathKey = Object.keys(env).find((key) => key.toUpperCase() === 'PATH') ?? 'PATH';
  env[pathKey] = (env[pathKey] ?? '')
    .split(delimiter)
    .filter((entry) => entry && !resolve(entry).startsWith(root))
    .join(delimiter);
  return {
    ...env,
    npm_config_userconfig: join(tmp, 'user.npmrc'),
    npm_config_globalconfig: join(tmp, 'global.npmrc'),
    npm_config_cache: join(tmp, 'npm-cache'),
    npm_config_registry: registry.url,
    npm_config_proxy: 'http://127.0.0.1:9',
    npm_config_https_proxy: 'http://127.0.0.1:9',
    npm_config_noproxy: '127.0.0.1,localhost',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    npm_config_progress: 'false',
    npm_config_loglevel: 'warn',
    NO_UPDATE_NOTIFIER: '1',
    NO_COLOR: '1',
    ...extra,
  };
}

// ---------------------------------------------------------------- steps

function checkBuilt(packages) {
  const missing = [];
  for (const pkg of packages) {
    const { exports: map = {}, bin = {}, main, types } = pkg.manifest;
    const targets = new Set([
      main,
      types,
      ...(typeof bin === 'string' ? [bin] : Object.values(bin)),
    ]);
    const collect = (value) => {
      if (typeof value === 'string') targets.add(value);
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    collect(map);
    for (const target of targets) {
      if (target && !existsSync(join(pkg.dir, target))) missing.push(`${pkg.name}: ${target}`);
    }
  }
  check(missing.length === 0, `not built (run npm run build first):\n${missing.join('\n')}`);
  return `${packages.length} packages: ${packages.map((p) => p.name).join(', ')}`;
}

async function publishWithLerna(tmp, registry, publishable) {
  const copy = join(tmp, 'publish');
  copyWorkspaceForPublish(root, copy, registry);
  // lerna's registry client does not honour noproxy, and talks only to --registry anyway
  const {
    npm_config_proxy: _proxy,
    npm_config_https_proxy: _httpsProxy,
    ...base
  } = isolatedEnv(tmp, registry);
  const env = {
    ...base,
    npm_config_userconfig: join(copy, '.npmrc'),
    NX_DAEMON: 'false',
    NX_NO_CLOUD: 'true',
    NX_WORKSPACE_ROOT_PATH: copy,
  };
  const args = ['publish', 'from-package', '--yes', '--registry', registry.url, '--no-git-reset'];
  const result = await mustRun(process.execPath, [lernaCli, ...args], {
    cwd: copy,
    env,
    timeoutMs: 180_000,
  });
  const absent = [];
  for (const pkg of publishable) {
    const res = await fetch(`${registry.url}${pkg.name.replace('/', '%2f')}`, {
      signal: AbortSignal.timeout(10_000),
    });
    const body = res.ok ? await res.json() : {};
    if (!body.versions?.[pkg.version]) absent.push(`${pkg.name}@${pkg.version}`);
  }
  check(absent.length === 0, `not on the registry after lerna publish: ${absent.join(', ')}`);
  const summaryAt = result.stdout.indexOf('Successfully published:');
  return summaryAt >= 0 ? result.stdout.slice(summaryAt) : result.stdout;
}

function newProject(tmp, registry, folder) {
  const dir = join(tmp, 'projects', folder);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: `release-test-${folder}`, version: '1.0.0', private: true }, null, 2)}\n`,
  );
  writeFileSync(join(dir, '.npmrc'), `registry=${registry.url}\n`);
  return dir;
}

/** `npm install NAME` in an empty project, then proof that all of it came from the registry. */
async function installFromRegistry(dir, env, registry, name) {
  await mustRun('npm', ['install', name], { cwd: dir, env, timeoutMs: 180_000 });
  const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8'));
  const foreign = [];
  const problems = [];
  for (const [path, entry] of Object.entries(lock.packages ?? {})) {
    if (path === '') continue;
    if (entry.link || !entry.resolved?.startsWith(registry.url)) {
      foreign.push(`${path} -> ${entry.resolved ?? 'link'}`);
    }
    if (path.includes('node_modules/@acct/')) {
      const folder = join(dir, path);
      if (lstatSync(folder).isSymbolicLink()) problems.push(`${path} is a symlink`);
      // only what its `files` names (dist, its bin) and what npm always adds: no src, test,
      // tsconfig or monorepo file
      const { files = [] } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
      const allowed = new Set(files.map((file) => file.replace(/^\.\//, '').split('/')[0]));
      const extra = readdirSync(folder).filter(
        (file) => !allowed.has(file) && !ALWAYS_SHIPPED.test(file),
      );
      if (extra.length > 0) problems.push(`${path} ships ${extra.join(', ')}`);
    }
  }
  check(foreign.length === 0, `not from the local registry:\n${foreign.join('\n')}`);
  check(problems.length === 0, problems.join('\n'));
  const ls = await runCommand('npm', ['ls', '--all'], { cwd: dir, env, timeoutMs: 60_000 });
  check(ls.code === 0, `npm ls --all reports a problem:\n${ls.stdout}\n${ls.stderr}`);
  return `${Object.keys(lock.packages).length - 1} packages, all from ${registry.url}`;
}

function checkFootprint(dir, name) {
  const footprint = measureFootprint(dir);
  const line = `${name}: ${footprint.count} packages, ${formatMiB(footprint.bytes)} (${footprint.bytes} bytes) in node_modules`;
  const detail = `${line}\n${footprint.packages.join(', ')}`;
  const budget = `budget ${BUDGET.packages} packages and ${formatMiB(BUDGET.bytes)}`;
  check(
    footprint.count <= BUDGET.packages && footprint.bytes <= BUDGET.bytes,
    `over ${budget}: ${detail}`,
  );
  return `${detail}\n(${budget})`;
}

/** Runs a fixture with node in the project and checks it printed the demo balance. */
async function runConsumer(dir, env, file) {
  const result = await mustRun(process.execPath, [file], { cwd: dir, env, timeoutMs: 60_000 });
  const printed = result.stdout.trim().split('\n').pop();
  check(
    printed === JSON.stringify({ value: 10.5, autoReload: true }),
    `unexpected output: ${result.stdout}`,
  );
  return `getBalance() -> ${printed}`;
}

function writeTsconfig(dir, file, compilerOptions, files) {
  const config = {
    compilerOptions: {
      strict: true,
      target: 'ES2022',
      lib: ['ES2023'],
      types: ['node'],
      ...compilerOptions,
    },
    files,
  };
  writeFileSync(join(dir, file), `${JSON.stringify(config, null, 2)}\n`);
}

/** Scenario (a) and (b): one library installed alone, used from CJS, ESM and TypeScript. */
async function libraryScenario(letter, name, fixtureFolder, ctx) {
  const { tmp, registry, emulatorUrl, typesNodeVersion } = ctx;
  const label = (what) => `${letter}. ${name}: ${what}`;
  const dir = newProject(tmp, registry, fixtureFolder);
  const env = isolatedEnv(tmp, registry);
  const runEnv = isolatedEnv(tmp, registry, {
    ACCT_TEST_URL: emulatorUrl ?? '',
    ACCT_API_KEY: DEMO.apiKey,
    ACCT_API_SECRET: DEMO.apiSecret,
  });
  const names = [
    'require() and a real call',
    'import() and a real call',
    'npm install -D @types/node (for tsc)',
    'tsc --strict, module node16 (.cts and .mts), then run the output',
    'tsc --strict, moduleResolution bundler',
  ];
  if (
    !(await step(label(`npm install ${name}`), () => installFromRegistry(dir, env, registry, name)))
  ) {
    names.forEach((n) => notRun(label(n), 'the install failed'));
    return;
  }
  await step(label('footprint'), () => checkFootprint(dir, name));
  for (const file of readdirSync(join(fixtures, fixtureFolder))) {
    cpSync(join(fixtures, fixtureFolder, file), join(dir, file));
  }
  const withEmulator = (fn) => () => {
    check(emulatorUrl, 'the emulator is not running');
    return fn();
  };
  await step(
    label(names[0]),
    withEmulator(() => runConsumer(dir, runEnv, 'require.cjs')),
  );
  await step(
    label(names[1]),
    withEmulator(() => runConsumer(dir, runEnv, 'import.mjs')),
  );
  const typesInstalled = await step(label(names[2]), async () => {
    await mustRun('npm', ['install', '-D', `@types/node@${typesNodeVersion}`], {
      cwd: dir,
      env,
      timeoutMs: 180_000,
    });
    return `@types/node@${typesNodeVersion}`;
  });
  if (!typesInstalled) {
    names.slice(3).forEach((n) => notRun(label(n), '@types/node is not installed'));
    return;
  }
  writeTsconfig(
    dir,
    'tsconfig.node16.json',
    { module: 'node16', moduleResolution: 'node16', outDir: 'out', noEmitOnError: true },
    ['consumer.cts', 'consumer.mts'],
  );
  writeTsconfig(
    dir,
    'tsconfig.bundler.json',
    { module: 'esnext', moduleResolution: 'bundler', noEmit: true },
    ['bundler.ts'],
  );
  await step(
    label(names[3]),
    withEmulator(async () => {
      const tscArgs = [tsc, '-p', 'tsconfig.node16.json', '--strict'];
      await mustRun(process.execPath, tscArgs, { cwd: dir, env, timeoutMs: 120_000 });
      const cjs = await runConsumer(dir, runEnv, join('out', 'consumer.cjs'));
      const esm = await runConsumer(dir, runEnv, join('out', 'consumer.mjs'));
      return `out/consumer.cjs ${cjs}\nout/consumer.mjs ${esm}`;
    }),
  );
  await step(label(names[4]), async () => {
    const tscArgs = [tsc, '-p', 'tsconfig.bundler.json', '--strict'];
    await mustRun(process.execPath, tscArgs, { cwd: dir, env, timeoutMs: 120_000 });
    return 'bundler.ts type-checks';
  });
}

/** Scenario (c): the CLI installed alone, run through npx. */
async function cliScenario(ctx) {
  const { tmp, registry, emulatorUrl, packages } = ctx;
  const cli = packages.find((p) => p.name === '@acct/cli');
  const dir = newProject(tmp, registry, 'cli');
  const env = isolatedEnv(tmp, registry);
  const names = ['npx acct --version', 'npx acct balance against the emulator'];
  if (
    !(await step('c. npm install @acct/cli', () =>
      installFromRegistry(dir, env, registry, '@acct/cli'),
    ))
  ) {
    names.forEach((n) => notRun(`c. ${n}`, 'the install failed'));
    return;
  }
  await step('c. npx acct --version', async () => {
    const bin = join(dir, 'node_modules', '.bin', 'acct');
    check(existsSync(bin), 'npm did not link the acct bin into node_modules/.bin');
    const result = await mustRun('npx', ['--no', '--', 'acct', '--version'], {
      cwd: dir,
      env,
      timeoutMs: 60_000,
    });
    check(
      result.stdout.trim() === cli.version,
      `printed ${JSON.stringify(result.stdout.trim())}, expected ${cli.version}`,
    );
    return result.stdout.trim();
  });
  await step('c. npx acct balance against the emulator', async () => {
    check(emulatorUrl, 'the emulator is not running');
    const runEnv = isolatedEnv(tmp, registry, {
      ACCT_API_KEY: DEMO.apiKey,
      ACCT_API_SECRET: DEMO.apiSecret,
    });
    const args = [
      '--no',
      '--',
      'acct',
      'balance',
      '--rest-host',
      emulatorUrl,
      '--api-host',
      emulatorUrl,
    ];
    const result = await mustRun('npx', args, { cwd: dir, env: runEnv, timeoutMs: 60_000 });
    check(/10[.,]50?\b/.test(result.stdout), `the balance 10.5 is not in: ${result.stdout}`);
    return result.stdout.trim();
  });
}

/**
 * Scenario (d): before the first release, the tarballs of `npm run pack` installed from a
 * folder, as the README says; only the third-party dependencies come from the registry.
 */
async function tarballScenario(ctx) {
  const { tmp, registry, emulatorUrl, publishable } = ctx;
  const dir = newProject(tmp, registry, 'tarballs');
  const env = isolatedEnv(tmp, registry);
  const names = [
    'npm install the tarballs of @acct/accounts and its acct dependencies',
    'require() and a real call',
  ];
  let files = [];
  const packed = await step('d. npm run pack: one tarball per package', () => {
    const tarballs = packPackages(join(tmp, 'packed'), env);
    check(
      tarballs.length === publishable.length,
      `${tarballs.length} tarballs for ${publishable.length} packages`,
    );
    files = tarballsFor(tarballs, ['@acct/accounts']);
    return tarballs.map((t) => basename(t.file)).join(', ');
  });
  if (!packed) {
    names.forEach((n) => notRun(`d. ${n}`, 'npm run pack failed'));
    return;
  }
  const installed = await step(`d. ${names[0]}`, async () => {
    await mustRun('npm', ['install', ...files], { cwd: dir, env, timeoutMs: 180_000 });
    const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8'));
    const notFromTarballs = Object.entries(lock.packages ?? {})
      .filter(([path]) => path.includes('node_modules/@acct/'))
      .filter(([, entry]) => !String(entry.resolved).startsWith('file:'))
      .map(([path, entry]) => `${path} -> ${entry.resolved}`);
    check(notFromTarballs.length === 0, `not from the tarballs:\n${notFromTarballs.join('\n')}`);
    return files.map((file) => basename(file)).join(', ');
  });
  if (!installed) {
    notRun(`d. ${names[1]}`, 'the install failed');
    return;
  }
  await step(`d. ${names[1]}`, () => {
    check(emulatorUrl, 'the emulator is not running');
    cpSync(join(fixtures, 'accounts', 'require.cjs'), join(dir, 'require.cjs'));
    const runEnv = isolatedEnv(tmp, registry, {
      ACCT_TEST_URL: emulatorUrl,
      ACCT_API_KEY: DEMO.apiKey,
      ACCT_API_SECRET: DEMO.apiSecret,
    });
    return runConsumer(dir, runEnv, 'require.cjs');
  });
}

// ---------------------------------------------------------------- main

async function main() {
  tempRoot = mkdtempSync(join(tmpdir(), 'acct-release-'));
  const tmp = tempRoot;
  writeFileSync(join(tmp, 'global.npmrc'), '');
  writeFileSync(join(tmp, 'user.npmrc'), '');
  const packages = listWorkspacePackages(root);
  const publishable = listPublishablePackages(root);
  await step('built: every file named by the package manifests exists', () =>
    checkBuilt(publishable),
  );

  let registry;
  const registryUp = await step('verdaccio on 127.0.0.1, temp storage, no uplink', async () => {
    registry = await startLocalRegistry(join(tmp, 'registry'));
    cleanups.push(() => registry.close());
    writeFileSync(join(tmp, 'user.npmrc'), `registry=${registry.url}\n`);
    return registry.url;
  });
  if (!registryUp) return;

  const typesNode = JSON.parse(
    readFileSync(join(root, 'node_modules', '@types', 'node', 'package.json'), 'utf8'),
  );
  const seeded = await step('seed the third-party runtime dependencies', async () => {
    const workspaceNames = new Set(packages.map((p) => p.name));
    const users = workspaceClosure(packages, INSTALLED);
    const tscTypes = {
      name: 'release-test-types',
      dir: root,
      manifest: { name: 'release-test-types', dependencies: { '@types/node': typesNode.version } },
    };
    const deps = collectThirdPartyDependencies([...users, tscTypes], workspaceNames);
    const seedDir = join(tmp, 'seed');
    mkdirSync(seedDir);
    await seedRegistry(registry, deps, seedDir, isolatedEnv(tmp, registry));
    return `${deps.length} packages: ${deps.map((d) => `${d.name}@${d.version}`).join(', ')}`;
  });
  const published = await step(`lerna publish from-package (${publishable.length} packages)`, () =>
    publishWithLerna(tmp, registry, publishable),
  );

  let emulatorUrl;
  await step('emulator: startEmulator() from packages/emulator/dist', async () => {
    const entry = join(root, 'packages', 'emulator', 'dist', 'index.mjs');
    const { startEmulator } = await import(pathToFileURL(entry).href);
    const emulator = await startEmulator({ port: 0, host: '127.0.0.1' });
    cleanups.push(() => emulator.close());
    emulatorUrl = String(emulator.url).replace(/\/$/, '');
    return emulatorUrl;
  });

  if (!seeded || !published) {
    notRun('a/b/c. installs from the registry', 'the registry is not ready');
    return;
  }
  const ctx = {
    tmp,
    registry,
    emulatorUrl,
    packages,
    publishable,
    typesNodeVersion: typesNode.version,
  };
  await libraryScenario('a', '@acct/accounts', 'accounts', ctx);
  await libraryScenario('b', '@acct/server-sdk', 'server-sdk', ctx);
  await cliScenario(ctx);
  await tarballScenario(ctx);
}

async function cleanup() {
  while (cleanups.length > 0) {
    const stop = cleanups.pop();
    try {
      await stop();
    } catch (error) {
      console.error(`cleanup: ${error instanceof Error ? error.message : error}`);
    }
  }
  killRunningCommands();
  removeTemp();
}

/** ACCT_RELEASE_TEST_KEEP=1 keeps the temp folder (projects, registry storage) to look into. */
function removeTemp() {
  if (tempRoot && process.env.ACCT_RELEASE_TEST_KEEP === '1') console.log(`kept ${tempRoot}`);
  else if (tempRoot) rmSync(tempRoot, { recursive: true, force: true, maxRetries: 3 });
  tempRoot = undefined;
}

function summary() {
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  console.log(`\ntotal ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`release test: ${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

/** Signal or watchdog: stop children, drop the temp folder, exit (servers die with us). */
function abort(reason, code) {
  record(reason, false);
  killRunningCommands();
  removeTemp();
  summary();
  process.exit(code);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => abort(`stopped by ${signal}`, 130));
}
const watchdog = setTimeout(
  () => abort(`the release test ran over ${RUN_LIMIT_MS / 60_000} minutes`, 1),
  RUN_LIMIT_MS,
);
watchdog.unref();

try {
  await main();
} catch (error) {
  record('release test', false, undefined, error instanceof Error ? error.stack : String(error));
} finally {
  await cleanup();
  clearTimeout(watchdog);
}
process.exit(summary());
