import { parseRetryAfter } from './internal/parse-retry-after';
import { resolveRetry, type ResolvedRetry } from './internal/resolve-retry';
import type { RetryOptions } from './retry-options';

/**
 * What {@link retryDelay} computes from.
 *
 * @example
 * ```ts
 * const input: RetryDelayInput = { attempt: 2, retryAfter: '3' };
 * ```
 */
export interface RetryDelayInput {
  /** The attempt that just failed, counting from 1. */
  attempt: number;
  /**
   * The response's `Retry-After` header (seconds or HTTP date), or a wait in ms.
   *
   * @default undefined (exponential backoff)
   */
  retryAfter?: string | number | null;
  /**
   * The retry policy (`baseDelay`, `maxBackoff`, `maxRetryAfter`).
   *
   * @default the defaults of `RetryOptions`
   */
  retry?: false | RetryOptions;
  /**
   * Source of randomness in [0, 1) for the jitter.
   *
   * @default Math.random
   */
  random?: () => number;
  /**
   * The current time in ms, to read an HTTP-date `Retry-After`.
   *
   * @default Date.now()
   */
  now?: number;
}

/**
 * How long to wait before the next attempt, in ms. Pure (given `random` and `now`).
 *
 * A readable `Retry-After` wins, capped at `maxRetryAfter`; otherwise exponential backoff
 * with full jitter: a random wait in `[0, min(maxBackoff, baseDelay * 2 ** (attempt - 1)))`.
 *
 * @param input - The attempt, the `Retry-After` value, the policy and the jitter source.
 * @returns The wait in ms (an integer, never negative).
 * @example
 * ```ts
 * import { retryDelay } from '@acct/http';
 *
 * retryDelay({ attempt: 1, retryAfter: '2' }); // 2000
 * retryDelay({ attempt: 3, random: () => 0.5 }); // 400 (half of 200 * 2 ** 2)
 * ```
 */
export function retryDelay(input: RetryDelayInput): number {
  const retry = resolveRetry(undefined, input.retry || undefined) as ResolvedRetry;
  const asked =
    typeof input.retryAfter === 'number'
      ? Math.max(0, input.retryAfter)
      : parseRetryAfter(input.retryAfter, input.now ?? Date.now());
  if (asked !== undefined) return Math.min(asked, retry.maxRetryAfter);
  const ceiling = Math.min(retry.maxBackoff, retry.baseDelay * 2 ** Math.max(0, input.attempt - 1));
  return Math.floor((input.random ?? Math.random)() * ceiling);
}
