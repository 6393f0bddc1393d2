import { HttpError, type HttpErrorInit } from './http-error';

/**
 * The request conflicts with the resource's current state (status 409, code `ACCT_HTTP_CONFLICT`).
 *
 * @example
 * ```ts
 * import { ConflictError, request } from '@acct/http';
 *
 * try {
 *   await request({ url: 'https://api.nexmo.com/accounts/KEY/secrets' });
 * } catch (err) {
 *   if (err instanceof ConflictError) console.error(err.status, err.message);
 * }
 * ```
 */
export class ConflictError extends HttpError {
  /**
   * @param init - Status, status text, headers, body and request of the failed call.
   */
  constructor(init: HttpErrorInit) {
    super(init, 'ACCT_HTTP_CONFLICT');
  }
}
