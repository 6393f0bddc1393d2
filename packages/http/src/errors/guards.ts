import { AcctError } from './acct-error';
import type { HttpError } from './http-error';
import type { NetworkError } from './network-error';
import type { ParseError } from './parse-error';
import type { TimeoutError } from './timeout-error';
import type { ValidationError } from './validation-error';

function codeOf(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const { code, message } = value as { code?: unknown; message?: unknown };
  return typeof code === 'string' && typeof message === 'string' ? code : undefined;
}

/**
 * Whether `value` is an acct error: an `AcctError`, or an error from another installed
 * copy of acct (a `code` starting with `ACCT_`).
 *
 * @param value - Anything caught.
 * @returns `true` for acct errors.
 * @example
 * ```ts
 * try { await request({ url }); } catch (err) { if (isAcctError(err)) console.error(err.code); }
 * ```
 */
export function isAcctError(value: unknown): value is AcctError {
  return value instanceof AcctError || (codeOf(value)?.startsWith('ACCT_') ?? false);
}

/**
 * Whether `value` is an `HttpError` (any status subclass), checked by `code` and `status`.
 *
 * @param value - Anything caught.
 * @returns `true` for HTTP errors.
 * @example
 * ```ts
 * try { await request({ url }); } catch (err) { if (isHttpError(err)) console.error(err.status); }
 * ```
 */
export function isHttpError(value: unknown): value is HttpError {
  return (
    (codeOf(value)?.startsWith('ACCT_HTTP_') ?? false) &&
    typeof (value as { status?: unknown }).status === 'number'
  );
}

/**
 * Whether `value` is a `TimeoutError` (code `ACCT_TIMEOUT`).
 *
 * @param value - Anything caught.
 * @returns `true` for timeouts.
 * @example
 * ```ts
 * try { await request({ url, timeout: 500 }); } catch (err) { if (isTimeoutError(err)) console.error(err.timeout); }
 * ```
 */
export function isTimeoutError(value: unknown): value is TimeoutError {
  return codeOf(value) === 'ACCT_TIMEOUT';
}

/**
 * Whether `value` is a `NetworkError` (code `ACCT_NETWORK`).
 *
 * @param value - Anything caught.
 * @returns `true` for network failures.
 * @example
 * ```ts
 * try { await request({ url }); } catch (err) { if (isNetworkError(err)) console.error(err.systemCode); }
 * ```
 */
export function isNetworkError(value: unknown): value is NetworkError {
  return codeOf(value) === 'ACCT_NETWORK';
}

/**
 * Whether `value` is a `ValidationError` (code `ACCT_VALIDATION`).
 *
 * @param value - Anything caught.
 * @returns `true` for bad input.
 * @example
 * ```ts
 * try { await request({ url: '/relative' }); } catch (err) { if (isValidationError(err)) console.error(err.invalidParameters); }
 * ```
 */
export function isValidationError(value: unknown): value is ValidationError {
  return codeOf(value) === 'ACCT_VALIDATION';
}

/**
 * Whether `value` is a `ParseError` (code `ACCT_PARSE`).
 *
 * @param value - Anything caught.
 * @returns `true` for unparseable successful bodies.
 * @example
 * ```ts
 * try { await request({ url }); } catch (err) { if (isParseError(err)) console.error(err.text); }
 * ```
 */
export function isParseError(value: unknown): value is ParseError {
  return codeOf(value) === 'ACCT_PARSE';
}
