// Benchmark (b) of issue 3: @acct/auth createBearerHeader().
//   1. cache hit: a token reused from the cache (target: over 100,000 per second);
//   2. fresh signing (jwtOptions.cache: false) versus raw crypto.sign('RSA-SHA256') of the same
//      header.payload with the same key (target: within 1.2x).
// Everything runs interleaved in one process, round after round, so both sides see the same
// machine state. Imports the BUILT package: run `npm run build` (or the package's rollup) first.
// The headline ratio is the median of the per-round ratios (robust to bursts of load from
// other processes); the ratio of the totals is printed beside it.
// Usage: node bench/auth.bench.mjs [rounds=40]
import { createPrivateKey, generateKeyPairSync, sign } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { Auth } from '../packages/auth/dist/index.mjs';

const ROUNDS = Number(process.argv[2] ?? 40);
const SIGN_OPS = 25; // per round and per side
const HIT_OPS = 50_000; // per round

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const pem = privateKey.export({ format: 'pem', type: 'pkcs8' });
const params = { applicationId: 'aaaaaaaa-bbbb-cccc-dddd-0123456789ab', privateKey: pem };
const cached = new Auth(params);
const fresh = new Auth({ ...params, jwtOptions: { cache: false } });
const rawKey = createPrivateKey(pem); // the same key, parsed the same way

// Warm up: loads jose and the key, and primes the JITs of both sides.
const sample = (await fresh.createBearerHeader()).slice('Bearer '.length);
const signingInput = Buffer.from(sample.slice(0, sample.lastIndexOf('.')));
for (let i = 0; i < 50; i++) {
  await fresh.createBearerHeader();
  sign('RSA-SHA256', signingInput, rawKey).toString('base64url');
}
await cached.createBearerHeader();

const ns = () => process.hrtime.bigint();
const totals = { hit: 0n, fresh: 0n, raw: 0n };
const roundRatios = [];
let sink = 0;

async function timeFresh() {
  const t = ns();
  for (let i = 0; i < SIGN_OPS; i++) sink += (await fresh.createBearerHeader()).length;
  return ns() - t;
}

function timeRaw() {
  const t = ns();
  for (let i = 0; i < SIGN_OPS; i++) {
    sink += sign('RSA-SHA256', signingInput, rawKey).toString('base64url').length;
  }
  return ns() - t;
}

for (let round = 0; round < ROUNDS; round++) {
  // Alternate which side goes first, so neither always runs right after the other.
  let freshNs;
  let rawNs;
  if (round % 2 === 0) {
    freshNs = await timeFresh();
    rawNs = timeRaw();
  } else {
    rawNs = timeRaw();
    freshNs = await timeFresh();
  }

  const t = ns();
  for (let i = 0; i < HIT_OPS; i++) sink += (await cached.createBearerHeader()).length;
  const hitNs = ns() - t;

  totals.fresh += freshNs;
  totals.raw += rawNs;
  totals.hit += hitNs;
  roundRatios.push(Number(freshNs) / Number(rawNs));
}

const perSecond = (ops, nanos) => (ops * 1e9) / Number(nanos);
const micros = (ops, nanos) => Number(nanos) / ops / 1e3;
const signOps = ROUNDS * SIGN_OPS;
const hitOps = ROUNDS * HIT_OPS;
const totalRatio = Number(totals.fresh) / Number(totals.raw);
const median = [...roundRatios].sort((a, b) => a - b)[Math.floor(roundRatios.length / 2)];
const hitRate = perSecond(hitOps, totals.hit);

const fmt = (n, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const rows = [
  ['case', 'ops', 'ops/s', 'µs/op', 'vs raw sign (median of rounds)', 'target', 'met'],
  [
    'createBearerHeader() cache hit',
    fmt(hitOps),
    fmt(hitRate),
    fmt(micros(hitOps, totals.hit), 3),
    '',
    '> 100,000/s',
    hitRate > 100_000 ? 'yes' : 'NO',
  ],
  [
    'createBearerHeader() fresh (cache off)',
    fmt(signOps),
    fmt(perSecond(signOps, totals.fresh)),
    fmt(micros(signOps, totals.fresh), 1),
    `${fmt(median, 3)}x (totals ${fmt(totalRatio, 3)}x)`,
    '<= 1.2x',
    median <= 1.2 ? 'yes' : 'NO',
  ],
  [
    "raw crypto.sign('RSA-SHA256') same input+key",
    fmt(signOps),
    fmt(perSecond(signOps, totals.raw)),
    fmt(micros(signOps, totals.raw), 1),
    '1.000x',
    'baseline',
    '',
  ],
];
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
const line = (r) =>
  r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');

console.log(
  `@acct/auth benchmark (b): RSA-2048, ${ROUNDS} interleaved rounds, load average ${loadavg()[0].toFixed(1)}`,
);
console.log(`node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? 'unknown cpu'}`);
console.log(line(rows[0]));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows.slice(1)) console.log(line(r));
console.log(
  `fresh/raw per round: min ${fmt(Math.min(...roundRatios), 3)}x, median ${fmt(median, 3)}x, max ${fmt(Math.max(...roundRatios), 3)}x`,
);
if (sink === 0) console.log('(unreachable)');
