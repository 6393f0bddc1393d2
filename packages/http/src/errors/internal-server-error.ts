import { HttpError, type HttpErrorInit } from './http-error';

/**
 * The server failed (any status of 500 or more, code `ACCT_HTTP_SERVER`).
 *
 * @example
 * ```ts
 * import { InternalServerError, request } from '@acct/http';
 *
 * try {
 *   await request({ url: 'https://api.nexmo.com/accounts/KEY/secrets' });
 * } catch (err) {
 *   if (err instanceof InternalServerError) console.error(err.status, err.message);
 * }
 * ```
 */
export class InternalServerError extends HttpError {
  /**
   * @param init - Status, status text, headers, body and request of the failed call.
   */
  constructor(init: HttpErrorInit) {
    super(init, 'ACCT_HTTP_SERVER');
  }
}
