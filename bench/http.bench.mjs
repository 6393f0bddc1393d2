// Benchmark (a) of issue 3: request() of the BUILT @acct/http through node-fetch, against
// node-fetch called directly with the same keep-alive agent (and the same work: read and
// parse the JSON body). One process: the loopback node:http server runs in a worker
// thread; many short rounds alternate the two sides (ABBA order) so drift and noise from
// other processes hit both alike. Target: request() >= 95% of the raw throughput.
//
//   node bench/http.bench.mjs            (after building packages/http; ~10-25 s)
//   BENCH_ROUNDS, BENCH_SEQUENTIAL, BENCH_CONCURRENT override the sizes.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import fetch from 'node-fetch';
import { Agent } from 'node:http';
import { request } from '../packages/http/dist/index.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const SEQUENTIAL = Number(process.env.BENCH_SEQUENTIAL ?? 100);
const CONCURRENT = Number(process.env.BENCH_CONCURRENT ?? 400);
const CONCURRENCY = 50;

const serverCode = `
  const { createServer } = require('node:http');
  const { parentPort } = require('node:worker_threads');
  const body = JSON.stringify({ value: 10.28, autoReload: false });
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
  server.keepAliveTimeout = 30000;
  server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));
  parentPort.on('message', () => { server.closeAllConnections(); server.close(); parentPort.close(); });
`;
const worker = new Worker(serverCode, { eval: true });
const port = await new Promise((resolve) => worker.once('message', resolve));
const url = `http://127.0.0.1:${port}/account/get-balance`;
const agent = new Agent({ keepAlive: true, timeout: 4000, scheduling: 'lifo' });

const sides = {
  raw: async () => {
    const res = await fetch(url, { agent, headers: { accept: 'application/json' } });
    return res.json();
  },
  request: async () => (await request({ url, agent, retry: false })).data,
};

/** Runs `n` calls, `lanes` at a time; returns [calls, seconds, main-thread busy ms]. */
async function run(call, n, lanes) {
  let left = n;
  const lane = async () => {
    while (left-- > 0) await call();
  };
  const elu = performance.eventLoopUtilization();
  const start = process.hrtime.bigint();
  await Promise.all(Array.from({ length: lanes }, lane));
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return [n, seconds, performance.eventLoopUtilization(elu).active];
}

const check = await sides.request();
if (check.value !== 10.28) throw new Error('unexpected response from request()');
for (const call of Object.values(sides)) {
  await run(call, 300, 1);
  await run(call, 1000, CONCURRENCY);
}

const cases = [
  { name: 'sequential', n: SEQUENTIAL, lanes: 1 },
  { name: `${CONCURRENCY} concurrent`, n: CONCURRENT, lanes: CONCURRENCY },
];
for (const c of cases) c.sides = { raw: { n: 0, s: 0, busy: 0 }, request: { n: 0, s: 0, busy: 0 } };
for (const c of cases) c.ratios = [];
for (let round = 0; round < ROUNDS; round++) {
  for (const c of cases) {
    // ABBA inside every round (BAAB the next one): linear drift cancels within the round
    const first = round % 2 === 0 ? 'raw' : 'request';
    const second = first === 'raw' ? 'request' : 'raw';
    const got = { raw: [0, 0], request: [0, 0] };
    for (const side of [first, second, second, first]) {
      const [n, s, busy] = await run(sides[side], c.n / 2, c.lanes);
      const t = c.sides[side];
      t.n += n;
      t.s += s;
      t.busy += busy;
      got[side][0] += n;
      got[side][1] += s;
    }
    c.ratios.push(got.request[0] / got.request[1] / (got.raw[0] / got.raw[1]));
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (x) => `${(x * 100).toFixed(1)}%`;
const rps = (t) => `${Math.round(t.n / t.s).toLocaleString('en-US')} req/s`;
const us = (t) => `${Math.round((t.busy * 1000) / t.n)} us`;

console.log(
  `@acct/http request() vs node-fetch direct (same keep-alive agent), loopback node:http in a worker thread`,
);
console.log(
  `node ${process.version}, ${os.platform()} ${os.arch()}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim()}), load ${os.loadavg()[0].toFixed(2)}; ` +
    `${ROUNDS} alternating rounds of ${SEQUENTIAL} sequential and ${CONCURRENT} concurrent calls per side`,
);
console.log('');
console.log(
  `${'case'.padEnd(15)}${'node-fetch direct'.padStart(19)}${'request()'.padStart(15)}${'ratio'.padStart(8)}${'median round'.padStart(14)}${'busy/call raw | request()'.padStart(28)}  target >= 95%`,
);
for (const c of cases) {
  const ratio = c.sides.request.n / c.sides.request.s / (c.sides.raw.n / c.sides.raw.s);
  const med = median(c.ratios);
  console.log(
    `${c.name.padEnd(15)}${rps(c.sides.raw).padStart(19)}${rps(c.sides.request).padStart(15)}${pct(ratio).padStart(8)}${pct(med).padStart(14)}${`${us(c.sides.raw)} | ${us(c.sides.request)}`.padStart(28)}  ${med >= 0.95 ? 'ok' : 'MISSED'}`,
  );
}

worker.postMessage('close');
await new Promise((resolve) => worker.once('exit', resolve));
agent.destroy();
