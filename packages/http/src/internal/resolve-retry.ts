import { HTTP_DEFAULTS } from '../defaults';
import type { HTTPMethods } from '../http-methods';
import type { RetryOptions } from '../retry-options';

/** Retry options with every field filled in. */
export type ResolvedRetry = Required<RetryOptions>;

function pick<T>(value: T | undefined, fallback: T): T {
  return value === undefined ? fallback : value;
}

/**
 * Merges per-call retry options over client ones over the defaults; `false` at either
 * level (the call wins) turns retries off.
 */
export function resolveRetry(
  client?: false | RetryOptions,
  call?: false | RetryOptions,
): ResolvedRetry | false {
  if (call === false || (call === undefined && client === false)) return false;
  const base = client === false || client === undefined ? {} : client;
  const own = call ?? {};
  return {
    retries: pick(own.retries, pick(base.retries, HTTP_DEFAULTS.retries)),
    baseDelay: pick(own.baseDelay, pick(base.baseDelay, HTTP_DEFAULTS.baseDelay)),
    maxBackoff: pick(own.maxBackoff, pick(base.maxBackoff, HTTP_DEFAULTS.maxBackoff)),
    maxRetryAfter: pick(own.maxRetryAfter, pick(base.maxRetryAfter, HTTP_DEFAULTS.maxRetryAfter)),
    methods: pick(own.methods, pick(base.methods, HTTP_DEFAULTS.methods as HTTPMethods[])),
    statuses: pick(own.statuses, pick(base.statuses, HTTP_DEFAULTS.statuses as number[])),
  };
}
