import type { APILinks } from '@acct/server-client';
import type { APISecretResponse } from './api-secret-response';

/**
 * The secrets of an API key: `GET /accounts/{api_key}/secrets`.
 *
 * @example
 * ```ts
 * const list: ListAPISecretsResponse = await secrets.listSecrets('abcd1234');
 * const ids = list._embedded.secrets.map((s) => s.id);
 * ```
 */
export interface ListAPISecretsResponse extends APILinks {
  /** The embedded resources. */
  _embedded: {
    /** The API secrets (at most two). */
    secrets: APISecretResponse[];
  };
}
