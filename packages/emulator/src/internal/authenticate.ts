import type { AccountStore, StoredAccount } from './account-store';

/** Why authentication failed: no usable credentials, or credentials that match no account. */
export type AuthFailure = 'missing' | 'invalid';

/** The account authenticated, or why none was. `apiKey` is the key the caller claimed. */
export type AuthResult =
  | { readonly account: StoredAccount; readonly apiKey: string }
  | { readonly failure: AuthFailure; readonly apiKey: string | null };

function fromBasic(header: string): { apiKey: string; secret: string } | null {
  const match = /^basic\s+([A-Za-z0-9+/=_-]+)\s*$/i.exec(header);
  if (match === null) return null;
  const decoded = Buffer.from(match[1] as string, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) return null;
  return { apiKey: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
}

/**
 * Authenticates like the service: an `Authorization: Basic` header first, else `api_key` and
 * `api_secret` from `fields` (the query, then on `/account/*` the form body). Any current
 * secret of the account is accepted.
 */
export function authenticate(
  store: AccountStore,
  authorization: string | undefined,
  ...fieldSets: readonly Readonly<Record<string, string>>[]
): AuthResult {
  let credentials: { apiKey: string; secret: string } | null = null;
  if (authorization !== undefined) {
    credentials = fromBasic(authorization);
  } else {
    for (const fields of fieldSets) {
      const apiKey = fields.api_key;
      const secret = fields.api_secret;
      if (apiKey !== undefined && secret !== undefined && apiKey !== '') {
        credentials = { apiKey, secret };
        break;
      }
    }
  }
  if (credentials === null) return { failure: 'missing', apiKey: null };
  const account = store.authenticate(credentials.apiKey, credentials.secret);
  return account === undefined
    ? { failure: 'invalid', apiKey: credentials.apiKey }
    : { account, apiKey: credentials.apiKey };
}
