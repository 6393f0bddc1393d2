import type { APILinks } from '@acct/server-client';

/**
 * One API secret (its value is never returned): `GET`/`POST /accounts/{api_key}/secrets[/{id}]`.
 *
 * @example
 * ```ts
 * import { Secrets, type APISecretResponse } from '@acct/accounts';
 *
 * // The secrets created more than `days` days ago.
 * function olderThan(list: APISecretResponse[], days: number): APISecretResponse[] {
 *   const limit = Date.now() - days * 86_400_000;
 *   return list.filter((s) => Date.parse(s.created_at) < limit);
 * }
 *
 * const secrets = new Secrets({ apiKey: 'abcd1234', apiSecret: 'Abcdef123' });
 * const { _embedded } = await secrets.listSecrets('abcd1234');
 * console.log(olderThan(_embedded.secrets, 90).map((s) => s._links.self.href));
 * ```
 */
export interface APISecretResponse extends APILinks {
  /** The secret's id, such as `'ad6dc56f-07b5-46e1-a527-85530e625800'`. */
  id: string;
  /** When the secret was created, ISO 8601 (`'2017-03-02T16:34:49Z'`). */
  created_at: string;
}
