import { AcctError } from '@acct/http';

/** The part of the signature settings a {@link MissingSignatureError} is about. */
export type SignatureParameter = 'signature' | 'signature.secret' | 'signature.algorithm';

/**
 * Thrown by `createSignatureHash()` when no signature settings (or no signature secret or
 * algorithm) were given to {@link Auth}.
 *
 * Code: `ACCT_AUTH_MISSING_SIGNATURE`.
 *
 * @example
 * ```ts
 * import { Auth, MissingSignatureError } from '@acct/auth';
 *
 * try {
 *   await new Auth({ apiKey: 'abcd1234' }).createSignatureHash({ to: '447700900000' });
 * } catch (err) {
 *   console.log((err as MissingSignatureError).parameter); // 'signature'
 * }
 * ```
 */
export class MissingSignatureError extends AcctError {
  /** What is missing: `'signature'`, `'signature.secret'` or `'signature.algorithm'`. */
  readonly parameter: SignatureParameter;

  /**
   * @param parameter - What is missing. @default 'signature'
   * @param options - An optional underlying `cause`.
   */
  constructor(parameter: SignatureParameter = 'signature', options: { cause?: unknown } = {}) {
    super(
      `[@acct/auth] ${parameter} is missing: pass ` +
        'new Auth({ apiKey, signature: { secret, algorithm: AlgorithmTypes.md5hash } }) to sign requests',
      { code: 'ACCT_AUTH_MISSING_SIGNATURE', cause: options.cause },
    );
    this.parameter = parameter;
  }
}
