import type { APISecretResponse } from './api-secret-response';

/**
 * What `Secrets.rotateSecret` did.
 *
 * @example
 * ```ts
 * const { created, revoked } = await secrets.rotateSecret('abcd1234', 'NewSecret2025');
 * console.log(created.id, revoked); // '...', []
 * ```
 */
export interface RotateSecretResult {
  /** The new secret, proven to authenticate. */
  created: APISecretResponse;
  /** The ids of the secrets deleted (`[]` with `revoke: 'none'`). */
  revoked: string[];
}
