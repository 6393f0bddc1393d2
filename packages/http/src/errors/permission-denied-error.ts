import { HttpError, type HttpErrorInit } from './http-error';

/**
 * The credentials are valid but not allowed to do this (status 403, code `ACCT_HTTP_PERMISSION_DENIED`).
 *
 * @example
 * ```ts
 * import { PermissionDeniedError, request } from '@acct/http';
 *
 * try {
 *   await request({ url: 'https://api.nexmo.com/accounts/KEY/secrets' });
 * } catch (err) {
 *   if (err instanceof PermissionDeniedError) console.error(err.status, err.message);
 * }
 * ```
 */
export class PermissionDeniedError extends HttpError {
  /**
   * @param init - Status, status text, headers, body and request of the failed call.
   */
  constructor(init: HttpErrorInit) {
    super(init, 'ACCT_HTTP_PERMISSION_DENIED');
  }
}
