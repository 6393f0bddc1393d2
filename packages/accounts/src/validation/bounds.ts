// The bounds @acct/accounts enforces on its inputs before any request, in one place (the README's
// "Errors" section lists them with these reasons). The OpenAPI document gives types and examples
// but no lengths, except for the secret rules (see secret-rules.ts).

/**
 * Longest `apiKey` argument. The spec's example is `abcd1234` and real keys are 8 hexadecimal
 * characters; 64 leaves room for other key formats while refusing the 1 MB values that the
 * service answers 414/431.
 */
export const API_KEY_MAX_LENGTH = 64;

/** Longest secret `id`. The spec's ids are UUIDs (36 characters); 64 leaves room. */
export const SECRET_ID_MAX_LENGTH = 64;

/**
 * Longest `trx`. The spec's example is a 32-character hexadecimal reference; 128 is four times
 * that, more than any payment reference we know of.
 */
export const TRX_MAX_LENGTH = 128;

/**
 * Longest callback URL. The spec gives none; 2048 characters is the long-standing limit of a URL
 * that browsers, proxies and web servers all accept (and the sitemaps protocol's), and a webhook
 * must be reachable by the service.
 */
export const CALLBACK_URL_MAX_LENGTH = 2048;
