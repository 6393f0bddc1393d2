import { inspect } from 'node:util';
import { describe, expect, it } from '@jest/globals';
import { AcctError, ValidationError } from '@acct/http';
import {
  AlgorithmTypes,
  Auth,
  InvalidApiKeyError,
  InvalidApiSecretError,
  InvalidPrivateKeyError,
  InvalidSignatureAlgorithmError,
  MissingApiKeyError,
  MissingApiSecretError,
  type AuthInterface,
  type AuthParams,
} from '@acct/auth';
import { makeKeys } from './fixtures/keys';
import { validationError } from './fixtures/validation';

const KEY = 'abcd1234';
const SECRET = 'Abcdef123456';

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected a throw');
}

describe('Auth', () => {
  describe('createBasicHeader', () => {
    it('returns Basic base64(key:secret)', async () => {
      const auth = new Auth({ apiKey: KEY, apiSecret: SECRET });
      await expect(auth.createBasicHeader()).resolves.toBe(
        `Basic ${Buffer.from('abcd1234:Abcdef123456').toString('base64')}`,
      );
      await expect(auth.createBasicHeader()).resolves.toBe('Basic YWJjZDEyMzQ6QWJjZGVmMTIzNDU2');
    });

    it('encodes non-ASCII credentials as UTF-8', async () => {
      const auth = new Auth({ apiKey: 'clé', apiSecret: 'sécret' });
      await expect(auth.createBasicHeader()).resolves.toBe(
        `Basic ${Buffer.from('clé:sécret', 'utf8').toString('base64')}`,
      );
    });

    it('does not need an application id or private key', async () => {
      const auth = new Auth({ apiKey: KEY, apiSecret: SECRET, jwtOptions: { ttl: 60 } });
      await expect(auth.createBasicHeader()).resolves.toMatch(/^Basic /);
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
      const auth = new Auth({ apiKey: KEY, apiSecret: null } as unknown as AuthParams);
      await expect(auth.createBasicHeader()).rejects.toBeInstanceOf(MissingApiSecretError);
    });

    it('rejects empty strings with the Invalid* errors when used', async () => {
      const noKey = new Auth({ apiKey: '', apiSecret: SECRET });
      await expect(noKey.createBasicHeader()).rejects.toMatchObject({
        constructor: InvalidApiKeyError,
        received: 'empty string',
      });
      const noSecret = new Auth({ apiKey: KEY, apiSecret: '' });
      await expect(noSecret.createBasicHeader()).rejects.toMatchObject({
        constructor: InvalidApiSecretError,
        received: 'empty string',
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

    it('rejects params that are not an object', async () => {
      const auth = new Auth({ apiKey: KEY, apiSecret: SECRET });
      await expect(auth.getQueryParams('a=b' as unknown as object)).rejects.toMatchObject(
        validationError('params', 'an object', 'string'),
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

  describe('constructor type checks', () => {
    it('accepts no params at all', () => {
      expect(new Auth().apiKey).toBeUndefined();
      expect(new Auth(undefined).applicationId).toBeUndefined();
    });

    it('exposes apiKey and applicationId (not secrets)', () => {
      const auth = new Auth({ apiKey: KEY, apiSecret: SECRET, applicationId: 'app-1' });
      expect(auth.apiKey).toBe(KEY);
      expect(auth.applicationId).toBe('app-1');
    });

    it('throws InvalidApiKeyError for an apiKey that is a number', () => {
      const err = thrown(() => new Auth({ apiKey: 1234 as unknown as string, apiSecret: SECRET }));
      expect(err).toBeInstanceOf(InvalidApiKeyError);
      expect(err).toBeInstanceOf(AcctError);
      expect(err).toMatchObject({ code: 'ACCT_AUTH_INVALID_API_KEY', received: 'number' });
    });

    it('throws InvalidApiSecretError for an apiSecret that is an object', () => {
      const err = thrown(() => new Auth({ apiKey: KEY, apiSecret: {} as unknown as string }));
      expect(err).toMatchObject({
        constructor: InvalidApiSecretError,
        parameter: 'apiSecret',
        received: 'object',
      });
    });

    it('throws InvalidApiSecretError for a signature secret that is not a string', () => {
      const err = thrown(
        () =>
          new Auth({
            apiKey: KEY,
            signature: { secret: 5 as unknown as string, algorithm: AlgorithmTypes.md5hash },
          }),
      );
      expect(err).toMatchObject({
        constructor: InvalidApiSecretError,
        parameter: 'signature.secret',
        received: 'number',
      });
    });

    it('throws InvalidSignatureAlgorithmError for an unknown algorithm', () => {
      for (const algorithm of ['md4', 'MD5HASH', 3, true]) {
        const err = thrown(
          () =>
            new Auth({ apiKey: KEY, signature: { secret: 's', algorithm: algorithm as never } }),
        );
        expect(err).toMatchObject({
          constructor: InvalidSignatureAlgorithmError,
          received: typeof algorithm,
        });
      }
    });

    it('accepts every algorithm as enum member or as its string', () => {
      for (const algorithm of Object.values(AlgorithmTypes)) {
        expect(() => new Auth({ signature: { secret: 's', algorithm } })).not.toThrow();
        expect(
          () => new Auth({ signature: { secret: 's', algorithm: `${algorithm}` } }),
        ).not.toThrow();
      }
    });

    it('throws InvalidPrivateKeyError for a private key of the wrong type', () => {
      const err = thrown(() => new Auth({ privateKey: 42 as unknown as string }));
      expect(err).toMatchObject({
        constructor: InvalidPrivateKeyError,
        reason: 'invalid-type',
        code: 'ACCT_AUTH_INVALID_PRIVATE_KEY',
      });
    });

    it.each([
      [{ applicationId: 42 }, 'applicationId', 'a string', 'number'],
      [{ signature: 'md5hash' }, 'signature', 'an object { secret, algorithm }', 'string'],
      [{ signature: [] }, 'signature', 'an object { secret, algorithm }', 'array'],
      [{ jwtOptions: 'x' }, 'jwtOptions', 'an object', 'string'],
      [
        { jwtOptions: { ttl: 0 } },
        'jwtOptions.ttl',
        'a positive integer number of seconds',
        'number',
      ],
      [
        { jwtOptions: { ttl: -5 } },
        'jwtOptions.ttl',
        'a positive integer number of seconds',
        'number',
      ],
      [
        { jwtOptions: { ttl: 1.5 } },
        'jwtOptions.ttl',
        'a positive integer number of seconds',
        'number',
      ],
      [
        { jwtOptions: { ttl: '900' } },
        'jwtOptions.ttl',
        'a positive integer number of seconds',
        'string',
      ],
      [{ jwtOptions: { cache: 'no' } }, 'jwtOptions.cache', 'a boolean', 'string'],
      [{ jwtOptions: { sub: 7 } }, 'jwtOptions.sub', 'a string', 'number'],
      [{ jwtOptions: { acl: 'all' } }, 'jwtOptions.acl', 'an object', 'string'],
      [
        { jwtOptions: { nbf: '1' } },
        'jwtOptions.nbf',
        'a number of seconds since the epoch',
        'string',
      ],
      [
        { jwtOptions: { nbf: Number.NaN } },
        'jwtOptions.nbf',
        'a number of seconds since the epoch',
        'number',
      ],
      [{ jwtOptions: { claims: null } }, 'jwtOptions.claims', 'an object', 'null'],
      [{ now: 1_700_000_000_000 }, 'now', 'a function returning milliseconds', 'number'],
      ['abcd1234', 'params', 'an object of AuthParams', 'string'],
    ])('throws ValidationError for %j', (params, name, expected, received) => {
      const err = thrown(() => new Auth(params as unknown as AuthParams));
      expect(err).toBeInstanceOf(ValidationError);
      expect(err).toBeInstanceOf(AcctError);
      expect(err).toMatchObject(validationError(name, expected, received));
    });

    it('is usable through AuthInterface', async () => {
      const auth: AuthInterface = new Auth({ apiKey: KEY, apiSecret: SECRET });
      await expect(auth.createBasicHeader()).resolves.toBe('Basic YWJjZDEyMzQ6QWJjZGVmMTIzNDU2');
    });
  });

  describe('secrets stay private', () => {
    const CANARY_SECRET = 'CANARY-api-secret-7f3a';
    const CANARY_SIG = 'CANARY-signature-secret-91bc';
    const keys = makeKeys();
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
          "  privateKey: '[REDACTED]',\n  signature: { algorithm: 'sha256hmac', secret: '[REDACTED]' }\n}",
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
        signature: { algorithm: 'sha256hmac', secret: '[REDACTED]' },
      });
      expect(JSON.stringify(keyOnly)).toBe('{"apiKey":"abcd1234","privateKey":"[REDACTED]"}');
      expect(JSON.stringify(new Auth({ signature: { secret: 's' } as never }))).toBe(
        '{"signature":{"secret":"[REDACTED]"}}',
      );
      expect(JSON.stringify(new Auth({ signature: { algorithm: 'md5hash' } as never }))).toBe(
        '{"signature":{"algorithm":"md5hash"}}',
      );
    });

    it('no canary appears in inspect, JSON, or any error of any operation', async () => {
      const outputs: string[] = [];
      for (const auth of auths()) {
        outputs.push(inspect(auth, { depth: Infinity, showHidden: true }), JSON.stringify(auth));
      }
      const failing: Array<() => unknown> = [
        () => new Auth({ apiKey: 5 as never, apiSecret: CANARY_SECRET }),
        () =>
          new Auth({
            apiKey: KEY,
            signature: { secret: CANARY_SIG, algorithm: CANARY_SECRET as never },
          }),
        () =>
          new Auth({
            apiKey: KEY,
            signature: { secret: CANARY_SIG, algorithm: CANARY_SIG as never },
          }),
      ];
      for (const fn of failing) {
        const err = thrown(fn) as Error;
        outputs.push(JSON.stringify(err), inspect(err, { depth: Infinity }), String(err.stack));
      }
      const rejecting: Array<Promise<unknown>> = [
        new Auth({ apiSecret: CANARY_SECRET }).createBasicHeader(),
        new Auth({ apiSecret: CANARY_SECRET }).getQueryParams({ a: 1 }),
        new Auth({
          signature: { secret: CANARY_SIG, algorithm: AlgorithmTypes.md5hash },
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
          privateKey: keys.pkcs8Pem.split('\n').slice(1, -2).join('\n'),
        }).createBearerHeader(),
      ];
      for (const promise of rejecting) {
        const err = (await promise.then(
          () => new Error('expected a rejection'),
          (e: unknown) => e,
        )) as Error;
        expect(err).toBeInstanceOf(AcctError);
        outputs.push(JSON.stringify(err), inspect(err, { depth: Infinity }), String(err.stack));
      }
      const all = outputs.join('\n');
      expect(all).not.toContain(CANARY_SECRET);
      expect(all).not.toContain(CANARY_SIG);
      expect(all).not.toContain(keyBody);
      expect(all).not.toContain(keyBody.replace(/A/g, 'B'));
    });
  });
});
