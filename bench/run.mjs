// `npm run bench`: runs every bench/*.bench.mjs (against the built packages) one after the
// other, each in its own process so one benchmark's heap and sockets cannot skew the next.
// Each benchmark prints its own table, with the baseline measured in the same run beside it.
// Pass names to run a subset: `npm run bench -- http auth`.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => only.length === 0 || only.includes(f.replace('.bench.mjs', '')))
  .sort();

console.log(
  `acct benchmarks on ${os.cpus().length} x ${os.cpus()[0]?.model ?? 'cpu'}, ` +
    `${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}\n`,
);
let failed = 0;
for (const file of files) {
  console.log(`## ${file}`);
  const r = spawnSync(process.execPath, ['--expose-gc', join(here, file)], { stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    console.log(`${file} exited with ${r.status ?? r.signal}`);
  }
  console.log('');
}
process.exit(failed === 0 ? 0 : 1);
