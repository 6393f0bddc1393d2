import type { KeyObject } from 'node:crypto';
import type { AlgorithmTypes } from './algorithm-types';

/**
 * A private key for JWTs: a PEM string, a Buffer (PEM, or DER as PKCS#8 or PKCS#1), the
 * path to a PEM file, or a `KeyObject` from `node:crypto`. PKCS#8 and PKCS#1 RSA keys are
 * both accepted.
 *
 * @example
 * ```ts
 * import type { PrivateKeyInput } from '@acct/auth';
 *
 * const fromFile: PrivateKeyInput = './private.key';
 * ```
 */
export type PrivateKeyInput = string | Buffer | Uint8Array | KeyObject;

/**
 * The settings of request signing: the signature secret of the account and the algorithm
 * chosen for it in the dashboard.
 *
 * @example
 * ```ts
 * import { AlgorithmTypes, type SignatureOptions } from '@acct/auth';
 *
 * const signature: SignatureOptions = { secret: 'signing-secret', algorithm: AlgorithmTypes.md5hash };
 * ```
 */
export interface SignatureOptions {
  /** The signature secret (not the API secret). */
  secret: string;
  /** The signing algorithm. */
  algorithm: AlgorithmTypes | `${AlgorithmTypes}`;
}

/**
 * Options of the JWTs made by `createBearerHeader()`.
 *
 * @example
 * ```ts
 * import type { JwtOptions } from '@acct/auth';
 *
 * const jwtOptions: JwtOptions = { ttl: 300, sub: 'alice', acl: { paths: { '/v1/users': {} } } };
 * ```
 */
export interface JwtOptions {
  /**
   * Lifetime of a token in seconds (`exp = iat + ttl`); a positive integer.
   * @default 900
   */
  ttl?: number;
  /**
   * Reuse a token until 30 seconds before it expires; `false` signs a new token (new
   * `jti`) for every call.
   * @default true
   */
  cache?: boolean;
  /**
   * The `sub` claim.
   * @default undefined (no claim)
   */
  sub?: string;
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
   * Further claims added to every token. `application_id`, `iat`, `exp`, `jti`, `sub`,
   * `acl` and `nbf` are set from the options above and cannot be overridden here.
   * @default undefined (none)
   */
  claims?: Record<string, unknown>;
}

/**
 * The credentials given to `new Auth()`. Each is checked when it is first needed, so a
 * Basic-auth user need not pass an application id; a value of the wrong type (for
 * example a number as `apiKey`) fails at once.
 *
 * @example
 * ```ts
 * import type { AuthParams } from '@acct/auth';
 *
 * const params: AuthParams = {
 *   apiKey: 'abcd1234',
 *   apiSecret: 'Abcdef123456',
 *   applicationId: 'aaaaaaaa-bbbb-cccc-dddd-0123456789ab',
 *   privateKey: './private.key',
 * };
 * ```
 */
export interface AuthParams {
  /**
   * The account API key: Basic header, query parameters and signed requests.
   * @default undefined
   */
  apiKey?: string;
  /**
   * The account API secret: Basic header and query parameters.
   * @default undefined
   */
  apiSecret?: string;
  /**
   * The application id, the `application_id` claim of JWTs.
   * @default undefined
   */
  applicationId?: string;
  /**
   * The RSA private key of the application, for JWTs; read and parsed once, on the first JWT.
   * @default undefined
   */
  privateKey?: PrivateKeyInput;
  /**
   * Request signing settings, for `createSignatureHash()`.
   * @default undefined
   */
  signature?: SignatureOptions;
  /**
   * JWT options.
   * @default { ttl: 900, cache: true }
   */
  jwtOptions?: JwtOptions;
  /**
   * The clock, in milliseconds since the epoch: JWT `iat`/`exp`, token reuse and signature
   * timestamps. Inject one in tests.
   * @default Date.now
   */
  now?: () => number;
}
