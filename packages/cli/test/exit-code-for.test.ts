import { describe, expect, it } from '@jest/globals';
import {
  AcctError,
  AuthenticationError,
  MissingApiKeyError,
  NetworkError,
  TimeoutError,
  ValidationError,
  createHttpError,
} from '@acct/server-sdk';
import { BalanceBelowMinimumError, ExitCode, UsageError, exitCodeFor } from '@acct/cli';

const request = {
  method: 'GET',
  url: 'https://rest.example.test/account/get-balance',
  headers: {},
};
const httpInit = (status: number) => ({ status, statusText: 'x', headers: {}, body: {}, request });

describe('exitCodeFor', () => {
  it('maps every kind of failure to its exit code', () => {
    expect(exitCodeFor(new UsageError('bad flag'))).toBe(2);
    expect(exitCodeFor(new ValidationError('bad secret', { invalidParameters: [] }))).toBe(2);
    expect(exitCodeFor(new MissingApiKeyError())).toBe(2);
    expect(exitCodeFor(new BalanceBelowMinimumError(1, 2, '€1.00', '€2.00'))).toBe(3);
    expect(exitCodeFor(new TimeoutError('late', { timeout: 10, url: 'http://h' }))).toBe(4);
    expect(exitCodeFor(new NetworkError('refused', { systemCode: 'ECONNREFUSED' }))).toBe(4);
    expect(exitCodeFor(new AuthenticationError(httpInit(401)))).toBe(1);
    expect(exitCodeFor(createHttpError(httpInit(503)))).toBe(1);
    expect(exitCodeFor(new AcctError('other', { code: 'ACCT_SOMETHING' }))).toBe(1);
    expect(exitCodeFor(new Error('plain'))).toBe(1);
    expect(exitCodeFor('a string')).toBe(1);
    expect(exitCodeFor(null)).toBe(1);
  });

  it('reads the code, so an error from another copy of acct maps the same way', () => {
    expect(exitCodeFor({ code: 'ACCT_TIMEOUT' })).toBe(ExitCode.NETWORK);
    expect(exitCodeFor({ code: 'ACCT_AUTH_MISSING_API_SECRET' })).toBe(ExitCode.USAGE);
  });

  it('has the documented values', () => {
    expect(ExitCode).toEqual({ OK: 0, API_ERROR: 1, USAGE: 2, BELOW_MINIMUM: 3, NETWORK: 4 });
    expect(Object.isFrozen(ExitCode)).toBe(true);
  });
});
