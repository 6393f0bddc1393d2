/** Largest request body the emulator reads, in bytes (1 MiB); a larger one answers 413. */
export const BODY_LIMIT = 1024 * 1024;

/** How many secrets an account may hold at once, as on the real service. */
export const MAX_SECRETS = 2;

/** How many entries the request log keeps (a ring buffer of the most recent requests). */
export const LOG_LIMIT = 1000;

/** Longest body text one request log entry keeps, in characters; the rest is cut. */
export const LOG_BODY_LIMIT = 4096;
