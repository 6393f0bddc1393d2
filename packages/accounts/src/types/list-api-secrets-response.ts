import type { APILinks } from '@acct/server-client';
import type { APISecretResponse } from './api-secret-response';

/**
 * The secrets of an API key: `GET /accounts/{api_key}/secrets`.
 *
 * @example
 * ```ts
 * import { Secrets, type ListAPISecretsResponse } from '@acct/accounts';
 *
 * const ids = (list: ListAPISecretsResponse): string[] => list._embedded.secrets.map((s) => s.id);
 *
 * const secrets = new Secrets({ apiKey: 'abcd1234', apiSecret: 'Abcdef123' });
 * console.log(ids(await secrets.listSecrets('abcd1234')));
 * ```
 */
export interface ListAPISecretsResponse extends APILinks {
  /** The embedded resources. */
  _embedded: {
    /** The API secrets (at most two). */
    secrets: APISecretResponse[];
  };
}
