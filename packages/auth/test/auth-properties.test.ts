// Property-based tests of every public entry of Auth: arbitrary input (Unicode, CR/LF, NUL,
// lone surrogates, 1 MB strings, values of any type) either rejects with the typed error, or
// gives exactly the header, parameters or token expected from an independent model of the rules.
import { createHash, createHmac } from 'node:crypto';
import { inspect } from 'node:util';
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { jwtVerify } from 'jose';
import { AcctError, ValidationError } from '@acct/http';
import {
  AlgorithmTypes,
  Auth,
  InvalidApiKeyError,
  InvalidApiSecretError,
  InvalidPrivateKeyError,
  MissingApiKeyError,
  MissingApiSecretError,
  type AuthParams,
} from '@acct/auth';
import { makeKeys, T0, T0_SECONDS } from './fixtures/keys';
import { hostileString, hostileValue, renderError } from './fixtures/hostile';

const keys = makeKeys();
const APP_ID = 'aaaaaaaa-bbbb-cccc-dddd-0123456789ab';
const GOOD_KEY = 'abcd1234';
const GOOD_SECRET = 'Abcdef123456';

// An independent model of the rules (regular expressions, not the library's scanner).
const isString = (v: unknown): v is string => typeof v === 'string';
const wellFormed = (s: string): boolean => !/\p{Cs}/u.test(s);
const keyValid = (v: unknown): v is string => isString(v) && /^[\x21-\x39\x3b-\x7e]{1,64}$/.test(v);
const secretValid = (v: unknown): v is string =>
  isString(v) &&
  v !== '' &&
  [...v].length <= 256 &&
  ![...v].some(
    (c) => c.charCodeAt(0) < 0x20 || (c.charCodeAt(0) >= 0x7f && c.charCodeAt(0) <= 0x9f),
  ) &&
  wellFormed(v);
const appIdValid = (v: unknown): v is string => isString(v) && /^[\x21-\x7e]{1,64}$/.test(v);
const given = (v: unknown): boolean => v !== undefined && v !== null;

/** The error the model expects for a key and secret, or undefined when both are valid. */
function keySecretError(
  apiKey: unknown,
  apiSecret: unknown,
): (new (...a: never[]) => AcctError) | undefined {
  if (!given(apiKey)) return MissingApiKeyError;
  if (!keyValid(apiKey)) return InvalidApiKeyError;
  if (!given(apiSecret)) return MissingApiSecretError;
  if (!secretValid(apiSecret)) return InvalidApiSecretError;
  return undefined;
}

const credential = fc.oneof(hostileValue, fc.constant(GOOD_KEY), fc.constant(GOOD_SECRET));
const settle = (p: Promise<unknown>): Promise<unknown> =>
  p.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );

describe('Auth properties', () => {
  it('the constructor never throws, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          hostileValue,
          fc.record(
            {
              apiKey: hostileValue,
              apiSecret: hostileValue,
              applicationId: hostileValue,
              privateKey: hostileValue,
              signature: hostileValue,
              jwtOptions: hostileValue,
              now: hostileValue,
            },
            { requiredKeys: [] },
          ),
          fc.dictionary(hostileString, hostileValue, { maxKeys: 3 }),
        ),
        (params) => {
          const auth = new Auth(params as AuthParams);
          expect(() => JSON.stringify(auth)).not.toThrow();
          expect(() => inspect(auth)).not.toThrow();
        },
      ),
      { numRuns: 300 },
    );
  });

  it('createBasicHeader: exactly Basic base64(utf8(key:secret)), or the typed error', async () => {
    await fc.assert(
      fc.asyncProperty(credential, credential, async (apiKey, apiSecret) => {
        const result = await settle(
          new Auth({ apiKey, apiSecret } as AuthParams).createBasicHeader(),
        );
        const expected = keySecretError(apiKey, apiSecret);
        if (expected === undefined) {
          expect(result).toEqual({
            value: `Basic ${Buffer.from(`${apiKey as string}:${apiSecret as string}`, 'utf8').toString('base64')}`,
          });
        } else {
          expect((result as { error: unknown }).error).toBeInstanceOf(expected);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('getQueryParams: exactly the params plus api_key and api_secret, or the typed error', async () => {
    await fc.assert(
      fc.asyncProperty(
        credential,
        credential,
        fc.dictionary(fc.string({ maxLength: 8 }), hostileString, { maxKeys: 4 }),
        async (apiKey, apiSecret, params) => {
          const result = await settle(
            new Auth({ apiKey, apiSecret } as AuthParams).getQueryParams(params),
          );
          const expected = keySecretError(apiKey, apiSecret);
          if (expected === undefined) {
            expect(result).toEqual({
              value: { ...params, api_key: apiKey, api_secret: apiSecret },
            });
          } else {
            expect((result as { error: unknown }).error).toBeInstanceOf(expected);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('createSignatureHash: exactly the model signature, or the typed error', async () => {
    const algorithms = Object.values(AlgorithmTypes);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constant(GOOD_KEY), hostileValue),
        fc.oneof(fc.constant('sig-secret'), hostileValue),
        fc.oneof(
          fc.constantFrom(...algorithms),
          fc.constantFrom(...algorithms.map((a) => a.toLowerCase())),
        ),
        fc.dictionary(
          fc.stringMatching(/^[a-z]{1,6}$/),
          fc.oneof(hostileString, fc.integer(), fc.boolean()),
          {
            maxKeys: 4,
          },
        ),
        async (apiKey, secret, algorithm, params) => {
          const auth = new Auth({
            apiKey,
            signature: { secret, algorithm },
            now: () => T0,
          } as AuthParams);
          const result = await settle(auth.createSignatureHash(params));
          if (!keyValid(apiKey) || !secretValid(secret)) {
            expect((result as { error: unknown }).error).toBeInstanceOf(AcctError);
            return;
          }
          const values = Object.values(params).map(String);
          if (values.some((v) => !wellFormed(v))) {
            expect((result as { error: unknown }).error).toBeInstanceOf(ValidationError);
            return;
          }
          const all: Record<string, string> = {
            ...Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])),
            api_key: apiKey,
          };
          if (all.timestamp === undefined || all.timestamp === '')
            all.timestamp = String(T0_SECONDS);
          const joined = Object.keys(all)
            .sort()
            .map((k) => `${k}=${all[k]!}`)
            .join('&')
            .replace(/[&=]/g, '_');
          const upper = algorithm.toUpperCase();
          const sig =
            upper === 'MD5HASH'
              ? createHash('md5')
                  .update(joined + secret)
                  .digest('hex')
              : createHmac(upper.replace('HMAC', '').toLowerCase(), secret)
                  .update(joined)
                  .digest('hex');
          const { value } = result as { value: Record<string, unknown> };
          expect(value.sig).toBe(sig);
          expect(value.api_key).toBe(apiKey);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('createBearerHeader: a token holding exactly the claims given, or ValidationError', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constant(APP_ID), hostileString),
        fc.dictionary(
          fc.stringMatching(/^c_[a-z]{1,5}$/),
          fc.oneof(
            hostileString.filter((s) => s.length < 1000),
            fc.integer(),
          ),
          {
            maxKeys: 3,
          },
        ),
        fc.option(
          hostileString.filter((s) => s.length < 1000),
          { nil: undefined },
        ),
        async (applicationId, custom, jti) => {
          const jwtOptions = { ...custom, ...(jti === undefined ? {} : { jti }), cache: false };
          const auth = new Auth({
            applicationId,
            privateKey: keys.pkcs8Pem,
            jwtOptions,
            now: () => T0,
          });
          const result = await settle(auth.createBearerHeader());
          if (!appIdValid(applicationId) || jti === '') {
            expect((result as { error: unknown }).error).toBeInstanceOf(ValidationError);
            return;
          }
          const { value } = result as { value: string };
          const { payload } = await jwtVerify(value.slice('Bearer '.length), keys.publicKey, {
            algorithms: ['RS256'],
            currentDate: new Date(T0),
          });
          expect(payload).toEqual({
            ...custom,
            jti: jti ?? expect.any(String),
            iat: T0_SECONDS,
            exp: T0_SECONDS + 900,
            application_id: applicationId,
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a canary secret or private key never shows in any error, inspect or JSON', async () => {
    const CANARY = 'CANARY-s3cret-5e1f';
    const keyBody = keys.pkcs8Pem.trim().split('\n').slice(1, -1);
    const chunks = keyBody.map((line) => line.slice(8, 40));
    const canaryKeys = [
      keyBody.join('\\n'),
      keyBody.join(''),
      keys.pkcs8Pem.replace(/A/g, 'B'),
      keyBody.slice(0, 5).join('\n'),
      `${keys.pkcs8Pem.trim().split('\n').join('\\n')}${CANARY}`,
    ];
    const withCanary = fc.oneof(
      hostileString.filter((s) => s.length < 200).map((s) => `${s}${CANARY}${s}`),
      fc.constantFrom(
        CANARY,
        `acct-demo:${CANARY}`,
        `${CANARY}\r\n`,
        `${CANARY}\u0000`,
        `${CANARY}\ud800`,
        CANARY.repeat(20),
      ),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          // the API key and application id are shown when valid (they are not secrets): only
          // invalid ones, which may hide a secret (`key:secret`), must stay hidden
          apiKey: fc.oneof(
            withCanary.filter((v) => !keyValid(v)),
            fc.constant(GOOD_KEY),
          ),
          apiSecret: fc.oneof(withCanary, hostileValue),
          applicationId: fc.oneof(
            withCanary.filter((v) => !appIdValid(v)),
            fc.constant(APP_ID),
          ),
          privateKey: fc.oneof(fc.constantFrom(...canaryKeys), withCanary),
          signature: fc.record({
            secret: withCanary,
            algorithm: fc.oneof(withCanary, fc.constant('MD5HASH')),
          }),
          jwtOptions: fc.oneof(
            fc.record({ tenant: withCanary, exp: withCanary }),
            fc.record({ claims: fc.record({ n: fc.constant(10n), secret: withCanary }) }),
            fc.record({ application_id: withCanary }),
          ),
        }),
        fc.dictionary(fc.stringMatching(/^[a-z]{1,5}$/), withCanary, { maxKeys: 2 }),
        async (params, extra) => {
          const auth = new Auth(params as AuthParams);
          const outputs = [inspect(auth, { depth: 10, showHidden: true }), JSON.stringify(auth)];
          const calls = [
            auth.createBasicHeader(),
            auth.getQueryParams({ ...extra, bad: new Map() } as never).catch((e: unknown) => e),
            auth.createSignatureHash({ ...extra, nested: { CANARY } } as never),
            auth.createBearerHeader(),
          ];
          for (const outcome of await Promise.all(calls.map(settle))) {
            const { error } = outcome as { error?: unknown };
            if (error !== undefined) {
              expect(error).toBeInstanceOf(AcctError);
              outputs.push(renderError(error));
            }
          }
          const all = outputs.join('\n');
          expect(all).not.toContain(CANARY);
          for (const chunk of chunks) expect(all).not.toContain(chunk);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('a private key string of any content rejects with InvalidPrivateKeyError, never echoing it', async () => {
    await fc.assert(
      fc.asyncProperty(
        hostileString.filter((s) => s.length > 0 && !/[/\\.]/.test(s)),
        async (privateKey) => {
          const auth = new Auth({ applicationId: APP_ID, privateKey });
          const result = await settle(auth.createBearerHeader());
          const { error } = result as { error: unknown };
          expect(error).toBeInstanceOf(InvalidPrivateKeyError);
          expect((error as InvalidPrivateKeyError).path).toBeUndefined();
          if (privateKey.length >= 6) expect(renderError(error)).not.toContain(privateKey);
        },
      ),
      { numRuns: 100 },
    );
  });
});
