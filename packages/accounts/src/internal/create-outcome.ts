import { isParseError } from '@acct/http';

/**
 * Whether a failed `createSecret` created the secret although it rejected: a 2xx answer without
 * the secret's JSON (a `ParseError`). Then `rotateSecret` lists again and deletes it. A lost answer
 * (a timeout, a dropped connection, 408, 429, a 5xx) is left as it is, its outcome unknown: the
 * caller decides (the MCP server keeps the secret file then), and a 4xx or a check before any
 * request created nothing.
 */
export const createdWithoutAnswer = (err: unknown): boolean => isParseError(err);
