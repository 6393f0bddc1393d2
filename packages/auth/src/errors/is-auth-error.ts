import type { AcctError } from '@acct/http';

/**
 * Tells whether a value is an error thrown by `@acct/auth` (code `ACCT_AUTH_*`). It checks
 * the `code`, not only `instanceof`, so it also recognises errors from another installed
 * copy of the package.
 *
 * @param value - Anything, typically a caught error.
 * @returns `true` when `value` is an `@acct/auth` error.
 *
 * @example
 * ```ts
 * import { Auth, isAuthError } from '@acct/auth';
 *
 * try {
 *   await new Auth().createBasicHeader();
 * } catch (err) {
 *   if (isAuthError(err)) console.log(err.code); // 'ACCT_AUTH_MISSING_API_KEY'
 * }
 * ```
 */
export function isAuthError(value: unknown): value is AcctError {
  if (!(value instanceof Error)) return false;
  const code = (value as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('ACCT_AUTH_');
}
