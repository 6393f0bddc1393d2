import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { describe, expect, it } from '@jest/globals';

const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');
const EXPORTS = [
  'AcctMcpConfigError',
  'MCP_USAGE',
  'createAcctMcpServer',
  'parseMcpArgs',
  'runAcctMcp',
  'startAcctMcpHttpServer',
];

describe('built output', () => {
  it('import() of dist/index.mjs exposes the API', async () => {
    const mod = (await import(join(DIST, 'index.mjs'))) as Record<string, unknown>;
    expect(Object.keys(mod).sort()).toEqual(EXPORTS);
    const parse = mod.parseMcpArgs as (argv: string[], env: object) => { server: object };
    expect(parse(['--allow-write'], { ACCT_API_KEY: 'k', ACCT_API_SECRET: 's' }).server).toEqual({
      apiKey: 'k',
      apiSecret: 's',
      allowWrite: true,
      allowTopUp: false,
    });
  });

  it('require() of dist/index.cjs exposes the API', () => {
    const mod = createRequire(import.meta.url)(join(DIST, 'index.cjs')) as Record<string, unknown>;
    expect(Object.keys(mod).sort()).toEqual(EXPORTS);
    expect(typeof mod.createAcctMcpServer).toBe('function');
  });
});
