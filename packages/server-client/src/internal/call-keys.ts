/** The keys of `CallOptions`, for `checkOptions()`. */
export const CALL_KEYS = ['timeout', 'deadline', 'signal', 'headers', 'idempotent'] as const;
