// The built package, loaded the way users load it: in a plain Node process (inside Jest,
// `@acct/*` would be mapped back to the sources), by require() and by import().
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { runNodeJson as run } from '../../../../test/support/run-node';

const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');
const EXPORTS = [
  'AcctMcpConfigError',
  'MCP_USAGE',
  'createAcctMcpServer',
  'parseMcpArgs',
  'runAcctMcp',
  'startAcctMcpHttpServer',
];

const PROBE = `
  const keys = Object.keys(mod).sort();
  const parsed = mod.parseMcpArgs(['--allow-write'], { ACCT_API_KEY: 'k', ACCT_API_SECRET: 's' });
  console.log(JSON.stringify({ keys, server: parsed.server, create: typeof mod.createAcctMcpServer }));
`;

const expected = {
  keys: EXPORTS,
  server: { apiKey: 'k', apiSecret: 's', allowWrite: true, allowTopUp: false },
  create: 'function',
};

describe('built output', () => {
  it('import() of dist/index.mjs exposes the API', async () => {
    const code = `import(${JSON.stringify(join(DIST, 'index.mjs'))}).then((mod) => {${PROBE}});`;
    expect(await run(['-e', code])).toEqual(expected);
  });

  it('require() of dist/index.cjs exposes the API', async () => {
    const code = `const mod = require(${JSON.stringify(join(DIST, 'index.cjs'))});${PROBE}`;
    expect(await run(['-e', code])).toEqual(expected);
  });
});
