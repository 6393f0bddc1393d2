import { isAcctError, isHttpError, isNetworkError, isValidationError } from '@acct/server-sdk';

/**
 * Statuses by which the server refused to create the secret for certain: nothing was created.
 * 408 and 429 are not among them (the server may have acted before answering), nor is a 5xx.
 */
export const REFUSED_CREATE_STATUSES: ReadonlySet<number> = new Set([
  400, 401, 403, 404, 409, 413, 422,
]);

/** System codes that prove a request never left: nothing can have been created. */
const NEVER_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * After a failed `rotateSecret`: true only when the new secret is known not to exist on the
 * account, so the file holding it may be removed:
 * - refused before any request (a `ValidationError`, a full account found by the list);
 * - the list that precedes the create failed (a `GET`: the create was never sent);
 * - the create was refused with a definite 4xx ({@link REFUSED_CREATE_STATUSES});
 * - the connection was never made;
 * - the new secret did not authenticate and was deleted again (`rolledBack`).
 *
 * Anything else (429, 408, 5xx, a timeout, a connection lost after sending, an unknown error)
 * leaves its fate unknown: the file is kept, so a secret the server may hold is never lost.
 *
 * @param err - What `rotateSecret` threw.
 * @returns Whether the new secret surely does not exist.
 */
export function newSecretAbsent(err: unknown): boolean {
  if (!isAcctError(err)) return false;
  if (err.code === 'ACCT_SECRET_ROTATION')
    return (err as { rolledBack?: unknown }).rolledBack === true;
  if (err.code === 'ACCT_MAXIMUM_SECRETS' || isValidationError(err)) return true;
  const { request } = err as { request?: { method?: unknown } };
  if (String(request?.method).toUpperCase() === 'GET') return true;
  if (isHttpError(err)) return REFUSED_CREATE_STATUSES.has(err.status);
  if (isNetworkError(err)) return NEVER_SENT.has(err.systemCode ?? '');
  return false;
}
