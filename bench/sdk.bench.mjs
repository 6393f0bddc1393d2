// Throughput of accounts.getBalance() against the same request made with raw node-fetch through
// the same keep-alive agent, on a loopback node:http server answering the balance JSON.
// Sequential and 50 concurrent, in interleaved ABCCBA rounds in one run (all sides do the same
// work: send the same headers, read the body as text and parse the JSON). The ratio printed is
// acct's time over raw's time for the same calls, as the median of the per-round ratios. A
// second baseline adds what a correct client must do (a per-call timeout signal and
// redirect: 'manual') to raw node-fetch, so that the cost of those two is shown apart.
// Target (issue 12): at most 1.10x, goal 1.05x.
// Run `npm run build` first (the bench imports the built packages).
import { Agent, createServer } from 'node:http';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import fetch from 'node-fetch';
import { Acct } from '../packages/server-sdk/dist/index.mjs';

const ROUNDS = Number(process.env.ROUNDS ?? 16);
const SEQUENTIAL = Number(process.env.SEQUENTIAL ?? 200); // calls per side per round
const CONCURRENT_BATCHES = Number(process.env.BATCHES ?? 10); // batches per side per round
const CONCURRENCY = 50;
const TARGET = 1.1;
const BODY = '{"value":10.17127500,"autoReload":false}';

const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(BODY),
    });
    res.end(BODY);
  });
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const host = `http://127.0.0.1:${server.address().port}`;

// one keep-alive agent, given to both sides (the settings of @acct/http's default agent)
const agent = new Agent({ keepAlive: true, timeout: 4000, scheduling: 'lifo' });
const acct = new Acct(
  { apiKey: 'abcd1234', apiSecret: 'Abcdef123456' },
  { restHost: host, apiHost: host, agent },
);
const { userAgent } = acct.accounts.getConfig();
const url = `${host}/account/get-balance`;
const authorization = `Basic ${Buffer.from('abcd1234:Abcdef123456').toString('base64')}`;

// What a correct client must do on top of raw node-fetch, and nothing else of acct: a time limit
// that can abort the request in flight (a fresh AbortController and timer per call) and
// `redirect: 'manual'` (a redirect is never followed). Reported as a second baseline.
const TIMEOUT = acct.accounts.getConfig().timeout;
const safeCall = async () => {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT);
  try {
    const res = await fetch(url, {
      method: 'GET',
      agent,
      headers: { accept: 'application/json', 'user-agent': userAgent, authorization },
      redirect: 'manual',
      signal: controller.signal,
    });
    const data = JSON.parse(await res.text());
    if (res.status !== 200 || data.value !== 10.171275) throw new Error('unexpected answer');
    return data;
  } finally {
    clearTimeout(timer);
  }
};

const sdkCall = () => acct.accounts.getBalance();
const rawCall = async () => {
  const res = await fetch(url, {
    method: 'GET',
    agent,
    headers: { accept: 'application/json', 'user-agent': userAgent, authorization },
  });
  const data = JSON.parse(await res.text());
  if (res.status !== 200 || data.value !== 10.171275) throw new Error('unexpected answer');
  return data;
};

/** `n` calls one after the other; returns the seconds taken. */
async function sequential(call, n) {
  const start = performance.now();
  for (let i = 0; i < n; i++) await call();
  return (performance.now() - start) / 1000;
}

/** `batches` batches of CONCURRENCY calls at once; returns the seconds taken. */
async function concurrent(call, batches) {
  const start = performance.now();
  for (let b = 0; b < batches; b++) {
    await Promise.all(Array.from({ length: CONCURRENCY }, call));
  }
  return (performance.now() - start) / 1000;
}

// Warm-up: JIT, sockets, lazy node-fetch import inside @acct/http.
for (let i = 0; i < 200; i++) {
  await sdkCall();
  await rawCall();
  await safeCall();
}
for (let i = 0; i < 4; i++) {
  await concurrent(sdkCall, 2);
  await concurrent(rawCall, 2);
  await concurrent(safeCall, 2);
}

// Each round runs the three sides in ABCCBA order (CBAABC the next round), half the calls per run, so
// linear drift and bursts of load from other processes hit all sides alike; the headline is the
// median of the per-round ratios (the rate of the totals is printed beside it).
const calls = { sdk: sdkCall, raw: rawCall, safe: safeCall };
const modes = [
  {
    key: 'seq',
    label: 'sequential',
    n: SEQUENTIAL,
    run: (call) => sequential(call, SEQUENTIAL / 2),
  },
  {
    key: 'conc',
    label: `${CONCURRENCY} concurrent`,
    n: CONCURRENT_BATCHES * CONCURRENCY,
    run: (call) => concurrent(call, CONCURRENT_BATCHES / 2),
  },
];
const totals = Object.fromEntries(
  modes.map((m) => [m.key, { sdk: 0, raw: 0, safe: 0, ratios: [], safeRatios: [], costs: [] }]),
);
for (let round = 0; round < ROUNDS; round++) {
  for (const mode of modes) {
    const abc = ['sdk', 'raw', 'safe'];
    const once = round % 2 === 0 ? abc : abc.reverse();
    const order = [...once, ...[...once].reverse()]; // ABCCBA, then CBAABC
    const seconds = { sdk: 0, raw: 0, safe: 0 };
    for (const who of order) seconds[who] += await mode.run(calls[who]);
    const t = totals[mode.key];
    for (const who of abc) t[who] += seconds[who];
    t.ratios.push(seconds.sdk / seconds.raw); // same calls: time over time
    t.safeRatios.push(seconds.sdk / seconds.safe);
    t.costs.push(seconds.safe / seconds.raw);
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(
  `accounts.getBalance() vs raw node-fetch, same agent, loopback (load ${os.loadavg()[0].toFixed(2)}); ` +
    `${ROUNDS} ABCCBA rounds of ${SEQUENTIAL} sequential and ${CONCURRENT_BATCHES}x${CONCURRENCY} concurrent calls per side; ` +
    `ratio = acct time / raw time, median of the per-round ratios (target <= ${TARGET.toFixed(2)}x, goal 1.05x)`,
);
console.log(
  '| mode           | acct (req/s) | raw fetch (req/s) | raw + timeout signal + manual (req/s) | acct / raw | target | acct / raw+signal | raw+signal / raw |',
);
console.log(
  '|----------------|--------------|-------------------|---------------------------------------|------------|--------|-------------------|------------------|',
);
for (const mode of modes) {
  const t = totals[mode.key];
  const rate = (seconds) => ((ROUNDS * mode.n) / seconds).toFixed(0);
  const ratio = median(t.ratios);
  const x = (v) => `${v.toFixed(3)}x`;
  console.log(
    `| ${mode.label.padEnd(14)} | ${rate(t.sdk).padStart(12)} | ${rate(t.raw).padStart(17)} | ` +
      `${rate(t.safe).padStart(37)} | ${x(ratio).padStart(10)} | ${ratio <= TARGET ? 'met   ' : 'MISSED'} | ` +
      `${x(median(t.safeRatios)).padStart(17)} | ${x(median(t.costs)).padStart(16)} |`,
  );
}
console.log(
  'ratios are medians of the per-round ratios; "raw + timeout signal + manual" is raw node-fetch with ' +
    'a fresh AbortController and timer per call and redirect: "manual", what a correct client must add',
);
server.close();
server.closeAllConnections();
agent.destroy();
