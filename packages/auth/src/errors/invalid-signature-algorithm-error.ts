import { AcctError } from '@acct/http';

/**
 * Rejects `createSignatureHash()` when `signature.algorithm` is not one of the
 * {@link AlgorithmTypes} values (`'MD5HASH'`, `'MD5HMAC'`, `'SHA1HMAC'`, `'SHA256HMAC'`,
 * `'SHA512HMAC'`) or its lower-case form. `new Auth()` itself never throws it.
 *
 * Code: `ACCT_AUTH_INVALID_SIGNATURE_ALGORITHM`. The message lists the accepted values and
 * names the type and length received, never the value (a swapped secret must not leak).
 *
 * @example
 * ```ts
 * import { Auth, InvalidSignatureAlgorithmError } from '@acct/auth';
 *
 * const auth = new Auth({ apiKey: 'abcd1234', signature: { secret: 's3cret', algorithm: 'md4' as never } });
 * try {
 *   await auth.createSignatureHash({ to: '447700900000' });
 * } catch (err) {
 *   if (err instanceof InvalidSignatureAlgorithmError) console.log(err.received); // 'a string of 3 characters'
 * }
 * ```
 */
export class InvalidSignatureAlgorithmError extends AcctError {
  /** What was received, without its content, such as `'a string of 3 characters'` or `'a number'`. */
  readonly received: string;

  /**
   * @param received - A description of what was received (never the value itself).
   * @param options - An optional underlying `cause`.
   */
  constructor(received: string, options: { cause?: unknown } = {}) {
    super(
      `[@acct/auth] signature.algorithm is not supported (got ${received}): use one of ` +
        'AlgorithmTypes.md5hash, md5hmac, sha1hmac, sha256hmac, sha512hmac ' +
        "('MD5HASH', 'MD5HMAC', 'SHA1HMAC', 'SHA256HMAC', 'SHA512HMAC', or the same in lower case)",
      { code: 'ACCT_AUTH_INVALID_SIGNATURE_ALGORITHM', cause: options.cause },
    );
    this.received = received;
  }
}
