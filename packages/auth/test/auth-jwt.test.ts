import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPairSync } from 'node:crypto';
import { afterAll, describe, expect, it } from '@jest/globals';
import { decodeProtectedHeader, jwtVerify, type JWTPayload } from 'jose';
import {
  Auth,
  InvalidPrivateKeyError,
  MissingApplicationIdError,
  MissingPrivateKeyError,
  type PrivateKeyInput,
} from '@acct/auth';
import { makeKeys, T0, T0_SECONDS, UUID } from './fixtures/keys';
import { validationError } from './fixtures/validation';

const APP_ID = 'aaaaaaaa-bbbb-cccc-dddd-0123456789ab';
const keys = makeKeys();
const dir = mkdtempSync(join(tmpdir(), 'acct-auth-jwt-'));
const pemPath = join(dir, 'private.key');
writeFileSync(pemPath, keys.pkcs1Pem);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A clock the test moves by hand. */
function fakeClock(start = T0): { now: () => number; set: (ms: number) => void } {
  let current = start;
  return { now: () => current, set: (ms) => (current = ms) };
}

async function verify(header: string, at = T0): Promise<JWTPayload> {
  expect(header).toMatch(/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/);
  const token = header.slice('Bearer '.length);
  expect(decodeProtectedHeader(token)).toEqual({ alg: 'RS256', typ: 'JWT' });
  const { payload } = await jwtVerify(token, keys.publicKey, {
    algorithms: ['RS256'],
    currentDate: new Date(at),
  });
  return payload;
}

describe('Auth.createBearerHeader', () => {
  it('signs an RS256 JWT with exactly application_id, iat, exp (ttl 900) and jti', async () => {
    const auth = new Auth({
      applicationId: APP_ID,
      privateKey: keys.pkcs8Pem,
      now: () => T0 + 999,
    });
    const payload = await verify(await auth.createBearerHeader());
    expect(payload).toEqual({
      application_id: APP_ID,
      iat: T0_SECONDS,
      exp: T0_SECONDS + 900,
      jti: expect.stringMatching(UUID),
    });
    expect(Object.keys(payload).sort()).toEqual(['application_id', 'exp', 'iat', 'jti']);
  });

  it('adds sub, acl, nbf and extra claims from jwtOptions, honouring ttl', async () => {
    const acl = { paths: { '/v1/users/**': {}, '/v1/conversations/**': { methods: ['GET'] } } };
    const auth = new Auth({
      applicationId: APP_ID,
      privateKey: keys.pkcs8Pem,
      jwtOptions: {
        ttl: 120,
        sub: 'alice',
        acl,
        nbf: T0_SECONDS - 10,
        claims: { tenant: 'eu', application_id: APP_ID },
      },
      now: () => T0,
    });
    const payload = await verify(await auth.createBearerHeader());
    expect(payload).toEqual({
      tenant: 'eu',
      sub: 'alice',
      acl,
      nbf: T0_SECONDS - 10,
      application_id: APP_ID,
      iat: T0_SECONDS,
      exp: T0_SECONDS + 120,
      jti: expect.stringMatching(UUID),
    });
  });

  it.each<[string, PrivateKeyInput]>([
    ['a PKCS#8 PEM string', keys.pkcs8Pem],
    ['a PKCS#1 PEM string', keys.pkcs1Pem],
    ['a Buffer holding a PEM', Buffer.from(keys.pkcs8Pem)],
    ['a Buffer holding PKCS#1 DER', keys.pkcs1Der],
    ['a Uint8Array holding PKCS#8 DER', new Uint8Array(keys.pkcs8Der)],
    ['a path to a PEM file', pemPath],
    ['a KeyObject', keys.privateKey],
  ])('accepts the private key as %s', async (_name, privateKey) => {
    const auth = new Auth({ applicationId: APP_ID, privateKey, now: () => T0 });
    expect((await verify(await auth.createBearerHeader())).application_id).toBe(APP_ID);
  });

  describe('caching', () => {
    it('reuses the token until 30 s before it expires, then signs a new one with a new jti', async () => {
      const clock = fakeClock();
      const auth = new Auth({ applicationId: APP_ID, privateKey: keys.pkcs8Pem, now: clock.now });
      const first = await auth.createBearerHeader();
      const firstPayload = await verify(first);

      clock.set(T0 + 600_000);
      await expect(auth.createBearerHeader()).resolves.toBe(first);
      clock.set(T0 + (900 - 30) * 1000 - 1);
      await expect(auth.createBearerHeader()).resolves.toBe(first);

      clock.set(T0 + (900 - 30) * 1000);
      const second = await auth.createBearerHeader();
      expect(second).not.toBe(first);
      const secondPayload = await verify(second, T0 + 870_000);
      expect(secondPayload).toEqual({
        application_id: APP_ID,
        iat: T0_SECONDS + 870,
        exp: T0_SECONDS + 870 + 900,
        jti: expect.stringMatching(UUID),
      });
      expect(secondPayload.jti).not.toBe(firstPayload.jti);

      clock.set(T0 + 871_000);
      await expect(auth.createBearerHeader()).resolves.toBe(second);
    });

    it('shares one signing between concurrent first calls', async () => {
      const auth = new Auth({ applicationId: APP_ID, privateKey: keys.pkcs8Pem, now: () => T0 });
      const [a, b, c] = await Promise.all([
        auth.createBearerHeader(),
        auth.createBearerHeader(),
        auth.createBearerHeader(),
      ]);
      expect(b).toBe(a);
      expect(c).toBe(a);
    });

    it('signs a new token with a new jti on every call when cache is false', async () => {
      const auth = new Auth({
        applicationId: APP_ID,
        privateKey: keys.pkcs8Pem,
        jwtOptions: { cache: false },
        now: () => T0,
      });
      const headers = await Promise.all([1, 2, 3].map(() => auth.createBearerHeader()));
      const jtis = await Promise.all(headers.map(async (h) => (await verify(h)).jti));
      expect(new Set(headers).size).toBe(3);
      expect(new Set(jtis).size).toBe(3);
      const sequential = [await auth.createBearerHeader(), await auth.createBearerHeader()];
      expect(sequential[0]).not.toBe(sequential[1]);
    });

    it('never reuses a token whose ttl is within the 30 s margin', async () => {
      const auth = new Auth({
        applicationId: APP_ID,
        privateKey: keys.pkcs8Pem,
        jwtOptions: { ttl: 30 },
        now: () => T0,
      });
      const first = await auth.createBearerHeader();
      expect(await auth.createBearerHeader()).not.toBe(first);
    });
  });

  describe('errors', () => {
    it('rejects with MissingApplicationIdError without applicationId', async () => {
      const auth = new Auth({ privateKey: keys.pkcs8Pem });
      await expect(auth.createBearerHeader()).rejects.toBeInstanceOf(MissingApplicationIdError);
    });

    it('rejects an applicationId that breaks its rule with ValidationError', async () => {
      for (const [applicationId, received] of [
        ['', 'an empty string'],
        ['a'.repeat(65), 'a string of 65 characters'],
        ['app id', 'a string of 6 characters with a space at position 4'],
        ['app\nid', 'a string of 6 characters with a control character at position 4'],
        ['appé', 'a string of 4 characters with a non-ASCII character at position 4'],
      ]) {
        const auth = new Auth({ applicationId, privateKey: keys.pkcs8Pem });
        await expect(auth.createBearerHeader()).rejects.toMatchObject(
          validationError('applicationId', '1 to 64 visible ASCII characters', received!),
        );
      }
    });

    it('rejects with MissingPrivateKeyError without privateKey', async () => {
      const auth = new Auth({ applicationId: APP_ID });
      await expect(auth.createBearerHeader()).rejects.toBeInstanceOf(MissingPrivateKeyError);
    });

    it('names the path of a key file that does not exist', async () => {
      const missing = join(dir, 'nope', 'private.key');
      const auth = new Auth({ applicationId: APP_ID, privateKey: missing });
      await expect(auth.createBearerHeader()).rejects.toMatchObject({
        constructor: InvalidPrivateKeyError,
        code: 'ACCT_AUTH_INVALID_PRIVATE_KEY',
        reason: 'unreadable',
        path: missing,
        message: expect.stringContaining(`privateKey file ${missing} could not be read (ENOENT)`),
      });
    });

    it('retries reading the key after a failure (the file may be fixed)', async () => {
      const later = join(dir, 'later.key');
      const auth = new Auth({ applicationId: APP_ID, privateKey: later, now: () => T0 });
      await expect(auth.createBearerHeader()).rejects.toMatchObject({ reason: 'unreadable' });
      writeFileSync(later, keys.pkcs8Pem);
      expect((await verify(await auth.createBearerHeader())).application_id).toBe(APP_ID);
    });

    it('rejects a file that is not a private key, naming the path', async () => {
      const publicPath = join(dir, 'public.pem');
      writeFileSync(publicPath, keys.publicKey.export({ format: 'pem', type: 'spki' }));
      const auth = new Auth({ applicationId: APP_ID, privateKey: publicPath });
      await expect(auth.createBearerHeader()).rejects.toMatchObject({
        constructor: InvalidPrivateKeyError,
        reason: 'unparsable',
        path: publicPath,
      });
    });

    it('rejects a key that is not RSA', async () => {
      const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
      const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }) as string;
      const auth = new Auth({ applicationId: APP_ID, privateKey: pem });
      await expect(auth.createBearerHeader()).rejects.toMatchObject({
        constructor: InvalidPrivateKeyError,
        reason: 'not-rsa',
        message: expect.stringContaining('privateKey is of type ec, RS256 needs an RSA key'),
      });
    });

    it('rejects an RSA key under 2048 bits', async () => {
      const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
      const auth = new Auth({ applicationId: APP_ID, privateKey });
      await expect(auth.createBearerHeader()).rejects.toMatchObject({
        constructor: InvalidPrivateKeyError,
        reason: 'too-small',
      });
    });

    it('rejects a public KeyObject', async () => {
      const auth = new Auth({ applicationId: APP_ID, privateKey: keys.publicKey });
      await expect(auth.createBearerHeader()).rejects.toMatchObject({ reason: 'unparsable' });
    });
  });
});
