import { describe, expect, it } from '@jest/globals';
import {
  createHttpError,
  MaximumSecretsError,
  NetworkError,
  SecretRotationError,
  TimeoutError,
  ValidationError,
} from '@acct/server-sdk';
import { newSecretAbsent, REFUSED_CREATE_STATUSES } from '../../src/internal/new-secret-absent';

const URL = 'https://api.test/accounts/abcd1234/secrets';
const request = (method: string) => ({ method, url: URL, headers: {} });
const http = (status: number, method = 'POST') =>
  createHttpError({ status, statusText: '', headers: {}, body: null, request: request(method) });
const rotation = (rolledBack: boolean, stage: 'verify' | 'revoke' = 'verify') =>
  new SecretRotationError({
    apiKey: 'abcd1234',
    stage,
    createdId: 'id-1',
    rolledBack,
    revoked: [],
  });

describe('newSecretAbsent', () => {
  it('knows the refusing statuses: definite 4xx only, never 408 or 429', () => {
    expect([...REFUSED_CREATE_STATUSES].sort()).toEqual([400, 401, 403, 404, 409, 413, 422]);
  });

  it.each<[string, unknown]>([
    ['a 400 to the create', http(400)],
    ['a 401 to the create', http(401)],
    ['a 403 to the create', http(403)],
    ['a 409 to the create', http(409)],
    ['a 422 to the create', http(422)],
    ['a 503 to the list before the create', http(503, 'GET')],
    [
      'a timeout of the list before the create',
      new TimeoutError('t', { timeout: 1, url: URL, request: request('GET') }),
    ],
    [
      'a refused connection',
      new NetworkError('n', { systemCode: 'ECONNREFUSED', request: request('POST') }),
    ],
    [
      'an unknown host',
      new NetworkError('n', { systemCode: 'ENOTFOUND', request: request('POST') }),
    ],
    ['a full account', new MaximumSecretsError('abcd1234', ['a', 'b'])],
    ['a secret refused before any request', new ValidationError('v', [])],
    ['a proof that failed and was rolled back', rotation(true)],
  ])('is true after %s', (_why, err) => {
    expect(newSecretAbsent(err)).toBe(true);
  });

  it.each<[string, unknown]>([
    ['a 429 to the create', http(429)],
    ['a 408 to the create', http(408)],
    ['a 500 to the create', http(500)],
    ['a 503 to the create', http(503)],
    ['a 425 to the create', http(425)],
    [
      'a timeout of the create',
      new TimeoutError('t', { timeout: 1, url: URL, request: request('POST') }),
    ],
    [
      'a connection reset during the create',
      new NetworkError('n', { systemCode: 'ECONNRESET', request: request('POST') }),
    ],
    ['a network error without a code', new NetworkError('n')],
    ['a rollback that failed', rotation(false)],
    ['a failed revoke (the new secret works)', rotation(false, 'revoke')],
    ['an error that is not acct’s', new Error('boom')],
    ['a thrown string', 'boom'],
  ])('is false (outcome unknown, the file is kept) after %s', (_why, err) => {
    expect(newSecretAbsent(err)).toBe(false);
  });
});
