import { HttpError, type HttpErrorInit } from './http-error';

/**
 * The credentials are missing or wrong: check the API key and secret (status 401, code `ACCT_HTTP_AUTHENTICATION`).
 *
 * @example
 * ```ts
 * import { AuthenticationError, request } from '@acct/http';
 *
 * try {
 *   await request({ url: 'https://api.nexmo.com/accounts/KEY/secrets' });
 * } catch (err) {
 *   if (err instanceof AuthenticationError) console.error(err.status, err.message);
 * }
 * ```
 */
export class AuthenticationError extends HttpError {
  /**
   * @param init - Status, status text, headers, body and request of the failed call.
   */
  constructor(init: HttpErrorInit) {
    super(init, 'ACCT_HTTP_AUTHENTICATION');
  }
}
