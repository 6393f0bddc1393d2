import type { APILinks } from '@acct/server-client';

/**
 * One API secret (its value is never returned): `GET`/`POST /accounts/{api_key}/secrets[/{id}]`.
 *
 * @example
 * ```ts
 * const secret: APISecretResponse = await secrets.getSecret('abcd1234', id);
 * console.log(secret.id, secret.created_at, secret._links.self.href);
 * ```
 */
export interface APISecretResponse extends APILinks {
  /** The secret's id, such as `'ad6dc56f-07b5-46e1-a527-85530e625800'`. */
  id: string;
  /** When the secret was created, ISO 8601 (`'2017-03-02T16:34:49Z'`). */
  created_at: string;
}
