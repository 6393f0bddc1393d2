import { isHttpError } from '@acct/http';

/**
 * Settles a failed `DELETE` of a secret. A `404` on a retried attempt means an earlier attempt,
 * whose answer was lost (a 5xx, a timeout, a dropped connection), already revoked the secret:
 * the revoke worked, so it resolves. Every other failure is rethrown.
 */
export const settleDeleteFailure = (err: unknown): void => {
  if (isHttpError(err) && err.status === 404 && (err.attempts ?? 1) > 1) return;
  throw err;
};
