import { AuthenticationType, Client, type CallOptions } from '@acct/server-client';
import { Accounts } from './accounts';
import { settleDeleteFailure } from './internal/delete-outcome';
import { objectBody } from './internal/object-body';
import { rotate } from './internal/rotate';
import { secretUrl, secretsUrl } from './internal/secret-urls';
import type { APISecretResponse } from './types/api-secret-response';
import type { ListAPISecretsResponse } from './types/list-api-secrets-response';
import type { RotateSecretOptions } from './types/rotate-secret-options';
import type { RotateSecretResult } from './types/rotate-secret-result';
import { assertApiKey } from './validation/assert-api-key';
import { assertCallOptions } from './validation/assert-call-options';
import { revokesPrevious } from './validation/assert-rotate-options';
import { assertSecret } from './validation/assert-secret';

/**
 * API secret management on the API host, with Basic auth. `apiKey` may be the authenticating
 * account's own key or a secondary account's key; every path segment is URI-encoded.
 *
 * @example
 * ```ts
 * import { Secrets } from '@acct/accounts';
 *
 * const secrets = new Secrets({ apiKey: 'abcd1234', apiSecret: 'Abcdef123' });
 * const list = await secrets.listSecrets('abcd1234');
 * console.log(list._embedded.secrets.map((s) => s.id));
 * ```
 */
export class Secrets extends Client {
  /** Secrets authenticates with `Authorization: Basic`. */
  protected override authType = AuthenticationType.BASIC;

  /**
   * Lists the secrets of an API key: `GET {apiHost}/accounts/{apiKey}/secrets`.
   *
   * @param apiKey - The API key whose secrets to list.
   * @param options - Per-call overrides (timeout, signal, headers).
   * @returns The secrets (ids and creation dates, never values).
   * @throws `ValidationError` (before any request) for an `apiKey` that is not 1 to 64 characters of `A-Z a-z 0-9 . _ -`, or
   *   bad `options`; `NotFoundError` for an unknown key; `AuthenticationError`, `TimeoutError`,
   *   `NetworkError`; `ParseError` for a 2xx answer without a JSON object.
   * @example
   * ```ts
   * import { Secrets } from '@acct/accounts';
   *
   * const secrets = new Secrets({ apiKey: 'abcd1234', apiSecret: 'Abcdef123' });
   * const { _embedded } = await secrets.listSecrets('abcd1234'); // or a sub-account's key
   * for (const { id, created_at } of _embedded.secrets) console.log(id, created_at);
   * ```
   */
  async listSecrets(apiKey: string, options?: CallOptions): Promise<ListAPISecretsResponse> {
    const url = secretsUrl(this.config.apiHost, apiKey);
    const call = assertCallOptions(options);
    return objectBody(await this.sendGetRequest<ListAPISecretsResponse>(url, undefined, call));
  }

  /**
   * Reads one secret: `GET {apiHost}/accounts/{apiKey}/secrets/{id}`.
   *
   * @param apiKey - The API key the secret belongs to.
   * @param id - The secret's id.
   * @param options - Per-call overrides (timeout, signal, headers).
   * @returns The secret's id, creation date and links.
   * @throws `ValidationError` (before any request) for an `apiKey` that is not 1 to 64 characters of `A-Z a-z 0-9 . _ -`,
   *   an `id` that is not 1 to 64 visible ASCII characters, or bad `options`; `NotFoundError`;
   *   `AuthenticationError`, `TimeoutError`, `NetworkError`; `ParseError` for a 2xx answer
   *   without a JSON object.
   * @example
   * ```ts
   * import { Secrets } from '@acct/accounts';
   *
   * const secrets = new Secrets({ apiKey: 'abcd1234', apiSecret: 'Abcdef123' });
   * const secret = await secrets.getSecret('abcd1234', 'ad6dc56f-07b5-46e1-a527-85530e625800');
   * console.log(secret.created_at);
   * ```
   */
  async getSecret(apiKey: string, id: string, options?: CallOptions): Promise<APISecretResponse> {
    const url = secretUrl(this.config.apiHost, apiKey, id);
    const call = assertCallOptions(options);
    return objectBody(await this.sendGetRequest<APISecretResponse>(url, undefined, call));
  }

  /**
   * Creates a secret: `POST {apiHost}/accounts/{apiKey}/secrets` with JSON `{ secret }` (201).
   * Never re-sent once bytes may have reached the server.
   *
   * @param apiKey - The API key to add the secret to.
   * @param secret - 8 to 25 visible ASCII characters (no space or control character) with a lower
   *   case letter, an upper case letter and a digit.
   * @param options - Per-call overrides (timeout, signal, headers).
   * @returns The created secret's id, creation date and links.
   * @throws `ValidationError` (before any request) for an `apiKey` that is not 1 to 64 characters of `A-Z a-z 0-9 . _ -`, a
   *   secret breaking the rules (`invalidParameters: [{ name: 'secret', reason }]`, see
   *   `validateSecret()`) or bad `options`; `PermissionDeniedError` (403, type
   *   `#maximum-secrets-allowed`) when the key already has two secrets; `BadRequestError` when
   *   the server refuses the secret; `AuthenticationError`, `TimeoutError`, `NetworkError`;
   *   `ParseError` for a 2xx answer without a JSON object (the secret may exist: list them).
   * @example
   * ```ts
   * import { Secrets } from '@acct/accounts';
   *
   * const secrets = new Secrets({ apiKey: 'abcd1234', apiSecret: 'Abcdef123' });
   * const created = await secrets.createSecret('abcd1234', 'NewSecret2025');
   * console.log(created.id); // store the secret, roll it out, then revoke the old one
   * ```
   */
  async createSecret(
    apiKey: string,
    secret: string,
    options?: CallOptions,
  ): Promise<APISecretResponse> {
    const url = secretsUrl(this.config.apiHost, apiKey);
    const body = { secret: assertSecret(secret) };
    const call = { ...assertCallOptions(options), idempotent: false };
    return objectBody(await this.sendPostRequest<APISecretResponse>(url, body, call));
  }

  /**
   * Revokes a secret: `DELETE {apiHost}/accounts/{apiKey}/secrets/{id}` (204).
   *
   * @param apiKey - The API key the secret belongs to.
   * @param id - The secret's id.
   * @param options - Per-call overrides (timeout, signal, headers).
   * @returns Nothing, once the secret is revoked. A `404` on a retried attempt resolves too: an
   *   earlier attempt whose answer was lost (5xx, timeout, dropped connection) revoked it.
   * @throws `ValidationError` (before any request) for an `apiKey` that is not 1 to 64 characters of `A-Z a-z 0-9 . _ -`,
   *   an `id` that is not 1 to 64 visible ASCII characters, or bad `options`; `PermissionDeniedError` (403) for the
   *   last secret; `NotFoundError` for an unknown id on the first attempt; `AuthenticationError`,
   *   `TimeoutError`, `NetworkError`.
   * @example
   * ```ts
   * import { Secrets } from '@acct/accounts';
   *
   * const secrets = new Secrets({ apiKey: 'abcd1234', apiSecret: 'Abcdef123' });
   * // a secret no service uses any more: never the one this client authenticates with
   * await secrets.deleteSecret('abcd1234', 'ad6dc56f-07b5-46e1-a527-85530e625800');
   * ```
   */
  async deleteSecret(apiKey: string, id: string, options?: CallOptions): Promise<void> {
    const url = secretUrl(this.config.apiHost, apiKey, id);
    await this.sendDeleteRequest(url, assertCallOptions(options)).catch(settleDeleteFailure);
  }

  /**
   * Rotates the secret of an API key safely: validates `newSecret` locally; lists the secrets and,
   * when the key already holds two, rejects before changing anything; creates the new secret
   * (when it is answered 2xx without the secret's JSON, lists again and deletes it);
   * proves it authenticates (a balance call as `apiKey`/`newSecret`, through the same hosts,
   * fetch and agent); deletes it again and rejects if it does not; with `revoke: 'previous'`
   * deletes the secrets that existed before.
   *
   * `revoke: 'none'` is the default because other running services most likely still use the
   * old secret: roll the new one out everywhere first, then delete the old one.
   *
   * @param apiKey - The API key whose secret to rotate.
   * @param newSecret - The new secret (same rules as {@link Secrets.createSecret}).
   * @param options - `{ revoke: 'none' | 'previous' }`, default `{ revoke: 'none' }`.
   * @returns The created secret and the ids of the revoked ones.
   * @throws `ValidationError` (before any request) for an `apiKey` that is not 1 to 64 characters of `A-Z a-z 0-9 . _ -`, a
   *   secret breaking the rules, or `options` that are not `undefined` or a plain object whose
   *   `revoke` is `'none'` or `'previous'`; {@link MaximumSecretsError} when the key
   *   already holds two secrets (nothing changed); {@link SecretRotationError} when the create was
   *   answered without the secret's JSON (stage `'create'`, undone), the new secret did not
   *   authenticate (`'verify'`, rolled back) or revoking failed (`'revoke'`); `HttpError`s,
   *   `TimeoutError`, `NetworkError` from list/create (after a lost create answer, a 5xx, 408, 429,
   *   a timeout or a dropped connection, the new secret may exist: list the secrets).
   * @example
   * ```ts
   * import { Secrets } from '@acct/accounts';
   *
   * const secrets = new Secrets({ apiKey: 'abcd1234', apiSecret: 'Abcdef123' });
   * const { created, revoked } = await secrets.rotateSecret('abcd1234', 'NewSecret2025', {
   *   revoke: 'previous', // only when this process is the secret's only user
   * });
   * console.log(created.id, revoked);
   * ```
   */
  async rotateSecret(
    apiKey: string,
    newSecret: string,
    options?: RotateSecretOptions,
  ): Promise<RotateSecretResult> {
    assertApiKey(apiKey);
    assertSecret(newSecret);
    const revokePrevious = revokesPrevious(options);
    const prover = new Accounts({ apiKey, apiSecret: newSecret }, this.config);
    return rotate(
      {
        apiKey,
        list: () => this.listSecrets(apiKey),
        create: () => this.createSecret(apiKey, newSecret),
        remove: (id) => this.deleteSecret(apiKey, id),
        prove: () => prover.getBalance(),
      },
      revokePrevious,
    );
  }
}
