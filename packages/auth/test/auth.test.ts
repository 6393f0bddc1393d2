import { inspect } from 'node:util';
import { describe, expect, it } from '@jest/globals';
import { AcctError, ValidationError } from '@acct/http';
import { renderError } from './fixtures/hostile';
import {
  AlgorithmTypes,
  Auth,
  InvalidApiKeyError,
  InvalidApiSecretError,
  InvalidPrivateKeyError,
  InvalidSignatureAlgorithmError,
  MissingApiKeyError,
  MissingApiSecretError,
  MissingApplicationIdError,
  MissingPrivateKeyError,
  MissingSignatureError,
  type AuthInterface,
  type AuthParams,
} from '@acct/auth';
import { makeKeys } from './fixtures/keys';
import { validationError } from './fixtures/validation';

const KEY = 'abcd1234';
const SECRET = 'Abcdef123456';
const APP_ID = 'aaaaaaaa-bbbb-cccc-dddd-0123456789ab';
const keys = makeKeys();

type Method = 'getQueryParams' | 'createBasicHeader' | 'createBearerHeader' | 'createSignatureHash';
const METHODS: Method[] = [
  'getQueryParams',
  'createBasicHeader',
  'createBearerHeader',
  'createSignatureHash',
];
const call = (auth: Auth, method: Method): Promise<unknown> =>
  method === 'createSignatureHash' ? auth.createSignatureHash({}) : auth[method]();

describe('Auth', () => {
  describe('createBasicHeader', () => {
    it('returns Basic base64(key:secret)', async () => {
      const auth = new Auth({ apiKey: KEY, apiSecret: SECRET });
      await expect(auth.createBasicHeader()).resolves.toBe(
        `Basic ${Buffer.from('abcd1234:Abcdef123456').toString('base64')}`,
      );
      await expect(auth.createBasicHeader()).resolves.toBe('Basic YWJjZDEyMzQ6QWJjZGVmMTIzNDU2');
    });

    it('encodes a non-ASCII secret as UTF-8', async () => {
      const auth = new Auth({ apiKey: KEY, apiSecret: 'sécret-😀' });
      await expect(auth.createBasicHeader()).resolves.toBe(
        `Basic ${Buffer.from('abcd1234:sécret-😀', 'utf8').toString('base64')}`,
      );
    });

    it('does not need an application id or private key', async () => {
      const auth = new Auth({ apiKey: KEY, apiSecret: SECRET, jwtOptions: { ttl: 60 } });
      await expect(auth.createBasicHeader()).resolves.toBe('Basic YWJjZDEyMzQ6QWJjZGVmMTIzNDU2');
    });

    it('is not affected by broken JWT or signature settings it does not use', async () => {
      const auth = new Auth({
        apiKey: KEY,
        apiSecret: SECRET,
        privateKey: 42 as never,
        signature: 'x' as never,
        jwtOptions: { exp: 'soon' },
      });
      await expect(auth.createBasicHeader()).resolves.toBe('Basic YWJjZDEyMzQ6QWJjZGVmMTIzNDU2');
    });

    it('rejects with MissingApiKeyError without apiKey', async () => {
      await expect(new Auth({ apiSecret: SECRET }).createBasicHeader()).rejects.toBeInstanceOf(
        MissingApiKeyError,
      );
      await expect(new Auth().createBasicHeader()).rejects.toBeInstanceOf(MissingApiKeyError);
    });

    it('rejects with MissingApiSecretError without apiSecret', async () => {
      await expect(new Auth({ apiKey: KEY }).createBasicHeader()).rejects.toBeInstanceOf(
        MissingApiSecretError,
      );
    });

    it('treats null like an absent credential', async () => {
      const auth = new Auth({ apiKey: KEY, apiSecret: null });
      await expect(auth.createBasicHeader()).rejects.toBeInstanceOf(MissingApiSecretError);
    });

    it('rejects empty strings with the Invalid* errors', async () => {
      await expect(
        new Auth({ apiKey: '', apiSecret: SECRET }).createBasicHeader(),
      ).rejects.toMatchObject({
        constructor: InvalidApiKeyError,
        received: 'an empty string',
      });
      await expect(
        new Auth({ apiKey: KEY, apiSecret: '' }).createBasicHeader(),
      ).rejects.toMatchObject({
        constructor: InvalidApiSecretError,
        received: 'an empty string',
        parameter: 'apiSecret',
      });
    });
  });

  describe('getQueryParams', () => {
    it('returns a new object with api_key and api_secret added', async () => {
      const auth = new Auth({ apiKey: KEY, apiSecret: SECRET });
      const params = { trx: '8ef2', amount: 10 };
      const result = await auth.getQueryParams(params);
      expect(result).toEqual({ trx: '8ef2', amount: 10, api_key: KEY, api_secret: SECRET });
      expect(result).not.toBe(params);
      expect(params).toEqual({ trx: '8ef2', amount: 10 });
    });

    it('works without params', async () => {
      const auth = new Auth({ apiKey: KEY, apiSecret: SECRET });
      await expect(auth.getQueryParams()).resolves.toEqual({ api_key: KEY, api_secret: SECRET });
    });

    it('overrides api_key/api_secret given in params with the credentials', async () => {
      const auth = new Auth({ apiKey: KEY, apiSecret: SECRET });
      await expect(auth.getQueryParams({ api_key: 'other', api_secret: 'x' })).resolves.toEqual({
        api_key: KEY,
        api_secret: SECRET,
      });
    });

    it('rejects params that are not a plain object', async () => {
      const auth = new Auth({ apiKey: KEY, apiSecret: SECRET });
      await expect(auth.getQueryParams('a=b' as unknown as object)).rejects.toMatchObject(
        validationError('params', 'a plain object', 'a string of 3 characters'),
      );
      await expect(auth.getQueryParams(new Map([['a', 'b']]))).rejects.toMatchObject(
        validationError('params', 'a plain object', 'an instance of Map'),
      );
    });

    it('rejects with the missing-credential errors', async () => {
      await expect(new Auth({ apiSecret: SECRET }).getQueryParams()).rejects.toBeInstanceOf(
        MissingApiKeyError,
      );
      await expect(new Auth({ apiKey: KEY }).getQueryParams()).rejects.toBeInstanceOf(
        MissingApiSecretError,
      );
    });
  });

  describe('the constructor never throws; the first method that needs a value rejects', () => {
    const deferred: Array<[string, unknown, Method, object]> = [
      [
        'apiKey: 1234',
        { apiKey: 1234, apiSecret: SECRET },
        'createBasicHeader',
        { constructor: InvalidApiKeyError, received: 'a number' },
      ],
      [
        'apiKey: {}',
        { apiKey: {}, apiSecret: SECRET },
        'getQueryParams',
        { constructor: InvalidApiKeyError, received: 'an object' },
      ],
      [
        'apiKey: 1234 (signing)',
        { apiKey: 1234, signature: { secret: 's', algorithm: 'MD5HASH' } },
        'createSignatureHash',
        { constructor: InvalidApiKeyError, received: 'a number' },
      ],
      [
        'apiSecret: {}',
        { apiKey: KEY, apiSecret: {} },
        'createBasicHeader',
        { constructor: InvalidApiSecretError, parameter: 'apiSecret', received: 'an object' },
      ],
      [
        'signature.secret: 5',
        { apiKey: KEY, signature: { secret: 5, algorithm: 'MD5HASH' } },
        'createSignatureHash',
        { constructor: InvalidApiSecretError, parameter: 'signature.secret', received: 'a number' },
      ],
      [
        'signature.algorithm: md4',
        { apiKey: KEY, signature: { secret: 's', algorithm: 'md4' } },
        'createSignatureHash',
        { constructor: InvalidSignatureAlgorithmError, received: 'a string of 3 characters' },
      ],
      [
        'signature.algorithm: Md5Hash (mixed case)',
        { apiKey: KEY, signature: { secret: 's', algorithm: 'Md5Hash' } },
        'createSignatureHash',
        { constructor: InvalidSignatureAlgorithmError, received: 'a string of 7 characters' },
      ],
      [
        'signature.algorithm: 3',
        { apiKey: KEY, signature: { secret: 's', algorithm: 3 } },
        'createSignatureHash',
        { constructor: InvalidSignatureAlgorithmError, received: 'a number' },
      ],
      [
        'no signature',
        { apiKey: KEY },
        'createSignatureHash',
        { constructor: MissingSignatureError, parameter: 'signature' },
      ],
      [
        'privateKey: 42',
        { applicationId: APP_ID, privateKey: 42 },
        'createBearerHeader',
        { constructor: InvalidPrivateKeyError, reason: 'invalid-type' },
      ],
      [
        'no applicationId',
        { privateKey: keys.pkcs8Pem },
        'createBearerHeader',
        { constructor: MissingApplicationIdError },
      ],
      [
        'no privateKey',
        { applicationId: APP_ID },
        'createBearerHeader',
        { constructor: MissingPrivateKeyError },
      ],
      [
        'applicationId: 42',
        { applicationId: 42, privateKey: keys.pkcs8Pem },
        'createBearerHeader',
        validationError('applicationId', '1 to 64 visible ASCII characters', 'a number'),
      ],
      [
        'signature: "md5hash"',
        { apiKey: KEY, signature: 'md5hash' },
        'createSignatureHash',
        {
          constructor: ValidationError,
          message:
            '[@acct/auth] signature must be a plain object such as { secret: ... }, got a string of 7 characters',
        },
      ],
      [
        'signature: []',
        { apiKey: KEY, signature: [] },
        'createSignatureHash',
        {
          constructor: ValidationError,
          invalidParameters: [
            { name: 'signature', reason: 'must be a plain object, got an array of 0 items' },
          ],
        },
      ],
      [
        'signature with a typo',
        { apiKey: KEY, signature: { secret: 's', algoritm: 'MD5HASH' } },
        'createSignatureHash',
        {
          constructor: ValidationError,
          message:
            '[@acct/auth] signature has an unknown option "algoritm": did you mean "algorithm"?',
        },
      ],
      [
        'jwtOptions: "x"',
        { applicationId: APP_ID, privateKey: keys.pkcs8Pem, jwtOptions: 'x' },
        'createBearerHeader',
        validationError('jwtOptions', 'a plain object', 'a string of 1 character'),
      ],
    ];

    it.each(deferred)('%s', async (_title, params, method, expected) => {
      let auth: Auth | undefined;
      expect(() => {
        auth = new Auth(params as AuthParams);
      }).not.toThrow();
      await expect(call(auth!, method)).rejects.toMatchObject(expected);
    });

    const everywhere: Array<[string, unknown, object]> = [
      [
        'a string',
        'abcd1234',
        {
          message:
            '[@acct/auth] params must be a plain object such as { apiKey: ... }, got a string of 8 characters',
        },
      ],
      [
        'a Map',
        new Map([['apiKey', KEY]]),
        {
          invalidParameters: [
            { name: 'params', reason: 'must be a plain object, got an instance of Map' },
          ],
        },
      ],
      [
        'an unknown key (typo)',
        { apiKey: KEY, apiSecert: SECRET },
        {
          message:
            '[@acct/auth] params has an unknown option "apiSecert": did you mean "apiSecret"?',
        },
      ],
      [
        'an unknown key of 1 MB (refused at once, no did-you-mean)',
        { apiKey: KEY, ['k'.repeat(1024 * 1024)]: 1 },
        {
          message:
            '[@acct/auth] params has an unknown option of 1048576 characters: use "apiKey", "apiSecret", "applicationId", "privateKey", "signature", "jwtOptions", "now"',
        },
      ],
      [
        'now: a number',
        { apiKey: KEY, apiSecret: SECRET, now: 1_700_000_000_000 },
        validationError('now', 'a function returning milliseconds', 'a number'),
      ],
      [
        'a getter that throws',
        Object.defineProperty({}, 'apiKey', {
          enumerable: true,
          get: () => {
            throw new Error('boom');
          },
        }),
        { message: '[@acct/auth] params could not be read: pass a plain object of AuthParams' },
      ],
    ];

    it.each(everywhere)(
      'options that are %s: every method rejects with ValidationError',
      async (_title, params, expected) => {
        const auth = new Auth(params as AuthParams);
        for (const method of METHODS) {
          const err = await call(auth, method).catch((e: unknown) => e);
          expect(err).toBeInstanceOf(ValidationError);
          expect(err).toMatchObject(expected);
        }
        expect(JSON.stringify(auth)).toBe('{"params":"[INVALID]"}');
        expect(auth.apiKey).toBeUndefined();
      },
    );

    it('accepts no params at all', () => {
      expect(new Auth().apiKey).toBeUndefined();
      expect(new Auth(undefined).applicationId).toBeUndefined();
      expect(new Auth(null as never).applicationId).toBeUndefined();
    });

    it('accepts every algorithm as enum member, its value and its lower-case form', async () => {
      for (const algorithm of Object.values(AlgorithmTypes)) {
        for (const spelling of [algorithm, `${algorithm}`, algorithm.toLowerCase()]) {
          const auth = new Auth({
            apiKey: KEY,
            signature: { secret: 's', algorithm: spelling as AlgorithmTypes },
            now: () => 0,
          });
          const signed = await auth.createSignatureHash({});
          expect(JSON.stringify(auth)).toBe(
            `{"apiKey":"abcd1234","signature":{"algorithm":"${algorithm}","secret":"[REDACTED]"}}`,
          );
          expect(signed.sig).toMatch(/^[0-9a-f]+$/);
        }
      }
    });

    it('exposes apiKey and applicationId (not secrets) when they are valid', () => {
      const auth = new Auth({ apiKey: KEY, apiSecret: SECRET, applicationId: 'app-1' });
      expect(auth.apiKey).toBe(KEY);
      expect(auth.applicationId).toBe('app-1');
      const invalid = new Auth({ apiKey: 'acct-demo:secret', applicationId: 'a b' });
      expect(invalid.apiKey).toBeUndefined();
      expect(invalid.applicationId).toBeUndefined();
    });

    it('is usable through AuthInterface', async () => {
      const auth: AuthInterface = new Auth({ apiKey: KEY, apiSecret: SECRET });
      await expect(auth.createBasicHeader()).resolves.toBe('Basic YWJjZDEyMzQ6QWJjZGVmMTIzNDU2');
    });
  });

  describe('secrets stay private', () => {
    const CANARY_SECRET = 'CANARY-api-secret-7f3a';
    const CANARY_SIG = 'CANARY-signature-secret-91bc';
    const keyBody = keys.pkcs8Pem.split('\n')[1] as string;

    const auths = (): Auth[] => [
      new Auth({
        apiKey: KEY,
        apiSecret: CANARY_SECRET,
        applicationId: 'app-1',
        privateKey: keys.pkcs8Pem,
        signature: { secret: CANARY_SIG, algorithm: AlgorithmTypes.sha256hmac },
      }),
      new Auth({ apiKey: KEY, privateKey: Buffer.from(keys.pkcs1Pem) }),
    ];

    it('keeps no own enumerable state', () => {
      for (const auth of auths()) expect(Object.keys(auth)).toEqual([]);
    });

    it('util.inspect shows apiKey and applicationId, secrets only as [REDACTED]', async () => {
      const [auth] = auths() as [Auth];
      await auth.createBearerHeader();
      const shown = inspect(auth, { depth: 10 });
      expect(shown).toBe(
        "Auth {\n  apiKey: 'abcd1234',\n  apiSecret: '[REDACTED]',\n  applicationId: 'app-1',\n" +
          "  privateKey: '[REDACTED]',\n  signature: { algorithm: 'SHA256HMAC', secret: '[REDACTED]' }\n}",
      );
      expect(inspect({ nested: auth })).toContain("apiKey: 'abcd1234'");
    });

    it('JSON.stringify shows apiKey and applicationId, secrets only as [REDACTED]', () => {
      const [full, keyOnly] = auths() as [Auth, Auth];
      expect(JSON.parse(JSON.stringify(full))).toEqual({
        apiKey: KEY,
        apiSecret: '[REDACTED]',
        applicationId: 'app-1',
        privateKey: '[REDACTED]',
        signature: { algorithm: 'SHA256HMAC', secret: '[REDACTED]' },
      });
      expect(JSON.stringify(keyOnly)).toBe('{"apiKey":"abcd1234","privateKey":"[REDACTED]"}');
      expect(JSON.stringify(new Auth({ signature: { secret: 's' } as never }))).toBe(
        '{"signature":{"secret":"[REDACTED]"}}',
      );
      expect(JSON.stringify(new Auth({ signature: { algorithm: 'md5hash' } as never }))).toBe(
        '{"signature":{"algorithm":"MD5HASH"}}',
      );
    });

    it('never throws from toJSON or inspect, even for signature settings whose getters throw', async () => {
      const hostile = new Proxy(
        {},
        {
          getPrototypeOf: () => {
            throw new Error('boom');
          },
        },
      );
      const getter = Object.defineProperty({ secret: 's' }, 'algorithm', {
        enumerable: true,
        get: () => {
          throw new Error('boom');
        },
      });
      for (const signature of [hostile, getter]) {
        const auth = new Auth({ apiKey: KEY, signature: signature as never });
        expect(JSON.stringify(auth)).toBe('{"apiKey":"abcd1234","signature":"[INVALID]"}');
        expect(inspect(auth)).toBe("Auth { apiKey: 'abcd1234', signature: '[INVALID]' }");
        await expect(auth.createSignatureHash({})).rejects.toMatchObject({
          constructor: ValidationError,
          message:
            '[@acct/auth] signature could not be read: pass a plain object { secret, algorithm }',
        });
      }
    });

    it('shows an invalid apiKey, applicationId or algorithm as [INVALID], never its content', () => {
      const auth = new Auth({
        apiKey: `acct-demo:${CANARY_SECRET}`,
        apiSecret: CANARY_SECRET,
        applicationId: CANARY_SECRET.repeat(10),
        signature: { secret: CANARY_SIG, algorithm: CANARY_SIG as never },
      });
      expect(JSON.parse(JSON.stringify(auth))).toEqual({
        apiKey: '[INVALID]',
        apiSecret: '[REDACTED]',
        applicationId: '[INVALID]',
        signature: { algorithm: '[INVALID]', secret: '[REDACTED]' },
      });
      expect(JSON.stringify(new Auth({ signature: CANARY_SIG as never }))).toBe(
        '{"signature":"[INVALID]"}',
      );
      expect(inspect(auth, { depth: 10, showHidden: true })).not.toContain('CANARY');
    });

    it('no canary appears in inspect, JSON, or any error of any operation', async () => {
      const outputs: string[] = [];
      for (const auth of auths()) {
        outputs.push(inspect(auth, { depth: Infinity, showHidden: true }), JSON.stringify(auth));
      }
      const rejecting: Array<Promise<unknown>> = [
        new Auth({ apiKey: 5 as never, apiSecret: CANARY_SECRET }).createBasicHeader(),
        new Auth({ apiKey: `k:${CANARY_SECRET}`, apiSecret: CANARY_SECRET }).createBasicHeader(),
        new Auth({ apiKey: KEY, apiSecret: `${CANARY_SECRET}\n` }).getQueryParams(),
        new Auth({ apiSecret: CANARY_SECRET }).getQueryParams({ a: 1 }),
        new Auth({
          apiKey: KEY,
          signature: { secret: CANARY_SIG, algorithm: CANARY_SECRET as never },
        }).createSignatureHash({}),
        new Auth({ apiKey: KEY, signature: { secret: CANARY_SIG } as never }).createSignatureHash(
          {},
        ),
        new Auth({
          apiKey: KEY,
          signature: { secret: CANARY_SIG, algorithm: AlgorithmTypes.md5hash },
        }).createSignatureHash({ nested: { secret: CANARY_SECRET } }),
        new Auth({
          applicationId: 'app',
          privateKey: keys.pkcs8Pem.replace(/A/g, 'B'),
        }).createBearerHeader(),
        new Auth({ applicationId: 'app', privateKey: keyBody }).createBearerHeader(),
        new Auth({
          applicationId: 'app',
          privateKey: `${keyBody.replace(/A/g, 'B')}\\n${keyBody}`,
        }).createBearerHeader(),
        new Auth({
          applicationId: 'app',
          privateKey: keys.pkcs8Pem,
          jwtOptions: { claims: { secret: CANARY_SECRET, n: 1n } },
        }).createBearerHeader(),
        new Auth({
          applicationId: 'app',
          privateKey: keys.pkcs8Pem,
          jwtOptions: { exp: CANARY_SECRET },
        }).createBearerHeader(),
        new Auth({
          applicationId: CANARY_SECRET.repeat(4),
          privateKey: keys.pkcs8Pem,
        }).createBearerHeader(),
      ];
      for (const promise of rejecting) {
        const err = await promise.then(
          () => new Error('expected a rejection'),
          (e: unknown) => e,
        );
        expect(err).toBeInstanceOf(AcctError);
        outputs.push(renderError(err));
      }
      const all = outputs.join('\n');
      expect(all).not.toContain(CANARY_SECRET);
      expect(all).not.toContain(CANARY_SIG);
      expect(all).not.toContain(keyBody);
      expect(all).not.toContain(keyBody.replace(/A/g, 'B'));
    });
  });
});
