import { errorCode, field, isHttpErrorLike, text } from './internal/error-fields';

/**
 * Turns any failure into the lines `acct` prints on stderr: what happened and, where one
 * helps, a `hint:` line saying what to do. API errors show status, title and detail (and
 * the request id); a 401 hints "check ACCT_API_KEY/ACCT_API_SECRET". Pure; it prints
 * only fields of the error, which acct keeps free of credentials.
 *
 * @param error - Whatever a command threw.
 * @returns The message, one line per entry, without a trailing newline.
 * @example
 * ```ts
 * import { formatError, UsageError } from '@acct/cli';
 *
 * formatError(new UsageError('--timeout must be a positive number of milliseconds'));
 * // 'error: --timeout must be a positive number of milliseconds'
 * ```
 */
export function formatError(error: unknown): string {
  if (isHttpErrorLike(error)) return formatHttpError(error).join('\n');
  const code = errorCode(error);
  const message = error instanceof Error ? error.message : String(error);
  const lines = [`error: ${message}`, ...invalidParameterLines(error)];
  const unknown = outcomeUnknownHint(error);
  if (unknown !== undefined) {
    lines.push(`hint: ${unknown}`);
  } else if (code === 'ACCT_TIMEOUT') {
    lines.push('hint: the service did not answer in time; raise --timeout or check the host');
  } else if (code === 'ACCT_NETWORK') {
    lines.push(
      'hint: check your network and the hosts (--rest-host/--api-host, ACCT_REST_HOST/ACCT_API_HOST)',
    );
  } else if (code === 'ACCT_AUTH_MISSING_API_KEY' || code === 'ACCT_AUTH_MISSING_API_SECRET') {
    lines.push('hint: set ACCT_API_KEY/ACCT_API_SECRET or pass --api-key/--api-secret');
  }
  return lines.join('\n');
}

function formatHttpError(error: unknown): string[] {
  const status = text(error, 'status') ?? '';
  const title = text(error, 'title') ?? text(error, 'errorCodeLabel') ?? text(error, 'statusText');
  const detail = text(error, 'detail');
  const lines = [`error: API error ${[status, title].filter(Boolean).join(' ')}`];
  if (detail !== undefined && detail !== title) lines[0] += `: ${detail}`;
  lines.push(...invalidParameterLines(error));
  const requestId = text(error, 'requestId');
  if (requestId !== undefined) lines.push(`request id: ${requestId}`);
  const hint = hintFor(error);
  if (hint !== undefined) lines.push(`hint: ${hint}`);
  return lines;
}

function hintFor(error: unknown): string | undefined {
  const status = field(error, 'status');
  const unknown = outcomeUnknownHint(error);
  if (unknown !== undefined) return unknown;
  if (field(error, 'name') === 'AutoReloadNotEnabledError') {
    return 'top-up needs auto-reload: turn it on in the dashboard';
  }
  if (status === 401) return 'check ACCT_API_KEY/ACCT_API_SECRET (or --api-key/--api-secret)';
  if (status === 404) return 'check the id, and --api-key-of when it belongs to another account';
  if (status === 429) return 'rate limited: wait a moment and try again';
  if (typeof status === 'number' && status >= 500) return 'the service failed: try again later';
  return undefined;
}

function invalidParameterLines(error: unknown): string[] {
  const params = field(error, 'invalidParameters');
  if (!Array.isArray(params)) return [];
  return params.map((p: unknown) => `  ${text(p, 'name') ?? '?'}: ${text(p, 'reason') ?? ''}`);
}

/** System codes of a connection that failed before any byte of the request was sent. */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * For a top-up or a secret creation whose request may have reached the server (a timeout, a
 * connection lost after sending, a 5xx), the hint that its outcome is unknown: "try again"
 * would charge twice, or add a second secret.
 */
function outcomeUnknownHint(error: unknown): string | undefined {
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
