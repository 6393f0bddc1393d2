// The concrete cases of issues 13 (hostile input) and 14 (a drop-in for the peer SDK) that
// concern @acct/auth, each as the test that would have caught it.
import { describe, expect, it } from '@jest/globals';
import { jwtVerify } from 'jose';
import { ValidationError } from '@acct/http';
import {
  AlgorithmTypes,
  Auth,
  InvalidApiKeyError,
  InvalidPrivateKeyError,
  isAuthInterface,
  type AuthParams,
} from '@acct/auth';
import { renderError } from './fixtures/hostile';
import { makeKeys, T0, T0_SECONDS } from './fixtures/keys';

const APP_ID = 'aaaaaaaa-bbbb-cccc-dddd-0123456789ab';
const CANARY = 'CANARY-0f9e-secret';
const keys = makeKeys();
const pemLines = keys.pkcs8Pem.trim().split('\n');
const body = pemLines.slice(1, -1);

const failure = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => new Error('expected a rejection'),
    (err: unknown) => err,
  );

describe('issue 13: credentials', () => {
  it("refuses a ':' in the API key instead of authenticating as the part before it", async () => {
    const auth = new Auth({ apiKey: `acct-demo:${CANARY}`, apiSecret: 'x' });
    const err = await failure(auth.createBasicHeader());
    expect(err).toBeInstanceOf(InvalidApiKeyError);
    expect(err).toMatchObject({ received: 'a string of 28 characters with ":" at position 10' });
    expect(renderError(err)).not.toContain(CANARY);
    expect(JSON.stringify(auth)).not.toContain(CANARY);
  });

  it('reads a PEM body without BEGIN/END lines and with literal \\n escapes as the key, not a path', async () => {
    const auth = new Auth({ applicationId: APP_ID, privateKey: body.join('\\n'), now: () => T0 });
    const header = await auth.createBearerHeader();
    const { payload } = await jwtVerify(header.slice(7), keys.publicKey, {
      currentDate: new Date(T0),
    });
    expect(payload.application_id).toBe(APP_ID);
  });

  it('never shows a broken escaped key body in the message, stack or cause', async () => {
    const broken = body.map((line) => line.replace(/[A-M]/g, 'Q'));
    const err = await failure(
      new Auth({ applicationId: APP_ID, privateKey: broken.join('\\n') }).createBearerHeader(),
    );
    expect(err).toBeInstanceOf(InvalidPrivateKeyError);
    expect(err).toMatchObject({ reason: 'unparsable' });
    expect((err as InvalidPrivateKeyError).path).toBeUndefined();
    const shown = renderError(err);
    for (const line of broken) expect(shown).not.toContain(line.slice(0, 16));
  });

  it('rejects JWT claims JSON cannot hold (a BigInt, a cycle) with ValidationError, not a TypeError', async () => {
    const cycle: Record<string, unknown> = {};
    cycle.me = cycle;
    for (const claims of [{ n: 1n }, { cycle }]) {
      const auth = new Auth({
        applicationId: APP_ID,
        privateKey: keys.pkcs8Pem,
        jwtOptions: { claims },
      });
      const err = await failure(auth.createBearerHeader());
      expect(err).toBeInstanceOf(ValidationError);
      expect(err).not.toBeInstanceOf(TypeError);
    }
  });

  it('has one Auth-shape check, requiring all four methods', () => {
    const half = { createBasicHeader: async () => 'Basic x', getQueryParams: async () => ({}) };
    expect(isAuthInterface(half)).toBe(false);
    expect(isAuthInterface(new Auth())).toBe(true);
  });

  it('refuses 1 MB keys, secrets and ids before they reach a header', async () => {
    const big = 'a'.repeat(1024 * 1024);
    await expect(
      new Auth({ apiKey: big, apiSecret: 'x' }).createBasicHeader(),
    ).rejects.toMatchObject({
      received: 'a string of 1048576 characters',
    });
    await expect(
      new Auth({ apiKey: 'k', apiSecret: big }).createBasicHeader(),
    ).rejects.toMatchObject({
      parameter: 'apiSecret',
      received: 'a string of 1048576 characters',
    });
    await expect(
      new Auth({ applicationId: big, privateKey: keys.pkcs8Pem }).createBearerHeader(),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it('refuses a secret with CR/LF before it reaches a header', async () => {
    await expect(
      new Auth({ apiKey: 'abcd1234', apiSecret: 'Abcd1234\r\nX-Injected: 1' }).createBasicHeader(),
    ).rejects.toMatchObject({
      parameter: 'apiSecret',
      received: 'a string of 23 characters with a control character at position 9',
    });
  });
});

describe('issue 14: a drop-in for the peer SDK', () => {
  it('constructs new Auth({ apiKey: 1234 }) and rejects the first method call', async () => {
    let auth: Auth | undefined;
    expect(() => {
      auth = new Auth({ apiKey: 1234 } as unknown as AuthParams);
    }).not.toThrow();
    await expect(auth!.getQueryParams()).rejects.toBeInstanceOf(InvalidApiKeyError);
  });

  it("has the peer's AlgorithmTypes values and accepts the peer's strings", async () => {
    expect(AlgorithmTypes.sha256hmac).toBe('SHA256HMAC');
    const auth = new Auth({
      apiKey: 'abcd1234',
      signature: { secret: 's', algorithm: 'SHA256HMAC' },
      now: () => T0,
    });
    const lower = new Auth({
      apiKey: 'abcd1234',
      signature: { secret: 's', algorithm: 'sha256hmac' },
      now: () => T0,
    });
    expect((await auth.createSignatureHash({})).sig).toBe(
      (await lower.createSignatureHash({})).sig,
    );
  });

  it('honours jwtOptions.jti and puts the other keys of jwtOptions into the claims', async () => {
    const auth = new Auth({
      applicationId: APP_ID,
      privateKey: keys.pkcs8Pem,
      jwtOptions: { jti: 'foo', fizz: 'buzz' },
      now: () => T0,
    });
    const { payload } = await jwtVerify(
      (await auth.createBearerHeader()).slice(7),
      keys.publicKey,
      {
        currentDate: new Date(T0),
      },
    );
    expect(payload).toEqual({
      jti: 'foo',
      fizz: 'buzz',
      iat: T0_SECONDS,
      exp: T0_SECONDS + 900,
      application_id: APP_ID,
    });
  });

  it('refuses reserved claims that would break the token with a typed error', async () => {
    for (const jwtOptions of [{ exp: 'never' }, { iat: 'now' }, { application_id: 'other' }]) {
      const auth = new Auth({ applicationId: APP_ID, privateKey: keys.pkcs8Pem, jwtOptions });
      await expect(auth.createBearerHeader()).rejects.toBeInstanceOf(ValidationError);
    }
  });

  it('still gives api_key and api_secret to callers who ask for them', async () => {
    const auth = new Auth({ apiKey: 'abcd1234', apiSecret: 'Abcdef123456' });
    await expect(auth.getQueryParams({ fizz: 'buzz' })).resolves.toEqual({
      fizz: 'buzz',
      api_key: 'abcd1234',
      api_secret: 'Abcdef123456',
    });
  });
});
