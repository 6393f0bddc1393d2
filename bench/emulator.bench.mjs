// @acct/emulator: balance requests per second at 50 concurrent keep-alive connections against
// the built startEmulator, beside a bare node:http server answering the same fixed JSON
// (baseline: same run, same client, same request), then heap used before and after 100,000
// requests (after a forced GC) to show the emulator does not grow.
// The load generator runs in a worker thread of this process, so the servers (on the main
// thread) get a core of their own and the heap figures are the servers' heap only.
// Run: node --expose-gc bench/emulator.bench.mjs (re-spawns itself with --expose-gc if needed).
// Exits 0 and prints whether the target (>= 5,000 requests/s) is met.
import { spawnSync } from 'node:child_process';
import { createServer, Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const CONCURRENCY = 50;
const WARMUP = 5_000;
const MEASURED = 100_000;
const TARGET = 5_000;

/** Worker: sends `total` GET /account/get-balance over 50 keep-alive connections; posts req/s. */
async function load({ url, total, authorization }) {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const get = () =>
    new Promise((resolve, reject) => {
      const req = request(
        `${url}/account/get-balance`,
        { agent, headers: { authorization } },
        (res) => {
          let size = 0;
          res.on('data', (chunk) => (size += chunk.length));
          res.on('end', () =>
            res.statusCode === 200 && size > 0
              ? resolve()
              : reject(new Error(`status ${res.statusCode}`)),
          );
        },
      );
      req.on('error', reject);
      req.end();
    });
  let sent = 0;
  const worker = async () => {
    while (sent < total) {
      sent += 1;
      await get();
    }
  };
  const start = process.hrtime.bigint();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  agent.destroy();
  return total / seconds;
}

if (!isMainThread) {
  parentPort.postMessage(await load(workerData));
} else if (typeof globalThis.gc !== 'function') {
  const r = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url)], {
    stdio: 'inherit',
  });
  process.exit(r.status ?? 1);
} else {
  const { startEmulator, DEMO_ACCOUNT } = await import(
    new URL('../packages/emulator/dist/index.mjs', import.meta.url).href
  );
  const authorization = `Basic ${Buffer.from(`${DEMO_ACCOUNT.apiKey}:${DEMO_ACCOUNT.apiSecret}`).toString('base64')}`;
  const body = JSON.stringify({ value: DEMO_ACCOUNT.balance, autoReload: DEMO_ACCOUNT.autoReload });

  /** Runs the load in a worker; returns req/s and the main thread's busy µs per request. */
  const run = (url, total) =>
    new Promise((resolve, reject) => {
      const before = performance.eventLoopUtilization();
      const worker = new Worker(fileURLToPath(import.meta.url), {
        workerData: { url, total, authorization },
      });
      worker.once('message', (rate) => {
        const elu = performance.eventLoopUtilization(before);
        resolve({ rate, busyMicros: (elu.active * 1000) / total });
      });
      worker.once('error', reject);
    });

  const bare = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'x-request-id': 'fixed' });
    res.end(body);
  });
  await new Promise((resolve) => bare.listen(0, '127.0.0.1', resolve));
  const bareUrl = `http://127.0.0.1:${bare.address().port}`;
  await run(bareUrl, WARMUP);
  const baseline = await run(bareUrl, MEASURED);
  bare.closeAllConnections();
  await new Promise((resolve) => bare.close(resolve));

  const emulator = await startEmulator();
  await run(emulator.url, WARMUP);
  globalThis.gc();
  globalThis.gc();
  const heapBefore = process.memoryUsage().heapUsed / 2 ** 20;
  const measured = await run(emulator.url, MEASURED);
  globalThis.gc();
  globalThis.gc();
  const heapAfter = process.memoryUsage().heapUsed / 2 ** 20;
  const logged = emulator.requests.length;
  await emulator.close();

  const fmt = (n) => Math.round(n).toLocaleString('en-US');
  const row = (name, r) =>
    `| ${name.padEnd(30)} | ${fmt(r.rate).padStart(10)} | ${(r.rate / baseline.rate).toFixed(2).padStart(11)} | ${r.busyMicros.toFixed(1).padStart(16)} |`;
  console.log(
    `GET /account/get-balance, ${CONCURRENCY} concurrent keep-alive connections, ${fmt(MEASURED)} requests each`,
  );
  console.log('| server                         | requests/s | vs baseline | server µs/request |');
  console.log('| ------------------------------ | ---------: | ----------: | ----------------: |');
  console.log(row('bare node:http, fixed JSON', baseline));
  console.log(row('@acct/emulator (startEmulator)', measured));
  console.log('');
  console.log('| heap used after forced GC      |    MiB |');
  console.log('| ------------------------------ | -----: |');
  console.log(`| before ${fmt(MEASURED)} requests        | ${heapBefore.toFixed(2).padStart(6)} |`);
  console.log(`| after                          | ${heapAfter.toFixed(2).padStart(6)} |`);
  console.log(
    `| growth                         | ${(heapAfter - heapBefore).toFixed(2).padStart(6)} |`,
  );
  console.log('');
  console.log(`request log: ${logged} entries kept (ring buffer of the last 1,000)`);
  console.log(
    `target >= ${fmt(TARGET)} requests/s: ${measured.rate >= TARGET ? 'met' : 'NOT met'}`,
  );
}
