import type { KeyObject } from 'node:crypto';
import type { AlgorithmTypes } from './algorithm-types';

/**
 * A private key for JWTs: a PEM string (also with its line breaks written as `\n`, as in many
 * `.env` files, or without its BEGIN/END lines), a Buffer (PEM, or DER as PKCS#8 or PKCS#1),
 * the path to a PEM file, or a `KeyObject` from `node:crypto`. PKCS#8 and PKCS#1 RSA keys are
 * both accepted.
 *
 * @example
 * ```ts
 * import { Auth, type PrivateKeyInput } from '@acct/auth';
 *
 * const privateKey: PrivateKeyInput = process.env.PRIVATE_KEY ?? './private.key';
 * const auth = new Auth({ applicationId: 'aaaaaaaa-bbbb-cccc-dddd-0123456789ab', privateKey });
 * ```
 */
export type PrivateKeyInput = string | Buffer | Uint8Array | KeyObject;

/**
 * Every spelling of a signature algorithm `signature.algorithm` accepts: an
 * {@link AlgorithmTypes} member, its value (`'SHA256HMAC'`) or its lower-case form
 * (`'sha256hmac'`).
 *
 * @example
 * ```ts
 * import { Auth, type AlgorithmName } from '@acct/auth';
 *
 * const algorithm: AlgorithmName = 'sha256hmac';
 * const auth = new Auth({ apiKey: 'abcd1234', signature: { secret: 'signing-secret', algorithm } });
 * ```
 */
export type AlgorithmName = AlgorithmTypes | `${AlgorithmTypes}` | Lowercase<`${AlgorithmTypes}`>;

/**
 * The settings of request signing: the signature secret of the account and the algorithm
 * chosen for it in the dashboard.
 *
 * @example
 * ```ts
 * import { AlgorithmTypes, Auth, type SignatureOptions } from '@acct/auth';
 *
 * const signature: SignatureOptions = { secret: 'signing-secret', algorithm: AlgorithmTypes.md5hash };
 * const auth = new Auth({ apiKey: 'abcd1234', signature });
 * ```
 */
export interface SignatureOptions {
  /** The signature secret (not the API secret): 1 to 256 characters, no control character. */
  secret: string;
  /** The signing algorithm: `AlgorithmTypes.md5hash`, `'MD5HASH'` or `'md5hash'`, ... */
  algorithm: AlgorithmName;
}

/**
 * Options of the JWTs made by `createBearerHeader()`. As in the peer SDK, every key other than
 * `ttl`, `cache` and `claims` is a claim of the token (`jti`, `sub`, `acl`, `nbf`, `iat` or any
 * custom one); `subject`, `notBefore` and `issued_at` are the peer's names of `sub`, `nbf` and
 * `iat`. `exp` cannot be set (it is the signing time plus `ttl`), and an `application_id` claim
 * must equal `applicationId`.
 *
 * @example
 * ```ts
 * import { Auth, type JwtOptions } from '@acct/auth';
 *
 * const jwtOptions: JwtOptions = { ttl: 300, sub: 'alice', acl: { paths: { '/v1/users/**': {} } }, tenant: 'eu' };
 * const auth = new Auth({ applicationId: 'aaaaaaaa-bbbb-cccc-dddd-0123456789ab', privateKey: './private.key', jwtOptions });
 * ```
 */
export interface JwtOptions {
  /**
   * Lifetime of a token in seconds (`exp = now + ttl`); a positive integer.
   * @default 900
   */
  ttl?: number;
  /**
   * Reuse a token until 30 seconds before it expires; `false` signs a new token for every call.
   * @default true
   */
  cache?: boolean;
  /**
   * The `jti` claim: a non-empty string. Without it each token gets a random UUID.
   * @default a random UUID per token
   */
  jti?: string;
  /**
   * The `sub` claim.
   * @default undefined (no claim)
   */
  sub?: string;
  /**
   * The peer's name of `sub`.
   * @default undefined (no claim)
   */
  subject?: string;
  /**
   * The `acl` claim: which paths the token may access.
   * @default undefined (no claim)
   */
  acl?: Record<string, unknown>;
  /**
   * The `nbf` claim, in seconds since the epoch.
   * @default undefined (no claim)
   */
  nbf?: number;
  /**
   * The peer's name of `nbf`.
   * @default undefined (no claim)
   */
  notBefore?: number;
  /**
   * The `iat` claim, in seconds since the epoch (the peer's `issued_at`).
   * @default the signing time
   */
  issued_at?: number;
  /**
   * Further claims added to every token, besides the other keys of `jwtOptions`. A claim set
   * here and in `jwtOptions` must have the same value.
   * @default undefined (none)
   */
  claims?: Record<string, unknown>;
  /** Any other key is a custom claim: a value JSON can hold. */
  [claim: string]: unknown;
}

/**
 * The options of `new Auth()`. The constructor never throws: each setting is checked by the
 * first method that needs it, so a Basic-auth user need not pass an application id, and an
 * application can build its clients where credentials are absent. `null` means "not given".
 *
 * @example
 * ```ts
 * import { Auth, type AuthParams } from '@acct/auth';
 *
 * const params: AuthParams = {
 *   apiKey: 'abcd1234',
 *   apiSecret: 'Abcdef123456',
 *   applicationId: 'aaaaaaaa-bbbb-cccc-dddd-0123456789ab',
 *   privateKey: './private.key',
 * };
 * const auth = new Auth(params);
 * ```
 */
export interface AuthParams {
  /**
   * The account API key, for the Basic header, query parameters and signed requests: 1 to 64
   * visible ASCII characters, no `:`.
   * @default undefined
   */
  apiKey?: string | null;
  /**
   * The account API secret, for the Basic header and query parameters: 1 to 256 characters,
   * no control character.
   * @default undefined
   */
  apiSecret?: string | null;
  /**
   * The application id, the `application_id` claim of JWTs: 1 to 64 visible ASCII characters.
   * @default undefined
   */
  applicationId?: string | null;
  /**
   * The RSA private key of the application, for JWTs; read and parsed once, on the first JWT.
   * @default undefined
   */
  privateKey?: PrivateKeyInput | null;
  /**
   * Request signing settings, for `createSignatureHash()`.
   * @default undefined
   */
  signature?: SignatureOptions | null;
  /**
   * JWT options and claims.
   * @default { ttl: 900, cache: true }
   */
  jwtOptions?: JwtOptions | null;
  /**
   * The clock, in milliseconds since the epoch: JWT `iat`/`exp`, token reuse and signature
   * timestamps. Inject one in tests.
   * @default () => Date.now()
   */
  now?: () => number;
}
