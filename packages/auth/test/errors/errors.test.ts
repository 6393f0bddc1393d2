import { inspect } from 'node:util';
import { describe, expect, it } from '@jest/globals';
import { AcctError } from '@acct/http';
import {
  InvalidApiKeyError,
  InvalidApiSecretError,
  InvalidPrivateKeyError,
  InvalidSignatureAlgorithmError,
  MissingApiKeyError,
  MissingApiSecretError,
  MissingApplicationIdError,
  MissingPrivateKeyError,
  MissingSignatureError,
  isAuthError,
} from '@acct/auth';

const USAGE_KEY =
  'pass an unencrypted RSA private key (PKCS#8 or PKCS#1) as a PEM string, a Buffer ' +
  'or the path to a PEM file to new Auth({ applicationId, privateKey })';

const cases: Array<[AcctError, string, string, string, Record<string, unknown>]> = [
  [
    new MissingApiKeyError(),
    'MissingApiKeyError',
    'ACCT_AUTH_MISSING_API_KEY',
    '[@acct/auth] apiKey is missing: pass it to new Auth({ apiKey, apiSecret }) ' +
      '(or new Auth({ apiKey, signature }) to sign requests)',
    {},
  ],
  [
    new MissingApiSecretError(),
    'MissingApiSecretError',
    'ACCT_AUTH_MISSING_API_SECRET',
    '[@acct/auth] apiSecret is missing: pass it to new Auth({ apiKey, apiSecret })',
    {},
  ],
  [
    new InvalidApiKeyError('a number'),
    'InvalidApiKeyError',
    'ACCT_AUTH_INVALID_API_KEY',
    "[@acct/auth] apiKey must be 1 to 64 visible ASCII characters without ':', got a number: pass it as a string to new Auth({ apiKey: 'abcd1234', apiSecret })",
    { received: 'a number' },
  ],
  [
    new InvalidApiSecretError('an empty string'),
    'InvalidApiSecretError',
    'ACCT_AUTH_INVALID_API_SECRET',
    '[@acct/auth] apiSecret must be 1 to 256 characters without control characters, got an empty string: pass it as a string to new Auth({ apiKey, apiSecret })',
    { received: 'an empty string', parameter: 'apiSecret' },
  ],
  [
    new InvalidApiSecretError('a number', 'signature.secret'),
    'InvalidApiSecretError',
    'ACCT_AUTH_INVALID_API_SECRET',
    '[@acct/auth] signature.secret must be 1 to 256 characters without control characters, got a number: pass it as a string to new Auth({ apiKey, signature: { secret, algorithm } })',
    { received: 'a number', parameter: 'signature.secret' },
  ],
  [
    new MissingSignatureError(),
    'MissingSignatureError',
    'ACCT_AUTH_MISSING_SIGNATURE',
    '[@acct/auth] signature is missing: pass new Auth({ apiKey, signature: { secret, algorithm: AlgorithmTypes.md5hash } }) to sign requests',
    { parameter: 'signature' },
  ],
  [
    new MissingSignatureError('signature.algorithm'),
    'MissingSignatureError',
    'ACCT_AUTH_MISSING_SIGNATURE',
    '[@acct/auth] signature.algorithm is missing: pass new Auth({ apiKey, signature: { secret, algorithm: AlgorithmTypes.md5hash } }) to sign requests',
    { parameter: 'signature.algorithm' },
  ],
  [
    new InvalidSignatureAlgorithmError('a string of 3 characters'),
    'InvalidSignatureAlgorithmError',
    'ACCT_AUTH_INVALID_SIGNATURE_ALGORITHM',
    "[@acct/auth] signature.algorithm is not supported (got a string of 3 characters): use one of AlgorithmTypes.md5hash, md5hmac, sha1hmac, sha256hmac, sha512hmac ('MD5HASH', 'MD5HMAC', 'SHA1HMAC', 'SHA256HMAC', 'SHA512HMAC', or the same in lower case)",
    { received: 'a string of 3 characters' },
  ],
  [
    new MissingApplicationIdError(),
    'MissingApplicationIdError',
    'ACCT_AUTH_MISSING_APPLICATION_ID',
    '[@acct/auth] applicationId is missing: pass it with the private key to new Auth({ applicationId, privateKey }) to create JWTs',
    {},
  ],
  [
    new MissingPrivateKeyError(),
    'MissingPrivateKeyError',
    'ACCT_AUTH_MISSING_PRIVATE_KEY',
    '[@acct/auth] privateKey is missing: pass a PEM string, a Buffer or the path to a PEM file to new Auth({ applicationId, privateKey })',
    {},
  ],
  [
    new InvalidPrivateKeyError({ reason: 'invalid-type', received: 'number' }),
    'InvalidPrivateKeyError',
    'ACCT_AUTH_INVALID_PRIVATE_KEY',
    `[@acct/auth] privateKey must be a PEM string, a Buffer or a file path, got number: ${USAGE_KEY}`,
    { reason: 'invalid-type' },
  ],
  [
    new InvalidPrivateKeyError({ reason: 'unreadable', path: '/k/p.pem', received: 'EACCES' }),
    'InvalidPrivateKeyError',
    'ACCT_AUTH_INVALID_PRIVATE_KEY',
    `[@acct/auth] privateKey file /k/p.pem could not be read (EACCES): ${USAGE_KEY}`,
    { reason: 'unreadable', path: '/k/p.pem' },
  ],
  [
    new InvalidPrivateKeyError({ reason: 'unreadable', received: 'ENOENT' }),
    'InvalidPrivateKeyError',
    'ACCT_AUTH_INVALID_PRIVATE_KEY',
    `[@acct/auth] privateKey file (path not shown) could not be read (ENOENT): ${USAGE_KEY}`,
    { reason: 'unreadable' },
  ],
  [
    new InvalidPrivateKeyError({ reason: 'too-large', received: '70000 bytes' }),
    'InvalidPrivateKeyError',
    'ACCT_AUTH_INVALID_PRIVATE_KEY',
    `[@acct/auth] privateKey is 70000 bytes, at most 64 KiB is read: ${USAGE_KEY}`,
    { reason: 'too-large' },
  ],
  [
    new InvalidPrivateKeyError({ reason: 'unparsable' }),
    'InvalidPrivateKeyError',
    'ACCT_AUTH_INVALID_PRIVATE_KEY',
    `[@acct/auth] privateKey could not be parsed as a private key: ${USAGE_KEY}`,
    { reason: 'unparsable' },
  ],
  [
    new InvalidPrivateKeyError({ reason: 'unparsable', path: '/k/p.pem' }),
    'InvalidPrivateKeyError',
    'ACCT_AUTH_INVALID_PRIVATE_KEY',
    `[@acct/auth] privateKey from file /k/p.pem could not be parsed as a private key: ${USAGE_KEY}`,
    { reason: 'unparsable', path: '/k/p.pem' },
  ],
  [
    new InvalidPrivateKeyError({ reason: 'not-rsa', received: 'ed25519' }),
    'InvalidPrivateKeyError',
    'ACCT_AUTH_INVALID_PRIVATE_KEY',
    `[@acct/auth] privateKey is of type ed25519, RS256 needs an RSA key: ${USAGE_KEY}`,
    { reason: 'not-rsa' },
  ],
  [
    new InvalidPrivateKeyError({ reason: 'too-small', received: '1024-bit', path: '/k/p.pem' }),
    'InvalidPrivateKeyError',
    'ACCT_AUTH_INVALID_PRIVATE_KEY',
    `[@acct/auth] privateKey from file /k/p.pem is a 1024-bit RSA key, RS256 needs 2048 bits or more: ${USAGE_KEY}`,
    { reason: 'too-small', path: '/k/p.pem' },
  ],
];

describe('errors', () => {
  it.each(cases)('%s', (err, name, code, message, fields) => {
    expect(err).toBeInstanceOf(AcctError);
    expect(err).toBeInstanceOf(Error);
    expect(err.name).toBe(name);
    expect(err.constructor.name).toBe(name);
    expect(err.code).toBe(code);
    expect(err.message).toBe(message);
    expect(err).toMatchObject(fields);
    expect(err.cause).toBeUndefined();
    expect(JSON.parse(JSON.stringify(err))).toEqual({ name, code, message });
    expect(inspect(err)).toContain(code);
    expect(isAuthError(err)).toBe(true);
  });

  it('has no path field unless one is given', () => {
    expect(Object.hasOwn(new InvalidPrivateKeyError({ reason: 'unparsable' }), 'path')).toBe(false);
  });

  it('keeps a cause', () => {
    const cause = new Error('root');
    const errors = [
      new MissingApiKeyError({ cause }),
      new MissingApiSecretError({ cause }),
      new InvalidApiKeyError('number', { cause }),
      new InvalidApiSecretError('number', 'apiSecret', { cause }),
      new MissingSignatureError('signature', { cause }),
      new InvalidSignatureAlgorithmError('number', { cause }),
      new MissingApplicationIdError({ cause }),
      new MissingPrivateKeyError({ cause }),
      new InvalidPrivateKeyError({ reason: 'unparsable', cause }),
    ];
    for (const err of errors) expect(err.cause).toBe(cause);
  });

  describe('isAuthError', () => {
    it('recognises an auth error from another copy by its code', () => {
      const foreign = Object.assign(new Error('x'), { code: 'ACCT_AUTH_MISSING_API_KEY' });
      expect(isAuthError(foreign)).toBe(true);
    });

    it.each([
      [new AcctError('x', { code: 'ACCT_HTTP_ERROR' })],
      [new Error('x')],
      [{ code: 'ACCT_AUTH_MISSING_API_KEY', message: 'not an Error' }],
      [Object.assign(new Error('x'), { code: 42 })],
      [null],
      ['ACCT_AUTH_MISSING_API_KEY'],
    ])('rejects %p', (value) => {
      expect(isAuthError(value)).toBe(false);
    });
  });
});
