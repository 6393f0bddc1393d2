import type { APISecretResponse } from './api-secret-response';

/**
 * What `Secrets.rotateSecret` did.
 *
 * @example
 * ```ts
 * import { Secrets, type RotateSecretResult } from '@acct/accounts';
 *
 * const report = ({ created, revoked }: RotateSecretResult): string =>
 *   `new secret ${created.id}, revoked ${revoked.length ? revoked.join(', ') : 'none'}`;
 *
 * const secrets = new Secrets({ apiKey: 'abcd1234', apiSecret: 'Abcdef123' });
 * console.log(report(await secrets.rotateSecret('abcd1234', 'NewSecret2025')));
 * ```
 */
export interface RotateSecretResult {
  /** The new secret, proven to authenticate. */
  created: APISecretResponse;
  /** The ids of the secrets deleted (`[]` with `revoke: 'none'`). */
  revoked: string[];
}
