import { HttpError, type HttpErrorInit } from './http-error';

/**
 * The resource does not exist (status 404, code `ACCT_HTTP_NOT_FOUND`).
 *
 * @example
 * ```ts
 * import { NotFoundError, request } from '@acct/http';
 *
 * try {
 *   await request({ url: 'https://api.nexmo.com/accounts/KEY/secrets' });
 * } catch (err) {
 *   if (err instanceof NotFoundError) console.error(err.status, err.message);
 * }
 * ```
 */
export class NotFoundError extends HttpError {
  /**
   * @param init - Status, status text, headers, body and request of the failed call.
   */
  constructor(init: HttpErrorInit) {
    super(init, 'ACCT_HTTP_NOT_FOUND');
  }
}
