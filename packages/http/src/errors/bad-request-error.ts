import { HttpError, type HttpErrorInit } from './http-error';

/**
 * The server rejected the request as malformed (status 400, code `ACCT_HTTP_BAD_REQUEST`).
 *
 * @example
 * ```ts
 * import { BadRequestError, request } from '@acct/http';
 *
 * try {
 *   await request({ url: 'https://api.nexmo.com/accounts/KEY/secrets' });
 * } catch (err) {
 *   if (err instanceof BadRequestError) console.error(err.status, err.message);
 * }
 * ```
 */
export class BadRequestError extends HttpError {
  /**
   * @param init - Status, status text, headers, body and request of the failed call.
   */
  constructor(init: HttpErrorInit) {
    super(init, 'ACCT_HTTP_BAD_REQUEST');
  }
}
