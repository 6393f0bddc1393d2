// Cold-start cost of @acct/server-sdk: `require()` of dist/index.cjs and `import()` of
// dist/index.mjs, each over a bare `node -e ''` (same flags), minimum of 10 spawns, interleaved.
// Target: at most 40 ms added. Run `npm run build` first (the bench imports the built package).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cjs = fileURLToPath(new URL('../packages/server-sdk/dist/index.cjs', import.meta.url));
const esm = new URL('../packages/server-sdk/dist/index.mjs', import.meta.url).href;
if (!existsSync(cjs)) {
  console.error('packages/server-sdk/dist is missing: run `npm run build` first');
  process.exit(1);
}

const SPAWNS = Number(process.env.SPAWNS ?? 10);
const TARGET_MS = 40;
const cases = {
  'bare node -e (cjs)': ['-e', ''],
  "require('@acct/server-sdk')": ['-e', `require(${JSON.stringify(cjs)})`],
  'bare node -e (esm)': ['--input-type=module', '-e', ''],
  "import('@acct/server-sdk')": [
    '--input-type=module',
    '-e',
    `await import(${JSON.stringify(esm)})`,
  ],
};

const time = (args) => {
  const start = process.hrtime.bigint();
  const out = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (out.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${out.stderr}`);
  return ms;
};

const best = Object.fromEntries(Object.keys(cases).map((name) => [name, Infinity]));
for (let round = 0; round < SPAWNS; round++) {
  for (const [name, args] of Object.entries(cases)) best[name] = Math.min(best[name], time(args));
}

const rows = [
  ['require()', best["require('@acct/server-sdk')"], best['bare node -e (cjs)']],
  ['import()', best["import('@acct/server-sdk')"], best['bare node -e (esm)']],
];
console.log(
  `cold start of @acct/server-sdk, minimum of ${SPAWNS} spawns (target <= ${TARGET_MS} ms added)`,
);
console.log('| load      | with sdk (ms) | bare node (ms) | added (ms) | ratio | target |');
console.log('|-----------|---------------|----------------|------------|-------|--------|');
for (const [name, withSdk, bare] of rows) {
  const added = withSdk - bare;
  console.log(
    `| ${name.padEnd(9)} | ${withSdk.toFixed(1).padStart(13)} | ${bare.toFixed(1).padStart(14)} | ` +
      `${added.toFixed(1).padStart(10)} | ${(withSdk / bare).toFixed(2).padStart(5)} | ` +
      `${added <= TARGET_MS ? 'met' : 'MISSED'.padEnd(6)} |`,
  );
}
