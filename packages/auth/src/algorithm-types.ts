/**
 * The algorithms `createSignatureHash()` can sign request parameters with. The values are the
 * peer SDK's (`'MD5HASH'`, `'SHA256HMAC'`, ...); the same names in lower case (`'md5hash'`,
 * `'sha256hmac'`, ...) are accepted too.
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
 * const signed = await auth.createSignatureHash({ to: '447700900000' });
 * console.log(signed.sig.length); // 64
 * ```
 */
export enum AlgorithmTypes {
  /** `md5(joined + secret)`, hex. */
  md5hash = 'MD5HASH',
  /** HMAC-MD5 keyed with the secret, hex. */
  md5hmac = 'MD5HMAC',
  /** HMAC-SHA1 keyed with the secret, hex. */
  sha1hmac = 'SHA1HMAC',
  /** HMAC-SHA256 keyed with the secret, hex. */
  sha256hmac = 'SHA256HMAC',
  /** HMAC-SHA512 keyed with the secret, hex. */
  sha512hmac = 'SHA512HMAC',
}
