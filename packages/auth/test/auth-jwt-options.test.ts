// jwtOptions in the peer SDK's shape: every key but ttl, cache and claims is a claim, jti is
// honoured, subject/notBefore/issued_at name sub/nbf/iat; reserved claims that would break the
// token, and claims JSON cannot hold, are refused with ValidationError.
import { describe, expect, it } from '@jest/globals';
import { jwtVerify } from 'jose';
import { ValidationError } from '@acct/http';
import { Auth, type JwtOptions } from '@acct/auth';
import { makeKeys, T0, T0_SECONDS, UUID } from './fixtures/keys';
import { validationError } from './fixtures/validation';

const APP_ID = 'aaaaaaaa-bbbb-cccc-dddd-0123456789ab';
const keys = makeKeys();
const JSON_VALUE = 'a JSON value (string, finite number, boolean, null, array or plain object)';

const auth = (jwtOptions: unknown, now = () => T0): Auth =>
  new Auth({
    applicationId: APP_ID,
    privateKey: keys.pkcs8Pem,
    jwtOptions: jwtOptions as JwtOptions,
    now,
  });

/** The payload of a Bearer header exactly as signed (key order included), after verifying it. */
async function payloadText(header: string): Promise<string> {
  const token = header.slice('Bearer '.length);
  await jwtVerify(token, keys.publicKey, { algorithms: ['RS256'], currentDate: new Date(T0) });
  return Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8');
}

describe('createBearerHeader with the peer SDK jwtOptions', () => {
  it('honours jwtOptions.jti, in the claim order of the peer SDK', async () => {
    const text = await payloadText(await auth({ jti: 'foo' }).createBearerHeader());
    expect(text).toBe(
      `{"jti":"foo","iat":${T0_SECONDS},"exp":${T0_SECONDS + 900},"application_id":"${APP_ID}"}`,
    );
  });

  it('puts the other keys of jwtOptions into the claims, in the order given', async () => {
    const text = await payloadText(await auth({ jti: 'foo', fizz: 'buzz' }).createBearerHeader());
    expect(text).toBe(
      `{"jti":"foo","fizz":"buzz","iat":${T0_SECONDS},"exp":${T0_SECONDS + 900},"application_id":"${APP_ID}"}`,
    );
  });

  it('makes a random jti per token without jwtOptions.jti', async () => {
    const text = await payloadText(await auth({ cache: false }).createBearerHeader());
    expect(JSON.parse(text)).toEqual({
      jti: expect.stringMatching(UUID),
      iat: T0_SECONDS,
      exp: T0_SECONDS + 900,
      application_id: APP_ID,
    });
  });

  it('keeps a given jti on every token, also without the cache', async () => {
    const signer = auth({ jti: 'fixed', cache: false });
    const [a, b] = [await signer.createBearerHeader(), await signer.createBearerHeader()];
    expect(JSON.parse(await payloadText(a)).jti).toBe('fixed');
    expect(JSON.parse(await payloadText(b)).jti).toBe('fixed');
  });

  it('reads subject, notBefore and issued_at as sub, nbf and iat (exp stays now + ttl)', async () => {
    const options = {
      subject: 'alice',
      notBefore: T0_SECONDS - 5,
      issued_at: T0_SECONDS - 60,
      ttl: 60,
    };
    const payload = JSON.parse(await payloadText(await auth(options).createBearerHeader()));
    expect(payload).toEqual({
      sub: 'alice',
      nbf: T0_SECONDS - 5,
      iat: T0_SECONDS - 60,
      exp: T0_SECONDS + 60,
      jti: expect.stringMatching(UUID),
      application_id: APP_ID,
    });
  });

  it('adds jwtOptions.claims too, and accepts a claim given twice with one value', async () => {
    const options = {
      tenant: 'eu',
      sub: 'alice',
      subject: 'alice',
      claims: { tenant: 'eu', role: 'admin', application_id: APP_ID },
    };
    const payload = JSON.parse(await payloadText(await auth(options).createBearerHeader()));
    expect(payload).toEqual({
      tenant: 'eu',
      sub: 'alice',
      role: 'admin',
      application_id: APP_ID,
      iat: T0_SECONDS,
      exp: T0_SECONDS + 900,
      jti: expect.stringMatching(UUID),
    });
  });

  it('keeps a "__proto__" key as a claim, and null as a custom claim value', async () => {
    const claims = JSON.parse('{"__proto__": {"x": 1}, "empty": null}') as Record<string, unknown>;
    const payload = JSON.parse(
      await payloadText(await auth({ claims }).createBearerHeader()),
    ) as Record<string, unknown>;
    expect(Object.getOwnPropertyDescriptor(payload, '__proto__')?.value).toEqual({ x: 1 });
    expect(payload.empty).toBeNull();
  });

  it('treats null as "not given" for ttl, cache, claims and the standard claims', async () => {
    const payload = JSON.parse(
      await payloadText(
        await auth({
          ttl: null,
          cache: null,
          claims: null,
          sub: null,
          jti: null,
        }).createBearerHeader(),
      ),
    );
    expect(payload).toEqual({
      jti: expect.stringMatching(UUID),
      iat: T0_SECONDS,
      exp: T0_SECONDS + 900,
      application_id: APP_ID,
    });
  });

  it('copies the claims once: changing the caller object later changes no token', async () => {
    const options: JwtOptions = { tenant: 'eu', cache: false };
    const signer = auth(options);
    await signer.createBearerHeader();
    options.tenant = 'us';
    expect(JSON.parse(await payloadText(await signer.createBearerHeader())).tenant).toBe('eu');
  });
});

describe('createBearerHeader refuses jwtOptions that would break the token', () => {
  const cycle: Record<string, unknown> = { a: 1 };
  cycle.self = cycle;
  let deep: Record<string, unknown> = {};
  for (let i = 0; i < 40; i += 1) deep = { d: deep };

  const cases: Array<[string, unknown, object]> = [
    [
      'jwtOptions.exp',
      { exp: T0_SECONDS + 60 },
      {
        message:
          '[@acct/auth] jwtOptions.exp cannot be set: exp is the signing time plus jwtOptions.ttl; pass ttl (seconds) instead',
      },
    ],
    [
      'jwtOptions.claims.exp',
      { claims: { exp: 'later' } },
      {
        invalidParameters: [
          {
            name: 'jwtOptions.claims.exp',
            reason:
              'cannot be set: exp is the signing time plus jwtOptions.ttl; pass ttl (seconds) instead',
          },
        ],
      },
    ],
    [
      'a non-numeric iat',
      { iat: 'now' },
      validationError(
        'jwtOptions.iat',
        'a number of seconds since the epoch',
        'a string of 3 characters',
      ),
    ],
    [
      'a negative issued_at',
      { issued_at: -1 },
      validationError('jwtOptions.issued_at', 'a number of seconds since the epoch', 'a number'),
    ],
    [
      'a non-numeric nbf',
      { claims: { nbf: '1' } },
      validationError(
        'jwtOptions.claims.nbf',
        'a number of seconds since the epoch',
        'a string of 1 character',
      ),
    ],
    [
      'a non-numeric notBefore',
      { notBefore: true },
      validationError('jwtOptions.notBefore', 'a number of seconds since the epoch', 'a boolean'),
    ],
    [
      'an empty jti',
      { jti: '' },
      validationError('jwtOptions.jti', 'a non-empty string', 'an empty string'),
    ],
    [
      'a numeric jti',
      { jti: 5 },
      validationError('jwtOptions.jti', 'a non-empty string', 'a number'),
    ],
    ['a numeric sub', { sub: 7 }, validationError('jwtOptions.sub', 'a string', 'a number')],
    [
      'a string acl',
      { acl: 'all' },
      validationError(
        'jwtOptions.acl',
        'an object such as { paths: { ... } }',
        'a string of 3 characters',
      ),
    ],
    [
      'an array acl',
      { acl: [] },
      validationError(
        'jwtOptions.acl',
        'an object such as { paths: { ... } }',
        'an array of 0 items',
      ),
    ],
    [
      'another application_id',
      { application_id: 'forged' },
      {
        message:
          '[@acct/auth] jwtOptions.application_id differs from applicationId: leave it out (it is always set from applicationId)',
      },
    ],
    [
      'another application_id in claims',
      { claims: { application_id: 'forged' } },
      {
        invalidParameters: [
          {
            name: 'jwtOptions.claims.application_id',
            reason:
              'differs from applicationId: leave it out (it is always set from applicationId)',
          },
        ],
      },
    ],
    [
      'sub and subject that differ',
      { sub: 'alice', subject: 'bob' },
      {
        message:
          '[@acct/auth] jwtOptions.subject sets the claim sub that jwtOptions.sub sets to another value: give it once',
      },
    ],
    [
      'a claim in both places with two values',
      { tenant: 'eu', claims: { tenant: 'us' } },
      {
        message:
          '[@acct/auth] jwtOptions.claims.tenant sets the claim tenant that jwtOptions.tenant sets to another value: give it once',
      },
    ],
    [
      'a BigInt',
      { claims: { n: 10n } },
      validationError('jwtOptions.claims.n', JSON_VALUE, 'a bigint'),
    ],
    [
      'a cycle',
      { claims: { c: cycle } },
      validationError('jwtOptions.claims.c.self', JSON_VALUE, 'a cycle'),
    ],
    ['a function', { hook: () => 1 }, validationError('jwtOptions.hook', JSON_VALUE, 'a function')],
    [
      'a symbol',
      { claims: { s: Symbol('x') } },
      validationError('jwtOptions.claims.s', JSON_VALUE, 'a symbol'),
    ],
    [
      'a Map',
      { claims: { m: new Map() } },
      validationError('jwtOptions.claims.m', JSON_VALUE, 'an instance of Map'),
    ],
    [
      'a Date',
      { when: new Date(T0) },
      validationError('jwtOptions.when', JSON_VALUE, 'an instance of Date'),
    ],
    [
      'Infinity',
      { claims: { n: Infinity } },
      validationError('jwtOptions.claims.n', JSON_VALUE, 'Infinity'),
    ],
    [
      'undefined in an array',
      { claims: { list: [1, undefined] } },
      validationError('jwtOptions.claims.list[1]', JSON_VALUE, 'undefined'),
    ],
    [
      'nesting deeper than 32 levels',
      { claims: { deep } },
      validationError(
        `jwtOptions.claims.deep${'.d'.repeat(32)}`,
        `${JSON_VALUE} at most 32 levels deep`,
        'deeper',
      ),
    ],
    [
      'a long key, named by its length',
      { claims: { ['k'.repeat(50)]: 1n } },
      validationError('jwtOptions.claims.[a key of 50 characters]', JSON_VALUE, 'a bigint'),
    ],
    [
      'claims over 8 KiB',
      { blob: 'x'.repeat(9000) },
      validationError('jwtOptions', 'claims of at most 8192 bytes of JSON', '9011 bytes'),
    ],
    [
      'ttl 0',
      { ttl: 0 },
      validationError('jwtOptions.ttl', 'a positive integer number of seconds', 'a number'),
    ],
    [
      'ttl 1.5',
      { ttl: 1.5 },
      validationError('jwtOptions.ttl', 'a positive integer number of seconds', 'a number'),
    ],
    [
      'ttl "900"',
      { ttl: '900' },
      validationError(
        'jwtOptions.ttl',
        'a positive integer number of seconds',
        'a string of 3 characters',
      ),
    ],
    [
      'ttl 2^53',
      { ttl: 2 ** 53 },
      validationError('jwtOptions.ttl', 'a positive integer number of seconds', 'a number'),
    ],
    [
      'cache "no"',
      { cache: 'no' },
      validationError('jwtOptions.cache', 'a boolean', 'a string of 2 characters'),
    ],
    [
      'claims []',
      { claims: [] },
      validationError('jwtOptions.claims', 'a plain object', 'an array of 0 items'),
    ],
    [
      'a Map as jwtOptions',
      new Map(),
      validationError('jwtOptions', 'a plain object', 'an instance of Map'),
    ],
    [
      'a getter that throws',
      Object.defineProperty({}, 'tenant', {
        enumerable: true,
        get: () => {
          throw new TypeError('boom');
        },
      }),
      { message: '[@acct/auth] jwtOptions could not be read: pass a plain object' },
    ],
  ];

  it.each(cases)('%s', async (_title, jwtOptions, expected) => {
    const signer = auth(jwtOptions);
    const err = await signer.createBearerHeader().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect(err).toMatchObject(expected);
    // and again: a refused option is not cached as valid
    await expect(signer.createBearerHeader()).rejects.toBeInstanceOf(ValidationError);
  });
});
