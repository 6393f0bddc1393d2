import { AcctError } from '@acct/http';

/**
 * Thrown when `signature.algorithm` is not one of the {@link AlgorithmTypes} values.
 *
 * Code: `ACCT_AUTH_INVALID_SIGNATURE_ALGORITHM`. The message lists the accepted values and
 * names the type received, never the value (a swapped secret must not leak).
 *
 * @example
 * ```ts
 * import { Auth, InvalidSignatureAlgorithmError } from '@acct/auth';
 *
 * try {
 *   new Auth({ apiKey: 'abcd1234', signature: { secret: 's3cret', algorithm: 'md4' as never } });
 * } catch (err) {
 *   console.log(err instanceof InvalidSignatureAlgorithmError); // true
 * }
 * ```
 */
export class InvalidSignatureAlgorithmError extends AcctError {
  /** The type of the value received, such as `'string'` or `'number'`. */
  readonly received: string;

  /**
   * @param received - The type of the value received.
   * @param options - An optional underlying `cause`.
   */
  constructor(received: string, options: { cause?: unknown } = {}) {
    super(
      `[@acct/auth] signature.algorithm is not supported (got a ${received}): use one of ` +
        'md5hash, md5hmac, sha1hmac, sha256hmac, sha512hmac (AlgorithmTypes)',
      { code: 'ACCT_AUTH_INVALID_SIGNATURE_ALGORITHM', cause: options.cause },
    );
    this.received = received;
  }
}
