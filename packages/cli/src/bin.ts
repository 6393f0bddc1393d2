import { processIo } from './cli-io';
import { run } from './run';

const code = await run(process.argv.slice(2), processIo());
// Let stdout and stderr drain, then leave: idle keep-alive sockets must not hold the process.
process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
