// Smoke tests of the built package (dist/ must exist: the test command builds before Jest).
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runNode } from '../../../../test/support/run-node';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'dist');
const EXPORTS = [
  'DEMO_ACCOUNT',
  'Emulator',
  'EmulatorOptionError',
  'createHandlers',
  'startEmulator',
];

const node = (args: string[], cwd: string) => runNode(args, { cwd });

const SCRIPT = (load: string) => `
${load}
const { startEmulator, Emulator, createHandlers, DEMO_ACCOUNT } = emu;
let msw = 'absent';
try { require.resolve('msw'); msw = 'present'; } catch {}
(async () => {
  const e = await startEmulator();
  const auth = Buffer.from(DEMO_ACCOUNT.apiKey + ':' + DEMO_ACCOUNT.apiSecret).toString('base64');
  const r = await fetch(e.url + '/account/get-balance', { headers: { authorization: 'Basic ' + auth } });
  const body = await r.json();
  await e.close();
  let handlers;
  try { createHandlers({}); } catch (error) { handlers = error.constructor.name; }
  console.log(JSON.stringify({ status: r.status, body, core: typeof new Emulator().handle, handlers, msw }));
})();
`;

describe('built package', () => {
  it('loads with require() in Jest', () => {
    const required = createRequire(import.meta.url)(join(dist, 'index.cjs')) as Record<
      string,
      unknown
    >;
    expect(Object.keys(required).sort()).toEqual(EXPORTS);
  });

  it('loads with import() in Jest', async () => {
    const imported = (await import(join(dist, 'index.mjs'))) as Record<string, unknown>;
    expect(Object.keys(imported).sort()).toEqual(EXPORTS);
  });

  describe('installed without msw', () => {
    let project: string;
    beforeAll(() => {
      project = mkdtempSync(join(tmpdir(), 'acct-emulator-'));
      const pkg = join(project, 'node_modules', '@acct', 'emulator');
      mkdirSync(pkg, { recursive: true });
      cpSync(dist, join(pkg, 'dist'), { recursive: true });
      cpSync(join(root, 'package.json'), join(pkg, 'package.json'));
    });
    afterAll(() => rmSync(project, { recursive: true, force: true }));

    const expected = {
      status: 200,
      body: { value: 10.5, autoReload: true },
      core: 'function',
      handlers: 'EmulatorOptionError',
      msw: 'absent',
    };

    it('works from require() in plain Node', async () => {
      const out = await node(['-e', SCRIPT("const emu = require('@acct/emulator');")], project);
      expect(JSON.parse(out)).toEqual(expected);
    });

    it('works from import() in plain Node', async () => {
      const script = `const require = (await import('node:module')).createRequire(process.cwd() + '/');
const emu = await import('@acct/emulator');
${SCRIPT('').replace('const require = ', '// ')}`;
      const out = await node(['--input-type=module', '-e', script], project);
      expect(JSON.parse(out)).toEqual(expected);
    });
  });

  describe('with msw, createHandlers', () => {
    const MSW = (prelude: string) => `${prelude}
const server = setupServer(...createHandlers({ http }));
server.listen({ onUnhandledRequest: 'error' });
const auth = Buffer.from(DEMO_ACCOUNT.apiKey + ':' + DEMO_ACCOUNT.apiSecret).toString('base64');
fetch('https://rest.nexmo.com/account/get-balance', { headers: { authorization: 'Basic ' + auth } })
  .then(async (r) => { console.log(JSON.stringify([r.status, await r.json()])); server.close(); });
`;
    const expected = [200, { value: 10.5, autoReload: true }];

    it('works from require()', async () => {
      const script = MSW(`const { http } = require('msw');
const { setupServer } = require('msw/node');
const { createHandlers, DEMO_ACCOUNT } = require('./dist/index.cjs');`);
      expect(JSON.parse(await node(['-e', script], root))).toEqual(expected);
    });

    it('works from import', async () => {
      const script = MSW(`import { http } from 'msw';
import { setupServer } from 'msw/node';
import { createHandlers, DEMO_ACCOUNT } from './dist/index.mjs';`);
      expect(JSON.parse(await node(['--input-type=module', '-e', script], root))).toEqual(expected);
    });
  });
});
