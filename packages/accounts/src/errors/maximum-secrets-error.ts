import { AcctError } from '@acct/http';

/**
 * `rotateSecret` found that the API key already holds the maximum of two secrets, and changed
 * nothing. Delete one of `secretIds` (the one no service uses any more), then rotate again.
 *
 * Code: `ACCT_MAXIMUM_SECRETS`.
 *
 * @example
 * ```ts
 * import { MaximumSecretsError, Secrets } from '@acct/accounts';
 *
 * const secrets = new Secrets({ apiKey: 'abcd1234', apiSecret: 'Abcdef123' });
 * try {
 *   await secrets.rotateSecret('abcd1234', 'NewSecret2025');
 * } catch (err) {
 *   if (!(err instanceof MaximumSecretsError)) throw err;
 *   console.log(`revoke the retired one of ${err.secretIds.join(', ')} first`);
 * }
 * ```
 */
export class MaximumSecretsError extends AcctError {
  /** The API key whose secrets are full. */
  readonly apiKey: string;
  /** The ids of the secrets it holds. */
  readonly secretIds: string[];

  /**
   * @param apiKey - The API key.
   * @param secretIds - The ids of its current secrets.
   */
  constructor(apiKey: string, secretIds: string[]) {
    super(
      `[@acct/accounts] API key ${apiKey} already has ${secretIds.length} secrets ` +
        `(${secretIds.join(', ')}), the maximum: delete one with deleteSecret() before rotating`,
      { code: 'ACCT_MAXIMUM_SECRETS' },
    );
    this.apiKey = apiKey;
    this.secretIds = secretIds;
  }

  /**
   * @returns The JSON view: name, code, message, apiKey and secretIds.
   */
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), apiKey: this.apiKey, secretIds: this.secretIds };
  }
}
