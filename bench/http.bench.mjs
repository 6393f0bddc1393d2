// Benchmark (a) of issue 3: request() of the BUILT @acct/http through node-fetch, against
// node-fetch called directly with the same keep-alive agent. One process: the loopback
// node:http server runs in a worker thread; rounds interleave both sides (ABBA order) so
// drift hits them equally. Target: request() >= 95% of the raw throughput.
//
//   node bench/http.bench.mjs            (after building packages/http)
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import fetch from 'node-fetch';
import { createKeepAliveAgent, request } from '../packages/http/dist/index.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const SEQUENTIAL = Number(process.env.BENCH_SEQUENTIAL ?? 300);
const CONCURRENCY = 50;
const CONCURRENT = Number(process.env.BENCH_CONCURRENT ?? 800);

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
  parentPort.on('message', () => server.close(() => process.exit(0)));
`;
const worker = new Worker(serverCode, { eval: true });
const port = await new Promise((resolve) => worker.once('message', resolve));
const url = `http://127.0.0.1:${port}/account/get-balance`;
const agent = createKeepAliveAgent();
const config = { agent, retry: false };

const sides = {
  raw: async () => {
    const res = await fetch(url, { agent, headers: { accept: 'application/json' } });
    return res.json();
  },
  request: async () => (await request({ url }, config)).data,
};

async function sequential(call, n) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) await call();
  return [n, Number(process.hrtime.bigint() - start) / 1e9];
}

async function concurrent(call, n) {
  let left = n;
  const start = process.hrtime.bigint();
  const lane = async () => {
    while (left-- > 0) await call();
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, lane));
  return [n, Number(process.hrtime.bigint() - start) / 1e9];
}

const check = await sides.request();
if (check.value !== 10.28) throw new Error('unexpected response from request()');
for (const call of Object.values(sides)) {
  await sequential(call, 300);
  await concurrent(call, 500);
}

const totals = { sequential: { raw: [0, 0], request: [0, 0] }, concurrent: { raw: [0, 0], request: [0, 0] } };
const add = (slot, [n, s]) => {
  slot[0] += n;
  slot[1] += s;
};
for (let round = 0; round < ROUNDS; round++) {
  const order = round % 2 === 0 ? ['raw', 'request'] : ['request', 'raw'];
  for (const side of order) add(totals.sequential[side], await sequential(sides[side], SEQUENTIAL));
  for (const side of [...order].reverse()) {
    add(totals.concurrent[side], await concurrent(sides[side], CONCURRENT));
  }
}

const rate = ([n, s]) => n / s;
const fmt = (x) => `${Math.round(x).toLocaleString('en-US')} req/s`;
const rows = [
  ['sequential', totals.sequential],
  [`${CONCURRENCY} concurrent`, totals.concurrent],
].map(([name, t]) => {
  const raw = rate(t.raw);
  const ours = rate(t.request);
  return { name, raw, ours, ratio: ours / raw };
});

console.log(
  `@acct/http: request() vs node-fetch direct, same keep-alive agent, loopback node:http ` +
    `(node ${process.version}, ${os.platform()} ${os.arch()}, ${os.cpus().length} CPUs, ${os.cpus()[0]?.model.trim()})`,
);
console.log(`${ROUNDS} interleaved rounds; ${SEQUENTIAL} sequential + ${CONCURRENT} concurrent requests per side per round`);
console.log('');
console.log(`${'case'.padEnd(16)}${'node-fetch direct'.padStart(20)}${'request()'.padStart(16)}${'ratio'.padStart(9)}  target`);
for (const r of rows) {
  console.log(
    `${r.name.padEnd(16)}${fmt(r.raw).padStart(20)}${fmt(r.ours).padStart(16)}${`${(r.ratio * 100).toFixed(1)}%`.padStart(9)}  >= 95% ${r.ratio >= 0.95 ? 'ok' : 'MISSED'}`,
  );
}

worker.postMessage('close');
await new Promise((resolve) => worker.once('exit', resolve));
agent(new URL(url)).destroy();
