// Throughput of accounts.getBalance() against the same request made with raw node-fetch through
// the same keep-alive agent, on a loopback node:http server answering the balance JSON.
// Sequential and 50 concurrent, interleaved rounds in one run. Target: acct >= 95% of raw.
// Run `npm run build` first (the bench imports the built packages).
import { createServer } from 'node:http';
import { performance } from 'node:perf_hooks';
import fetch from 'node-fetch';
import { Acct } from '../packages/server-sdk/dist/index.mjs';

const ROUNDS = Number(process.env.ROUNDS ?? 6);
const SEQUENTIAL = Number(process.env.SEQUENTIAL ?? 400);
const CONCURRENT_BATCHES = Number(process.env.BATCHES ?? 20);
const CONCURRENCY = 50;
const TARGET = 0.95;
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

const acct = new Acct(
  { apiKey: 'abcd1234', apiSecret: 'Abcdef123456' },
  { restHost: host, apiHost: host },
);
const { agent, userAgent } = acct.accounts.getConfig();
const url = `${host}/account/get-balance`;
const authorization = `Basic ${Buffer.from('abcd1234:Abcdef123456').toString('base64')}`;

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

async function sequential(call) {
  const start = performance.now();
  for (let i = 0; i < SEQUENTIAL; i++) await call();
  return SEQUENTIAL / ((performance.now() - start) / 1000);
}

async function concurrent(call) {
  const start = performance.now();
  for (let b = 0; b < CONCURRENT_BATCHES; b++) {
    await Promise.all(Array.from({ length: CONCURRENCY }, call));
  }
  return (CONCURRENT_BATCHES * CONCURRENCY) / ((performance.now() - start) / 1000);
}

// Warm-up: JIT, sockets, lazy node-fetch import inside @acct/http.
for (let i = 0; i < 200; i++) {
  await sdkCall();
  await rawCall();
}

const totals = { seq: { sdk: [], raw: [] }, conc: { sdk: [], raw: [] } };
for (let round = 0; round < ROUNDS; round++) {
  const order = round % 2 === 0 ? ['sdk', 'raw'] : ['raw', 'sdk'];
  for (const who of order)
    totals.seq[who].push(await sequential(who === 'sdk' ? sdkCall : rawCall));
  for (const who of order)
    totals.conc[who].push(await concurrent(who === 'sdk' ? sdkCall : rawCall));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(
  `accounts.getBalance() vs raw node-fetch, same agent, loopback; median of ${ROUNDS} interleaved rounds (target >= ${TARGET * 100}%)`,
);
console.log('| mode           | acct (req/s) | raw fetch (req/s) | ratio  | target |');
console.log('|----------------|--------------|-------------------|--------|--------|');
for (const [mode, label] of [
  ['seq', 'sequential'],
  ['conc', `${CONCURRENCY} concurrent`],
]) {
  const sdk = median(totals[mode].sdk);
  const raw = median(totals[mode].raw);
  const ratio = sdk / raw;
  console.log(
    `| ${label.padEnd(14)} | ${sdk.toFixed(0).padStart(12)} | ${raw.toFixed(0).padStart(17)} | ` +
      `${(ratio * 100).toFixed(1).padStart(5)}% | ${ratio >= TARGET ? 'met   ' : 'MISSED'} |`,
  );
}
server.close();
server.closeAllConnections();
