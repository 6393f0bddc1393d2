import { describe, expect, it } from '@jest/globals';
import * as authModule from '@acct/auth';
import * as httpModule from '@acct/http';
import * as accountsModule from '@acct/accounts';
import {
  Accounts,
  Auth,
  MissingApiKeyError,
  type AuthInterface,
  type AuthParams,
  type CallOptions,
  type ConfigParams,
  type InvalidParameter,
} from '@acct/accounts';
import { failure } from '../../../test/support/recorder';

// Issue 14: installing @acct/accounts alone is enough to build any credential and to catch
// every error its clients throw. The re-exports are the very same bindings, so `instanceof`
// works whichever package a caller imports them from.
const FROM_AUTH = [
  'Auth',
  'AlgorithmTypes',
  'MissingApiKeyError',
  'MissingApiSecretError',
  'InvalidApiKeyError',
  'InvalidApiSecretError',
  'MissingSignatureError',
  'InvalidSignatureAlgorithmError',
  'MissingApplicationIdError',
  'MissingPrivateKeyError',
  'InvalidPrivateKeyError',
  'isAuthError',
] as const;

const FROM_HTTP = [
  'AcctError',
  'ValidationError',
  'HttpError',
  'BadRequestError',
  'AuthenticationError',
  'PermissionDeniedError',
  'NotFoundError',
  'VetchError',
  'RateLimitError',
  'InternalServerError',
  'TimeoutError',
  'NetworkError',
  'ParseError',
  'isAcctError',
  'isHttpError',
  'isNetworkError',
  'isParseError',
  'isTimeoutError',
  'isValidationError',
] as const;

describe('@acct/accounts index', () => {
  it.each(FROM_AUTH)('re-exports %s of @acct/auth, the same binding', (name) => {
    expect(accountsModule[name]).toBeDefined();
    expect(accountsModule[name]).toBe(authModule[name]);
  });

  it.each(FROM_HTTP)('re-exports %s of @acct/http, the same binding', (name) => {
    expect(accountsModule[name]).toBeDefined();
    expect(accountsModule[name]).toBe(httpModule[name]);
  });

  it('builds a client from an Auth and catches its errors with names of this package alone', async () => {
    const params: AuthParams = { apiSecret: 'Abcdef123' };
    const auth: AuthInterface = new Auth(params);
    const config: ConfigParams = { restHost: 'http://127.0.0.1:9' };
    const call: CallOptions = { timeout: 1000 };
    const err = await failure(new Accounts(auth, config).getBalance(call));
    expect(err).toBeInstanceOf(MissingApiKeyError);
    const reasons: InvalidParameter[] = accountsModule.validateSecret('x');
    expect(reasons.length).toBeGreaterThan(0);
  });
});
