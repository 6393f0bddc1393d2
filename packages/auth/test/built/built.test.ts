import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from '@jest/globals';
import { runNode } from '../../../../test/support/run-node';

// Assumes dist/ exists: the test command builds every package before Jest runs.
const root = fileURLToPath(new URL('../../../../', import.meta.url));
const cjsPath = fileURLToPath(new URL('../../dist/index.cjs', import.meta.url));
const mjsUrl = new URL('../../dist/index.mjs', import.meta.url).href;

const EXPORTS = [
  'AlgorithmTypes',
  'Auth',
  'InvalidApiKeyError',
  'InvalidApiSecretError',
  'InvalidPrivateKeyError',
  'InvalidSignatureAlgorithmError',
  'MissingApiKeyError',
  'MissingApiSecretError',
  'MissingApplicationIdError',
  'MissingPrivateKeyError',
  'MissingSignatureError',
  'isAuthError',
  'isAuthInterface',
];

/**
 * What a user sees of the built package, printed as JSON by a plain Node process: inside Jest,
 * `@acct/http` would be mapped back to its sources (and instrumented a second time).
 */
const PROBE = `
  const auth = new mod.Auth({ apiKey: 'abcd1234', apiSecret: 'Abcdef123456' });
  Promise.all([
    auth.createBasicHeader(),
    new mod.Auth({ apiKey: 'abcd1234' }).createBasicHeader().catch((e) => [e.name, e.code]),
    new mod.Auth({ apiKey: 1234 }).createBasicHeader().catch((e) => [e.name, e.received]),
  ]).then(([basic, missing, deferred]) => console.log(JSON.stringify({
    keys: Object.keys(mod).sort(),
    basic,
    json: JSON.stringify(auth),
    missing,
    deferred,
    sha256hmac: mod.AlgorithmTypes.sha256hmac,
    isAuth: [mod.isAuthInterface(auth), mod.isAuthInterface({ apiKey: 'k' })],
  })));
`;

const EXPECTED = {
  keys: EXPORTS,
  basic: 'Basic YWJjZDEyMzQ6QWJjZGVmMTIzNDU2',
  json: '{"apiKey":"abcd1234","apiSecret":"[REDACTED]"}',
  missing: ['MissingApiSecretError', 'ACCT_AUTH_MISSING_API_SECRET'],
  deferred: ['InvalidApiKeyError', 'a number'],
  sha256hmac: 'SHA256HMAC',
  isAuth: [true, false],
};

/** Runs a script with real Node (real package resolution, no Jest module registry). */
const node = (args: string[]) => runNode(args, { cwd: root });

const dir = mkdtempSync(join(tmpdir(), 'acct-auth-built-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('built @acct/auth', () => {
  it('works through require() of dist/index.cjs', async () => {
    const script = `const mod = require(${JSON.stringify(cjsPath)});${PROBE}`;
    expect(JSON.parse(await node(['-e', script]))).toEqual(EXPECTED);
  });

  it('works through import() of dist/index.mjs', async () => {
    const script = `import(${JSON.stringify(mjsUrl)}).then((mod) => {${PROBE}});`;
    expect(JSON.parse(await node(['-e', script]))).toEqual(EXPECTED);
  });

  it('does not load jose on require(), nor for Basic auth', async () => {
    const script =
      "const { Auth } = require('./packages/auth/dist/index.cjs');" +
      "new Auth({ apiKey: 'k', apiSecret: 's' }).createBasicHeader().then((h) => {" +
      "  console.log(h, Object.keys(require.cache).some((k) => k.includes('/jose/')));" +
      '});';
    expect(await node(['-e', script])).toBe('Basic azpz false');
  });

  it('imports jose on the first JWT only, from both builds (resolve hook log)', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const keyPath = join(dir, 'private.key');
    writeFileSync(keyPath, privateKey.export({ format: 'pem', type: 'pkcs8' }));
    const log = join(dir, 'resolved.log');
    const hooks = join(dir, 'hooks.mjs');
    writeFileSync(
      hooks,
      "import { appendFileSync } from 'node:fs';\n" +
        'export async function resolve(specifier, context, next) {\n' +
        `  if (specifier === 'jose') appendFileSync(${JSON.stringify(log)}, 'jose\\n');\n` +
        '  return next(specifier, context);\n' +
        '}\n',
    );
    const register = join(dir, 'register.mjs');
    writeFileSync(
      register,
      `import { register } from 'node:module';\nregister(${JSON.stringify(new URL(`file://${hooks}`).href)});\n`,
    );
    const body = (load: string): string =>
      `${load}.then(async ({ Auth }) => {` +
      "  const { readFileSync, existsSync } = await import('node:fs');" +
      `  const seen = () => existsSync(${JSON.stringify(log)}) && readFileSync(${JSON.stringify(log)}, 'utf8').includes('jose');` +
      `  const auth = new Auth({ apiKey: 'k', apiSecret: 's', applicationId: 'app', privateKey: ${JSON.stringify(keyPath)} });` +
      '  await auth.createBasicHeader();' +
      '  const before = seen();' +
      '  const header = await auth.createBearerHeader();' +
      "  console.log(before, seen(), header.startsWith('Bearer ey'));" +
      '});';
    for (const load of [
      "import('./packages/auth/dist/index.mjs')",
      "Promise.resolve(require('./packages/auth/dist/index.cjs'))",
    ]) {
      rmSync(log, { force: true });
      expect(await node(['--import', register, '-e', body(load)])).toBe('false true true');
    }
  });
});
