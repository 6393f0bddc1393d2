import { HttpError, type HttpErrorInit } from './http-error';

/**
 * The request was well-formed but its values were rejected (see `invalidParameters`) (status 422, code `ACCT_HTTP_UNPROCESSABLE`).
 *
 * @example
 * ```ts
 * import { UnprocessableEntityError, request } from '@acct/http';
 *
 * try {
 *   await request({ url: 'https://api.nexmo.com/accounts/KEY/secrets' });
 * } catch (err) {
 *   if (err instanceof UnprocessableEntityError) console.error(err.status, err.message);
 * }
 * ```
 */
export class UnprocessableEntityError extends HttpError {
  /**
   * @param init - Status, status text, headers, body and request of the failed call.
   */
  constructor(init: HttpErrorInit) {
    super(init, 'ACCT_HTTP_UNPROCESSABLE');
  }
}
