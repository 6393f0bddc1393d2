/**
 * The algorithms `createSignatureHash()` can sign request parameters with.
 *
 * - `md5hash`: `md5(joined + secret)`, hex.
 * - `md5hmac`, `sha1hmac`, `sha256hmac`, `sha512hmac`: `HMAC(secret, joined)`, hex.
 *
 * where `joined` is the parameters sorted by name, joined as `k=v&k=v`, with every `&` and
 * `=` then replaced by `_`.
 *
 * @example
 * ```ts
 * import { AlgorithmTypes, Auth } from '@acct/auth';
 *
 * const auth = new Auth({
 *   apiKey: 'abcd1234',
 *   signature: { secret: 'signing-secret', algorithm: AlgorithmTypes.sha256hmac },
 * });
 * ```
 */
export enum AlgorithmTypes {
  /** `md5(joined + secret)`, hex. */
  md5hash = 'md5hash',
  /** HMAC-MD5 keyed with the secret, hex. */
  md5hmac = 'md5hmac',
  /** HMAC-SHA1 keyed with the secret, hex. */
  sha1hmac = 'sha1hmac',
  /** HMAC-SHA256 keyed with the secret, hex. */
  sha256hmac = 'sha256hmac',
  /** HMAC-SHA512 keyed with the secret, hex. */
  sha512hmac = 'sha512hmac',
}
