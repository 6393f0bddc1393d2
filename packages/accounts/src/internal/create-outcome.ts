import { isHttpError, isNetworkError, isParseError, isTimeoutError } from '@acct/http';

/**
 * Whether a failed `createSecret` may still have created the secret: its answer was lost or
 * unreadable (a 2xx without a body, a timeout, a dropped connection, 408, 429 or a 5xx). A 4xx
 * refusal or a check before any request means nothing was created.
 */
export const mayHaveCreated = (err: unknown): boolean =>
  isParseError(err) ||
  isTimeoutError(err) ||
  isNetworkError(err) ||
  (isHttpError(err) && (err.status === 408 || err.status === 429 || err.status >= 500));
