/** Largest request body the emulator reads, in bytes (1 MiB); a larger one answers 413. */
export const BODY_LIMIT = 1024 * 1024;

/** How many secrets an account may hold at once, as on the real service. */
export const MAX_SECRETS = 2;

/** How many entries the request log keeps (a ring buffer of the most recent requests). */
export const LOG_LIMIT = 1000;

/** Longest body text one request log entry keeps, in characters; the rest is cut. */
export const LOG_BODY_LIMIT = 4096;

/** Longest `delayMs` of a fault: setTimeout's limit (2^31 - 1 ms, about 24.8 days). */
export const MAX_DELAY_MS = 2_147_483_647;

/** Largest `times` of one fault. */
export const MAX_TIMES = 1_000_000;

/** How many faults may wait in the queue at once. */
export const MAX_QUEUED_FAULTS = 1000;

/** Longest fault `path` or `method`, in characters. */
export const MAX_PATH_LENGTH = 2048;
export const MAX_METHOD_LENGTH = 32;

/** Fault headers: how many, the longest name and value, and all names and values together. */
export const MAX_FAULT_HEADERS = 64;
export const MAX_HEADER_NAME_LENGTH = 256;
export const MAX_HEADER_VALUE_LENGTH = 8192;
export const MAX_FAULT_HEADERS_SIZE = 12 * 1024;

/** Longest fault body, in UTF-8 bytes (as a string, or as the JSON it serialises to). */
export const MAX_FAULT_BODY = BODY_LIMIT;

/** Seeds: how many accounts in all, the longest key, secret and callback URL. */
export const MAX_ACCOUNTS = 10_000;
export const MAX_API_KEY_LENGTH = 256;
export const MAX_SEED_SECRET_LENGTH = 256;
export const MAX_URL_LENGTH = 2048;

/** Longest host name given to startEmulator (a DNS name is at most 253 characters). */
export const MAX_HOST_LENGTH = 253;

/** Timeouts of startEmulator, in ms: at most one hour. */
export const MAX_TIMEOUT_MS = 3_600_000;

/** Secrets received in create requests that the log keeps scrubbing (oldest forgotten first). */
export const MAX_RECEIVED_SECRETS = 1000;

/** A received secret longer than this is not remembered (it can never be a valid secret). */
export const MAX_REMEMBERED_SECRET_LENGTH = 1024;

/** Statuses whose answer has no body (RFC 9110): a fault with one of them answers none. */
export const NULL_BODY_STATUSES: ReadonlySet<number> = new Set([204, 205, 304]);
