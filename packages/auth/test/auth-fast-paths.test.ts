// What Auth computes once per instance (the Basic header, the signing key) and the checks it
// keeps from jose's SignJWT while signing through jose's compact JWS signer.
import { describe, expect, it } from '@jest/globals';
import { jwtVerify } from 'jose';
import { Auth, MissingApiSecretError } from '@acct/auth';
import { ValidationError } from '@acct/http';
import { makeKeys, T0 } from './fixtures/keys';
import { validationError } from './fixtures/validation';

const APP_ID = 'aaaaaaaa-bbbb-cccc-dddd-0123456789ab';
const keys = makeKeys();

describe('createBasicHeader, built once', () => {
  it('gives the same header on every call', async () => {
    const auth = new Auth({ apiKey: 'abcd1234', apiSecret: 'Abcdef123456' });
    const expected = `Basic ${Buffer.from('abcd1234:Abcdef123456').toString('base64')}`;
    expect(await auth.createBasicHeader()).toBe(expected);
    expect(await auth.createBasicHeader()).toBe(expected);
  });

  it('rejects on every call while a credential is missing', async () => {
    const auth = new Auth({ apiKey: 'abcd1234' });
    for (let i = 0; i < 2; i++) {
      await expect(auth.createBasicHeader()).rejects.toBeInstanceOf(MissingApiSecretError);
    }
  });
});

describe('createBearerHeader, one signing key for every token', () => {
  it('signs every fresh token with the same key, each verifiable', async () => {
    const auth = new Auth({
      applicationId: APP_ID,
      privateKey: keys.pkcs8Pem,
      jwtOptions: { cache: false },
      now: () => T0,
    });
    const tokens = [await auth.createBearerHeader(), await auth.createBearerHeader()];
    expect(tokens[0]).not.toBe(tokens[1]);
    for (const header of tokens) {
      const { payload } = await jwtVerify(header.slice('Bearer '.length), keys.publicKey, {
        algorithms: ['RS256'],
        currentDate: new Date(T0),
      });
      expect(payload).toMatchObject({ application_id: APP_ID, iat: T0 / 1000 });
    }
  });

  it('rejects a clock that gives no finite time with ValidationError', async () => {
    for (const [now, received] of [
      [() => NaN, 'NaN'],
      [() => Infinity, 'Infinity'],
      [() => -1, 'a number'],
      [() => '1700000000000', 'a string of 13 characters'],
    ] as const) {
      const auth = new Auth({
        applicationId: APP_ID,
        privateKey: keys.pkcs8Pem,
        now: now as never,
      });
      await expect(auth.createBearerHeader()).rejects.toMatchObject(
        validationError('now', 'a function returning a finite number of milliseconds', received),
      );
    }
  });

  it('rejects a clock that throws with ValidationError, keeping the error as cause', async () => {
    const boom = new Error('clock broke');
    const auth = new Auth({
      applicationId: APP_ID,
      privateKey: keys.pkcs8Pem,
      now: () => {
        throw boom;
      },
    });
    const err = await auth.createBearerHeader().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect(err).toMatchObject({
      message: '[@acct/auth] now threw: pass a function returning milliseconds',
      cause: boom,
    });
  });

  it('rejects a claim JSON cannot hold with ValidationError, not a raw error', async () => {
    const auth = new Auth({
      applicationId: APP_ID,
      privateKey: keys.pkcs8Pem,
      jwtOptions: { claims: { hook: () => 1 } },
    });
    await expect(auth.createBearerHeader()).rejects.toMatchObject(
      validationError(
        'jwtOptions.claims.hook',
        'a JSON value (string, finite number, boolean, null, array or plain object)',
        'a function',
      ),
    );
  });
});
