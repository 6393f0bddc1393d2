import { errorCode, field, isHttpErrorLike, text } from './error-fields';

/** System codes of a connection that failed before any byte of the request was sent. */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * For a top-up or a secret creation whose request may have reached the server (a timeout, a
 * connection lost after sending, a 5xx), the hint that its outcome is unknown: "try again"
 * would charge twice, or add a second secret.
 */
export function outcomeUnknownHint(error: unknown): string | undefined {
  const code = errorCode(error);
  const status = field(error, 'status');
  const mayHaveArrived =
    code === 'ACCT_TIMEOUT' ||
    (code === 'ACCT_NETWORK' && !NOT_SENT.has(text(error, 'systemCode') ?? '')) ||
    (isHttpErrorLike(error) && typeof status === 'number' && status >= 500);
  if (!mayHaveArrived) return undefined;
  const request = field(error, 'request');
  if (text(request, 'method')?.toUpperCase() !== 'POST') return undefined;
  const path = pathOf(text(request, 'url'));
  if (path?.endsWith('/account/top-up') === true) {
    return 'the top-up may have gone through: run `acct balance` before trying again (a second top-up charges twice)';
  }
  if (path !== undefined && /\/accounts\/[^/]+\/secrets$/.test(path)) {
    return 'the secret may have been created: run `acct secrets list` before trying again';
  }
  return undefined;
}

function pathOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    return new URL(url).pathname.replace(/\/+$/, '');
  } catch {
    return undefined;
  }
}
