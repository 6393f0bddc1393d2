import { renderReport, reportError } from './internal/error-report';

/**
 * Turns any failure into the lines `acct` prints on stderr: one sentence in the CLI's words
 * (the flag or command to change, never the SDK's method names, no `[@acct/pkg]` prefix),
 * then, for API errors, the request id and the parameters the service refused, and where one
 * helps a `hint:` line saying what to do. A 401 hints "check ACCT_API_KEY/ACCT_API_SECRET".
 * Pure; it prints only fields of the error, which acct keeps free of credentials.
 *
 * @param error - Whatever a command threw.
 * @returns The message, one line per entry, without a trailing newline.
 * @example
 * ```ts
 * import { ValidationError } from '@acct/server-sdk';
 * import { formatError } from '@acct/cli';
 *
 * const err = new ValidationError('[@acct/accounts] callbacks are invalid', {
 *   invalidParameters: [{ name: 'moCallBackUrl', reason: 'must be an absolute http(s) URL' }],
 * });
 * console.log(formatError(err)); // 'error: --mo-url must be an absolute http(s) URL'
 * ```
 */
export function formatError(error: unknown): string {
  return renderReport(reportError(error));
}
