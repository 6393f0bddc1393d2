import { describe, expect, it } from '@jest/globals';
import {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  HttpError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
  createHttpError,
} from '@acct/http';

const init = (status: number) => ({
  status,
  statusText: 'x',
  headers: {},
  body: undefined,
  request: { method: 'GET', url: 'https://x.example/', headers: {} },
});

describe('createHttpError', () => {
  it.each([
    [400, BadRequestError, 'ACCT_HTTP_BAD_REQUEST'],
    [401, AuthenticationError, 'ACCT_HTTP_AUTHENTICATION'],
    [403, PermissionDeniedError, 'ACCT_HTTP_PERMISSION_DENIED'],
    [404, NotFoundError, 'ACCT_HTTP_NOT_FOUND'],
    [409, ConflictError, 'ACCT_HTTP_CONFLICT'],
    [422, UnprocessableEntityError, 'ACCT_HTTP_UNPROCESSABLE'],
    [429, RateLimitError, 'ACCT_HTTP_RATE_LIMIT'],
    [500, InternalServerError, 'ACCT_HTTP_SERVER'],
    [502, InternalServerError, 'ACCT_HTTP_SERVER'],
    [599, InternalServerError, 'ACCT_HTTP_SERVER'],
    [405, HttpError, 'ACCT_HTTP_ERROR'],
    [499, HttpError, 'ACCT_HTTP_ERROR'],
  ] as const)('%i gives %p with code %s', (status, Class, code) => {
    const err = createHttpError(init(status));
    expect(err.constructor).toBe(Class);
    expect(err).toBeInstanceOf(HttpError);
    expect(err.name).toBe(Class.name);
    expect(err.code).toBe(code);
    expect(err.status).toBe(status);
  });

  it('each subclass can be built directly', () => {
    expect(new NotFoundError(init(404)).code).toBe('ACCT_HTTP_NOT_FOUND');
    expect(new InternalServerError(init(503)).status).toBe(503);
  });
});
