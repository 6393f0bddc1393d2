import { HTTP_DEFAULTS } from './defaults';
import { isHttpError, isNetworkError, isTimeoutError } from './errors/guards';
import type { HTTPMethods } from './http-methods';
import { resolveRetry } from './internal/resolve-retry';
import type { RetryOptions } from './retry-options';

/**
 * What {@link shouldRetry} decides on.
 *
 * @example
 * ```ts
 * const input: ShouldRetryInput = { attempt: 1, method: 'GET', status: 503 };
 * ```
 */
export interface ShouldRetryInput {
  /** The attempt that just failed, counting from 1. */
  attempt: number;
  /** The request's method. */
  method: HTTPMethods | `${HTTPMethods}`;
  /**
   * The response status, when there was a response.
   *
   * @default the `status` of `error` when it is an `HttpError`
   */
  status?: number;
  /**
   * The failure, when there was no response (`NetworkError`, `TimeoutError`...).
   *
   * @default undefined
   */
  error?: unknown;
  /**
   * Whether the request may be repeated whatever its method.
   *
   * @default true when `method` is in `retry.methods`
   */
  idempotent?: boolean;
  /**
   * The retry policy; `false` never retries.
   *
   * @default the defaults of `RetryOptions`
   */
  retry?: false | RetryOptions;
}

/**
 * Decides whether a failed attempt is repeated. Pure.
 *
 * - Never beyond `retry.retries` repeats, never when `retry` is `false`.
 * - A connection refused before any byte was sent (`NetworkError` with `systemCode`
 *   `ECONNREFUSED`, `ENOTFOUND` or `EAI_AGAIN`): always, whatever the method.
 * - A retryable status (408, 429, 500, 502, 503, 504), another `NetworkError`
 *   (`ECONNRESET`...) or an attempt `TimeoutError`: only for idempotent requests
 *   (GET, HEAD, DELETE, OPTIONS, or `idempotent: true`), never a POST, PUT or PATCH.
 *
 * @param input - The attempt, method, status or error, and policy.
 * @returns `true` to try again.
 * @example
 * ```ts
 * import { shouldRetry } from '@acct/http';
 *
 * shouldRetry({ attempt: 1, method: 'GET', status: 503 }); // true
 * shouldRetry({ attempt: 1, method: 'POST', status: 503 }); // false
 * ```
 */
export function shouldRetry(input: ShouldRetryInput): boolean {
  const retry = resolveRetry(input.retry);
  if (retry === false || input.attempt > retry.retries) return false;
  const error = input.error;
  if (isNetworkError(error) && HTTP_DEFAULTS.notSentCodes.includes(error.systemCode ?? '')) {
    return true;
  }
  const idempotent = input.idempotent ?? retry.methods.includes(input.method as HTTPMethods);
  if (!idempotent) return false;
  const status = input.status ?? (isHttpError(error) ? error.status : undefined);
  if (status !== undefined) return retry.statuses.includes(status);
  return isNetworkError(error) || isTimeoutError(error);
}
