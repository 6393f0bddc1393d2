// @acct/emulator: balance requests per second at 50 concurrent keep-alive connections against
// the built startEmulator, beside a bare node:http server answering the same fixed JSON
// (baseline, same run, same client), then heap used before and after 100,000 requests (after
// a forced GC) to show the emulator does not grow. Run: node --expose-gc bench/emulator.bench.mjs
// (re-spawns itself with --expose-gc when needed). Exits 0; prints whether the target is met.
import { spawnSync } from 'node:child_process';
import { createServer, Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';

if (typeof globalThis.gc !== 'function') {
  const r = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url)], {
    stdio: 'inherit',
  });
  process.exit(r.status ?? 1);
}

const { startEmulator, DEMO_ACCOUNT } = await import(
  new URL('../packages/emulator/dist/index.mjs', import.meta.url).href
);

const CONCURRENCY = 50;
const WARMUP = 5_000;
const MEASURED = 100_000;
const TARGET = 5_000;
const BODY = JSON.stringify({ value: DEMO_ACCOUNT.balance, autoReload: DEMO_ACCOUNT.autoReload });
const AUTH = `Basic ${Buffer.from(`${DEMO_ACCOUNT.apiKey}:${DEMO_ACCOUNT.apiSecret}`).toString('base64')}`;

function bareServer() {
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'x-request-id': 'fixed' });
    res.end(BODY);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => { server.close(r); server.closeAllConnections(); }) })),
  );
}

function get(agent, url) {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/account/get-balance`, { agent, headers: { authorization: AUTH } }, (res) => {
      let size = 0;
      res.on('data', (chunk) => (size += chunk.length));
      res.on('end', () => (res.statusCode === 200 && size > 0 ? resolve() : reject(new Error(`status ${res.statusCode}`))));
    });
    req.on('error', reject);
    req.end();
  });
}

async function run(url, total) {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  let next = 0;
  const worker = async () => {
    while (next < total) {
      next += 1;
      await get(agent, url);
    }
  };
  const start = process.hrtime.bigint();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  agent.destroy();
  return total / seconds;
}

function heapMiB() {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

const bare = await bareServer();
await run(bare.url, WARMUP);
const baseline = await run(bare.url, MEASURED);
await bare.close();

const emulator = await startEmulator();
await run(emulator.url, WARMUP);
const heapBefore = heapMiB();
const rate = await run(emulator.url, MEASURED);
const heapAfter = heapMiB();
const logged = emulator.requests.length;
await emulator.close();

const fmt = (n) => Math.round(n).toLocaleString('en-US');
console.log(`balance requests, ${CONCURRENCY} concurrent keep-alive connections, ${fmt(MEASURED)} requests each`);
console.log('| server                         | requests/s | vs baseline |');
console.log('| ------------------------------ | ---------: | ----------: |');
console.log(`| bare node:http, fixed JSON     | ${fmt(baseline).padStart(10)} | ${'1.00'.padStart(11)} |`);
console.log(`| @acct/emulator (startEmulator) | ${fmt(rate).padStart(10)} | ${(rate / baseline).toFixed(2).padStart(11)} |`);
console.log('');
console.log('| heap used (after forced GC)    | MiB    |');
console.log('| ------------------------------ | -----: |');
console.log(`| before ${fmt(MEASURED)} requests       | ${heapBefore.toFixed(2).padStart(6)} |`);
console.log(`| after                          | ${heapAfter.toFixed(2).padStart(6)} |`);
console.log(`| growth                         | ${(heapAfter - heapBefore).toFixed(2).padStart(6)} |`);
console.log('');
console.log(`request log holds ${logged} entries (ring buffer)`);
console.log(`target >= ${fmt(TARGET)} requests/s: ${rate >= TARGET ? 'met' : 'NOT met'}`);
