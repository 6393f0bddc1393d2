import { randomUUID } from 'node:crypto';
import type { InspectOptions } from 'node:util';
import type { AuthParams } from './auth-params';
import type {
  AuthInterface,
  AuthQueryParams,
  AuthSignedParams,
  SignatureValue,
} from './auth-interface';
import { InvalidApiKeyError } from './errors/invalid-api-key-error';
import { InvalidApiSecretError } from './errors/invalid-api-secret-error';
import { invalidParam } from './internal/invalid-param';
import { MissingApiKeyError } from './errors/missing-api-key-error';
import { MissingApiSecretError } from './errors/missing-api-secret-error';
import { MissingApplicationIdError } from './errors/missing-application-id-error';
import { MissingPrivateKeyError } from './errors/missing-private-key-error';
import { MissingSignatureError } from './errors/missing-signature-error';
import { describeType, isPlainObject } from './internal/describe-type';
import { loadPrivateKey } from './internal/load-private-key';
import { resolveAuthParams, type ResolvedAuthParams } from './internal/resolve-auth-params';
import { signJwt, toSigningKey, type SigningKey } from './internal/sign-jwt';
import { signParams } from './internal/sign-params';

/** A cached token is renewed this many seconds before it expires. */
const RENEW_BEFORE_EXPIRY = 30;
const REDACTED = '[REDACTED]';

function copyParams(params: unknown): Record<string, unknown> {
  if (params === undefined || params === null) return {};
  if (!isPlainObject(params)) {
    throw invalidParam('params', 'an object', describeType(params));
  }
  return { ...params };
}

/**
 * Credentials for the Account API, and every way of putting them on a request: Basic
 * header, `api_key`/`api_secret` parameters, RS256 JWT bearer header, signed parameters.
 *
 * Credentials are held in private fields: `util.inspect(auth)` and `JSON.stringify(auth)`
 * show the API key and application id only. Each credential is checked when first used.
 * The private key is read and parsed once, on the first JWT, and jose is loaded then too.
 *
 * @example
 * ```ts
 * import { Auth } from '@acct/auth';
 *
 * const auth = new Auth({ apiKey: 'abcd1234', apiSecret: 'Abcdef123456' });
 * console.log(await auth.createBasicHeader()); // 'Basic YWJjZDEyMzQ6QWJjZGVmMTIzNDU2'
 * ```
 */
export class Auth implements AuthInterface {
  readonly #params: ResolvedAuthParams;
  #key: Promise<SigningKey> | undefined;
  #token: { header: string; exp: number } | undefined;
  #pending: Promise<string> | undefined;
  /** The Basic header, built on first success (the key and secret never change). */
  #basic: string | undefined;

  /**
   * @param params - The credentials; each is needed only by the methods that use it.
   * @throws {InvalidApiKeyError} | {InvalidApiSecretError} | {InvalidPrivateKeyError} |
   *   {InvalidSignatureAlgorithmError} | {ValidationError} when a setting has the wrong type.
   */
  constructor(params?: AuthParams) {
    this.#params = resolveAuthParams(params);
  }

  /** The API key, if one was given (not a secret). */
  get apiKey(): string | undefined {
    return this.#params.apiKey;
  }

  /** The application id, if one was given (not a secret). */
  get applicationId(): string | undefined {
    return this.#params.applicationId;
  }

  /**
   * Returns a new object: `params` plus `api_key` and `api_secret`, for APIs that take the
   * credentials as query or form parameters.
   *
   * @param params - Query or form parameters; not modified.
   * @returns A new object with the credentials added.
   * @throws {MissingApiKeyError} | {MissingApiSecretError} when a credential is absent.
   * @throws {InvalidApiKeyError} | {InvalidApiSecretError} when a credential is an empty string.
   *
   * @example
   * ```ts
   * const auth = new Auth({ apiKey: 'abcd1234', apiSecret: 'Abcdef123456' });
   * await auth.getQueryParams({ trx: '8ef2' });
   * // { trx: '8ef2', api_key: 'abcd1234', api_secret: 'Abcdef123456' }
   * ```
   */
  async getQueryParams<T extends object = Record<string, unknown>>(
    params?: T,
  ): Promise<T & AuthQueryParams> {
    const copy = copyParams(params);
    const [apiKey, apiSecret] = this.#keyAndSecret();
    return { ...copy, api_key: apiKey, api_secret: apiSecret } as T & AuthQueryParams;
  }

  /**
   * Returns the Basic `Authorization` header value.
   *
   * @returns `Basic base64(apiKey:apiSecret)`.
   * @throws {MissingApiKeyError} | {MissingApiSecretError} when a credential is absent.
   * @throws {InvalidApiKeyError} | {InvalidApiSecretError} when a credential is an empty string.
   *
   * @example
   * ```ts
   * const auth = new Auth({ apiKey: 'abcd1234', apiSecret: 'Abcdef123456' });
   * await auth.createBasicHeader(); // 'Basic YWJjZDEyMzQ6QWJjZGVmMTIzNDU2'
   * ```
   */
  async createBasicHeader(): Promise<string> {
    if (this.#basic !== undefined) return this.#basic;
    const [apiKey, apiSecret] = this.#keyAndSecret();
    this.#basic = `Basic ${Buffer.from(`${apiKey}:${apiSecret}`, 'utf8').toString('base64')}`;
    return this.#basic;
  }

  /**
   * Returns a Bearer `Authorization` header value holding an RS256 JWT signed with jose,
   * with the claims `application_id`, `iat`, `exp` (`iat + jwtOptions.ttl`), `jti` (a
   * random UUID) and `sub`, `acl`, `nbf` when set in `jwtOptions`. With `jwtOptions.cache`
   * (the default) a token is reused until 30 seconds before it expires; each new token
   * has a new `jti`.
   *
   * @returns `Bearer <jwt>`.
   * @throws {MissingApplicationIdError} | {MissingPrivateKeyError} when absent.
   * @throws {InvalidPrivateKeyError} when the key file cannot be read or the key cannot be used.
   * @throws {ValidationError} when `applicationId` is an empty string.
   *
   * @example
   * ```ts
   * const auth = new Auth({
   *   applicationId: 'aaaaaaaa-bbbb-cccc-dddd-0123456789ab',
   *   privateKey: './private.key',
   * });
   * const authorization = await auth.createBearerHeader(); // 'Bearer eyJhbGciOiJSUzI1NiIs...'
   * ```
   */
  async createBearerHeader(): Promise<string> {
    const { applicationId, privateKey, jwt, now } = this.#params;
    if (applicationId === undefined) throw new MissingApplicationIdError();
    if (applicationId === '') {
      throw invalidParam('applicationId', 'a non-empty string', 'empty string');
    }
    if (privateKey === undefined) throw new MissingPrivateKeyError();
    if (!jwt.cache) return this.#signToken(applicationId, privateKey);
    const token = this.#token;
    if (token !== undefined && now() / 1000 < token.exp - RENEW_BEFORE_EXPIRY) return token.header;
    this.#pending ??= this.#signToken(applicationId, privateKey).finally(() => {
      this.#pending = undefined;
    });
    return this.#pending;
  }

  /**
   * Returns a new object: `params` plus `api_key`, `timestamp` (seconds since the epoch,
   * when absent) and `sig`. The signed string is every parameter but `sig` (and `null` or
   * `undefined` values) sorted by name and joined as `k=v&k=v`, then every `&` and `=`
   * replaced by `_`; `sig` is `md5(joined + secret)` for `md5hash`, or the hex
   * `HMAC(secret, joined)` for the others.
   *
   * @param params - The request parameters to sign; not modified.
   * @returns A new object with the signature added.
   * @throws {MissingApiKeyError} | {InvalidApiKeyError} when the API key is absent or empty.
   * @throws {MissingSignatureError} when `signature`, its `secret` or its `algorithm` is absent.
   * @throws {InvalidApiSecretError} when `signature.secret` is an empty string.
   * @throws {ValidationError} when a parameter value is not a string, number or boolean.
   *
   * @example
   * ```ts
   * const auth = new Auth({
   *   apiKey: 'abcd1234',
   *   signature: { secret: 'signing-secret', algorithm: AlgorithmTypes.sha256hmac },
   * });
   * await auth.createSignatureHash({ to: '447700900000' });
   * // { to: '447700900000', api_key: 'abcd1234', timestamp: '1700000000', sig: '...' }
   * ```
   */
  async createSignatureHash<T extends object = Record<string, SignatureValue>>(
    params: T,
  ): Promise<T & AuthSignedParams> {
    const copy = copyParams(params);
    const apiKey = this.#apiKey();
    const { signature, now } = this.#params;
    if (signature === undefined) throw new MissingSignatureError('signature');
    if (signature.secret === undefined) throw new MissingSignatureError('signature.secret');
    if (signature.secret === '')
      throw new InvalidApiSecretError('empty string', 'signature.secret');
    if (signature.algorithm === undefined) throw new MissingSignatureError('signature.algorithm');
    const signed: Record<string, unknown> = { ...copy, api_key: apiKey };
    if (signed.timestamp === undefined || signed.timestamp === null || signed.timestamp === '') {
      signed.timestamp = String(Math.floor(now() / 1000));
    }
    signed.sig = signParams(signed, signature.secret, signature.algorithm);
    return signed as T & AuthSignedParams;
  }

  /**
   * The JSON view of the credentials: the API key and application id; the secrets only as
   * `'[REDACTED]'` when set.
   *
   * @returns A plain object without any secret.
   *
   * @example
   * ```ts
   * JSON.stringify(new Auth({ apiKey: 'abcd1234', apiSecret: 'Abcdef123456' }));
   * // '{"apiKey":"abcd1234","apiSecret":"[REDACTED]"}'
   * ```
   */
  toJSON(): Record<string, unknown> {
    const { apiKey, apiSecret, applicationId, privateKey, signature } = this.#params;
    const view: Record<string, unknown> = {};
    if (apiKey !== undefined) view.apiKey = apiKey;
    if (apiSecret !== undefined) view.apiSecret = REDACTED;
    if (applicationId !== undefined) view.applicationId = applicationId;
    if (privateKey !== undefined) view.privateKey = REDACTED;
    if (signature !== undefined) {
      view.signature = {
        ...(signature.algorithm === undefined ? {} : { algorithm: signature.algorithm }),
        ...(signature.secret === undefined ? {} : { secret: REDACTED }),
      };
    }
    return view;
  }

  /**
   * What `util.inspect(auth)` and `console.log(auth)` show: the {@link Auth.toJSON} view.
   *
   * @param depth - The remaining depth.
   * @param options - The inspect options.
   * @param inspect - Node's `util.inspect`.
   * @returns `Auth { apiKey: '...', ... }` without any secret.
   */
  [Symbol.for('nodejs.util.inspect.custom')](
    depth: number,
    options: InspectOptions,
    inspect: (value: unknown, options?: InspectOptions) => string,
  ): string {
    return `Auth ${inspect(this.toJSON(), options)}`;
  }

  #apiKey(): string {
    const { apiKey } = this.#params;
    if (apiKey === undefined) throw new MissingApiKeyError();
    if (apiKey === '') throw new InvalidApiKeyError('empty string');
    return apiKey;
  }

  #keyAndSecret(): [string, string] {
    const apiKey = this.#apiKey();
    const { apiSecret } = this.#params;
    if (apiSecret === undefined) throw new MissingApiSecretError();
    if (apiSecret === '') throw new InvalidApiSecretError('empty string');
    return [apiKey, apiSecret];
  }

  #loadKey(privateKey: NonNullable<ResolvedAuthParams['privateKey']>): Promise<SigningKey> {
    this.#key ??= loadPrivateKey(privateKey)
      .then(toSigningKey)
      .catch((err: unknown) => {
        this.#key = undefined;
        throw err;
      });
    return this.#key;
  }

  async #signToken(
    applicationId: string,
    privateKey: NonNullable<ResolvedAuthParams['privateKey']>,
  ): Promise<string> {
    const key = await this.#loadKey(privateKey);
    const { jwt, now } = this.#params;
    const iat = Math.floor(now() / 1000);
    const exp = iat + jwt.ttl;
    const claims: Record<string, unknown> = {
      ...jwt.claims,
      ...(jwt.sub === undefined ? {} : { sub: jwt.sub }),
      ...(jwt.acl === undefined ? {} : { acl: jwt.acl }),
      ...(jwt.nbf === undefined ? {} : { nbf: jwt.nbf }),
      application_id: applicationId,
      iat,
      exp,
      jti: randomUUID(),
    };
    const header = `Bearer ${await signJwt(claims, key)}`;
    if (jwt.cache) this.#token = { header, exp };
    return header;
  }
}
