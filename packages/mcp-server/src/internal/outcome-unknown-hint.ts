import { isHttpError, isNetworkError, isTimeoutError } from '@acct/server-sdk';

/** System codes of a connection that failed before any byte of the request was sent. */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);

const TOP_UP_HINT =
  'The top-up may have been applied: the request may have reached the Account API before it ' +
  'failed. Call get_balance and compare before calling top_up again; a second top-up charges twice.';

/**
 * The hint for a top-up whose outcome is unknown (a timeout, a connection lost after sending, a
 * 5xx), which must never be "try again": a repeat would charge twice.
 *
 * @param err - What the SDK threw.
 * @returns The hint, or `undefined` when the request was not a top-up or surely never arrived.
 */
export function outcomeUnknownHint(err: unknown): string | undefined {
  const mayHaveArrived =
    isTimeoutError(err) ||
    (isNetworkError(err) && !NOT_SENT.has(err.systemCode ?? '')) ||
    (isHttpError(err) && err.status >= 500);
  if (!mayHaveArrived) return undefined;
  const request = (err as { request?: { method?: unknown; url?: unknown } }).request;
  if (String(request?.method).toUpperCase() !== 'POST' || typeof request?.url !== 'string') {
    return undefined;
  }
  let path: string;
  try {
    path = new URL(request.url).pathname.replace(/\/+$/, '');
  } catch {
    return undefined;
  }
  return path.endsWith('/account/top-up') ? TOP_UP_HINT : undefined;
}
