import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from '@jest/globals';

// Assumes dist/ exists: the test command builds every package before Jest runs.
const require = createRequire(import.meta.url);
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
];

type Built = typeof import('@acct/auth');

async function exercise(mod: Built): Promise<void> {
  expect(Object.keys(mod).sort()).toEqual(EXPORTS);
  const auth = new mod.Auth({ apiKey: 'abcd1234', apiSecret: 'Abcdef123456' });
  await expect(auth.createBasicHeader()).resolves.toBe('Basic YWJjZDEyMzQ6QWJjZGVmMTIzNDU2');
  expect(JSON.stringify(auth)).toBe('{"apiKey":"abcd1234","apiSecret":"[REDACTED]"}');
  await expect(new mod.Auth({ apiKey: 'abcd1234' }).createBasicHeader()).rejects.toMatchObject({
    name: 'MissingApiSecretError',
    code: 'ACCT_AUTH_MISSING_API_SECRET',
  });
  expect(mod.AlgorithmTypes.sha256hmac).toBe('sha256hmac');
}

/** Runs a script with real Node (real package resolution, no Jest module registry). */
function node(args: string[]): string {
  return execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' }).trim();
}

const dir = mkdtempSync(join(tmpdir(), 'acct-auth-built-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('built @acct/auth', () => {
  it('works through require() of dist/index.cjs', async () => {
    await exercise(require(cjsPath) as Built);
  });

  it('works through import() of dist/index.mjs', async () => {
    await exercise((await import(mjsUrl)) as Built);
  });

  it('does not load jose on require(), nor for Basic auth', () => {
    const script =
      "const { Auth } = require('./packages/auth/dist/index.cjs');" +
      "new Auth({ apiKey: 'k', apiSecret: 's' }).createBasicHeader().then((h) => {" +
      "  console.log(h, Object.keys(require.cache).some((k) => k.includes('/jose/')));" +
      '});';
    expect(node(['-e', script])).toBe('Basic azpz false');
  });

  it('imports jose on the first JWT only, from both builds (resolve hook log)', () => {
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
      expect(node(['--import', register, '-e', body(load)])).toBe('false true true');
    }
  });
});
