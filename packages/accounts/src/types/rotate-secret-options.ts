/**
 * Options of `Secrets.rotateSecret`.
 *
 * @example
 * ```ts
 * import { Secrets, type RotateSecretOptions } from '@acct/accounts';
 *
 * // revoke the old secret at once only when nothing else uses it
 * const options: RotateSecretOptions = { revoke: process.env.SOLE_USER === '1' ? 'previous' : 'none' };
 * const secrets = new Secrets({ apiKey: 'abcd1234', apiSecret: 'Abcdef123' });
 * await secrets.rotateSecret('abcd1234', 'NewSecret2025', options);
 * ```
 */
export interface RotateSecretOptions {
  /**
   * What to do with the secrets that existed before the new one:
   * - `'none'` keeps them. It is the default because other running services, jobs and colleagues
   *   most likely still authenticate with the old secret; revoking it at once would break them.
   *   Roll the new secret out everywhere, then delete the old one (`deleteSecret`).
   * - `'previous'` deletes them once the new secret is proven to authenticate.
   *
   * @default 'none'
   */
  revoke?: 'none' | 'previous';
}
