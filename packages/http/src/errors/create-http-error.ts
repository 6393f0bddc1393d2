import { AuthenticationError } from './authentication-error';
import { BadRequestError } from './bad-request-error';
import { ConflictError } from './conflict-error';
import { HttpError, type HttpErrorInit } from './http-error';
import { InternalServerError } from './internal-server-error';
import { NotFoundError } from './not-found-error';
import { PermissionDeniedError } from './permission-denied-error';
import { RateLimitError } from './rate-limit-error';
import { UnprocessableEntityError } from './unprocessable-entity-error';

const BY_STATUS: Record<number, new (init: HttpErrorInit) => HttpError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/**
 * The one factory of HTTP errors: picks the subclass by status (400, 401, 403, 404, 409,
 * 422, 429, any 5xx), else a plain `HttpError`.
 *
 * @param init - Status, status text, headers, body and request of the failed call.
 * @returns The error, not thrown.
 * @example
 * ```ts
 * import { createHttpError } from '@acct/http';
 *
 * const err = createHttpError({
 *   status: 401,
 *   statusText: 'Unauthorized',
 *   headers: {},
 *   body: { 'error-code': '401', 'error-code-label': 'authentication failed' },
 *   request: { method: 'GET', url: 'https://rest.nexmo.com/account/get-balance', headers: {} },
 * });
 * err.message; // '401 authentication failed'
 * ```
 */
export function createHttpError(init: HttpErrorInit): HttpError {
  const Subclass = BY_STATUS[init.status] ?? (init.status >= 500 ? InternalServerError : HttpError);
  return new Subclass(init);
}
