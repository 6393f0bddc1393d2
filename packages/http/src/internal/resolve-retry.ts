import { HTTP_DEFAULTS } from '../defaults';
import type { HTTPMethods } from '../http-methods';
import type { RetryOptions } from '../retry-options';

/** Retry options with every field filled in. */
export type ResolvedRetry = Required<RetryOptions>;

function pick<T>(value: T | undefined, fallback: T): T {
  return value === undefined ? fallback : value;
}

/** The resolution of each frozen client-level policy (it cannot change: resolved once). */
const resolvedOf = new WeakMap<object, ResolvedRetry>();

/**
 * Merges per-call retry options over client ones over the defaults; `false` at either
 * level (the call wins) turns retries off.
 */
export function resolveRetry(
  client?: false | RetryOptions,
  call?: false | RetryOptions,
): ResolvedRetry | false {
  if (call === false || (call === undefined && client === false)) return false;
  if (call === undefined && client !== undefined && client !== false && Object.isFrozen(client)) {
    let resolved = resolvedOf.get(client);
    if (resolved === undefined) {
      resolved = Object.freeze(merge(client, {}));
      resolvedOf.set(client, resolved);
    }
    return resolved;
  }
  return merge(client === false || client === undefined ? {} : client, call ?? {});
}

function merge(base: RetryOptions, own: RetryOptions): ResolvedRetry {
  return {
    retries: pick(own.retries, pick(base.retries, HTTP_DEFAULTS.retries)),
    baseDelay: pick(own.baseDelay, pick(base.baseDelay, HTTP_DEFAULTS.baseDelay)),
    maxBackoff: pick(own.maxBackoff, pick(base.maxBackoff, HTTP_DEFAULTS.maxBackoff)),
    maxRetryAfter: pick(own.maxRetryAfter, pick(base.maxRetryAfter, HTTP_DEFAULTS.maxRetryAfter)),
    methods: pick(own.methods, pick(base.methods, HTTP_DEFAULTS.methods as HTTPMethods[])),
    statuses: pick(own.statuses, pick(base.statuses, HTTP_DEFAULTS.statuses as number[])),
  };
}
