import { randomUUID } from 'node:crypto';
import type { InspectOptions } from 'node:util';
import { describeValue } from '@acct/http';
import type { AuthParams } from './auth-params';
import type {
  AuthInterface,
  AuthQueryParams,
  AuthSignedParams,
  SignatureValue,
} from './auth-interface';
import { MissingPrivateKeyError } from './errors/missing-private-key-error';
import { textProblem } from './internal/check-text';
import {
  checkApiKey,
  checkApplicationId,
  checkSecret,
  checkSignature,
  toAlgorithm,
} from './internal/check-credentials';
import { API_KEY_RULE, APPLICATION_ID_RULE } from './internal/credential-rules';
import { invalidParam, invalidWith } from './internal/invalid-param';
import { loadPrivateKey } from './internal/load-private-key';
import { readAuthParams, type AuthSettings } from './internal/read-auth-params';
import { resolveJwtOptions, type JwtPlan } from './internal/resolve-jwt-options';
import { absent, isPlainObject } from './internal/show-key';
import { signJwt, toSigningKey, type SigningKey } from './internal/sign-jwt';
import { signParams } from './internal/sign-params';

/** A cached token is renewed this many seconds before it expires. */
const RENEW_BEFORE_EXPIRY = 30;
const REDACTED = '[REDACTED]';
const INVALID = '[INVALID]';

function copyParams(params: unknown): Record<string, unknown> {
  if (absent(params)) return {};
  if (!isPlainObject(params)) throw invalidParam('params', 'a plain object', describeValue(params));
  return { ...params };
}

/** The JSON view of the signature settings; never throws, even for a hostile object. */
function signatureView(signature: unknown): unknown {
  try {
    if (!isPlainObject(signature)) return INVALID;
    const { algorithm, secret } = signature;
    return {
      ...(absent(algorithm) ? {} : { algorithm: toAlgorithm(algorithm) ?? INVALID }),
      ...(absent(secret) ? {} : { secret: REDACTED }),
    };
  } catch {
    return INVALID;
  }
}

/**
 * Credentials for the Account API, and every way of putting them on a request: Basic
 * header, `api_key`/`api_secret` parameters, RS256 JWT bearer header, signed parameters.
 *
 * The constructor never throws: each setting is checked by the first method that needs it,
 * which rejects with the typed error (so an application can build its clients at import time,
 * where credentials may be absent). Credentials are held in private fields:
 * `util.inspect(auth)` and `JSON.stringify(auth)` show the API key and application id only.
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
  readonly #settings: AuthSettings;
  #key: Promise<SigningKey> | undefined;
  #jwt: JwtPlan | undefined;
  #token: { header: string; exp: number } | undefined;
  #pending: Promise<string> | undefined;
  /** The Basic header, built on first success (the key and secret never change). */
  #basic: string | undefined;
  #signature: ReturnType<typeof checkSignature> | undefined;

  /**
   * Never throws: a problem with `params` (not a plain object, an unknown key, `now` not a
   * function) or with a credential rejects the first method call instead.
   *
   * @param params - The credentials; each is needed only by the methods that use it.
   */
  constructor(params?: AuthParams) {
    this.#settings = readAuthParams(params);
  }

  /** The API key, when one was given and it is valid (it is not a secret); else `undefined`. */
  get apiKey(): string | undefined {
    return this.#valid(this.#settings.apiKey, API_KEY_RULE);
  }

  /** The application id, when one was given and it is valid; else `undefined`. */
  get applicationId(): string | undefined {
    return this.#valid(this.#settings.applicationId, APPLICATION_ID_RULE);
  }

  /**
   * Returns a new object: `params` plus `api_key` and `api_secret`, for callers that ask for
   * the credentials as parameters (clients of this package send the Basic header instead: a
   * secret in a URL ends up in logs).
   *
   * @param params - Query or form parameters, a plain object; not modified.
   * @returns A new object with the credentials added.
   * @throws {MissingApiKeyError} | {MissingApiSecretError} when a credential is absent.
   * @throws {InvalidApiKeyError} | {InvalidApiSecretError} when a credential breaks its rule.
   * @throws `ValidationError` when `params` (or the options of `new Auth()`) is not a plain object.
   *
   * @example
   * ```ts
   * import { Auth } from '@acct/auth';
   *
   * const auth = new Auth({ apiKey: 'abcd1234', apiSecret: 'Abcdef123456' });
   * console.log(await auth.getQueryParams({ trx: '8ef2' }));
   * // { trx: '8ef2', api_key: 'abcd1234', api_secret: 'Abcdef123456' }
   * ```
   */
  async getQueryParams<T extends object = Record<string, unknown>>(
    params?: T,
  ): Promise<T & AuthQueryParams> {
    const [apiKey, apiSecret] = this.#keyAndSecret();
    const copy = copyParams(params);
    return { ...copy, api_key: apiKey, api_secret: apiSecret } as T & AuthQueryParams;
  }

  /**
   * Returns the Basic `Authorization` header value: `Basic base64(apiKey:apiSecret)`, the
   * credentials encoded as UTF-8.
   *
   * @returns `Basic base64(apiKey:apiSecret)`.
   * @throws {MissingApiKeyError} | {MissingApiSecretError} when a credential is absent.
   * @throws {InvalidApiKeyError} | {InvalidApiSecretError} when a credential breaks its rule.
   *
   * @example
   * ```ts
   * import { Auth } from '@acct/auth';
   *
   * const auth = new Auth({ apiKey: 'abcd1234', apiSecret: 'Abcdef123456' });
   * console.log(await auth.createBasicHeader()); // 'Basic YWJjZDEyMzQ6QWJjZGVmMTIzNDU2'
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
   * with the claims of `jwtOptions` (and `jwtOptions.claims`) and `application_id`, `iat`,
   * `exp` (`now + jwtOptions.ttl`) and `jti` (`jwtOptions.jti`, or a random UUID). With
   * `jwtOptions.cache` (the default) a token is reused until 30 seconds before it expires.
   *
   * @returns `Bearer <jwt>`.
   * @throws {MissingApplicationIdError} | {MissingPrivateKeyError} when absent.
   * @throws {InvalidPrivateKeyError} when the key cannot be read or used.
   * @throws `ValidationError` when `applicationId` breaks its rule, or a JWT option or claim
   *   is refused (see the README's Errors section).
   *
   * @example
   * ```ts
   * import { Auth } from '@acct/auth';
   *
   * const auth = new Auth({
   *   applicationId: 'aaaaaaaa-bbbb-cccc-dddd-0123456789ab',
   *   privateKey: './private.key',
   *   jwtOptions: { ttl: 300, sub: 'alice' },
   * });
   * const authorization = await auth.createBearerHeader(); // 'Bearer eyJhbGciOiJSUzI1NiIs...'
   * ```
   */
  async createBearerHeader(): Promise<string> {
    this.#checkShape();
    const applicationId = checkApplicationId(this.#settings.applicationId);
    const { privateKey } = this.#settings;
    if (absent(privateKey)) throw new MissingPrivateKeyError();
    const plan = this.#jwtPlan(applicationId);
    if (!plan.cache) return this.#signToken(applicationId, plan);
    const token = this.#token;
    if (token !== undefined && this.#seconds() < token.exp - RENEW_BEFORE_EXPIRY) {
      return token.header;
    }
    this.#pending ??= this.#signToken(applicationId, plan).finally(() => {
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
   * @param params - The request parameters to sign, a plain object; not modified.
   * @returns A new object with the signature added.
   * @throws {MissingApiKeyError} | {InvalidApiKeyError} when the API key is absent or invalid.
   * @throws {MissingSignatureError} when `signature`, its `secret` or its `algorithm` is absent.
   * @throws {InvalidApiSecretError} when `signature.secret` breaks the secret rule.
   * @throws {InvalidSignatureAlgorithmError} when the algorithm is not an `AlgorithmTypes` value.
   * @throws `ValidationError` when `params` is not a plain object, or a value is not a string,
   *   number or boolean, or holds a lone surrogate.
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
   * // { to: '447700900000', api_key: 'abcd1234', timestamp: '1700000000', sig: '...' }
   * ```
   */
  async createSignatureHash<T extends object = Record<string, SignatureValue>>(
    params: T,
  ): Promise<T & AuthSignedParams> {
    this.#checkShape();
    const apiKey = checkApiKey(this.#settings.apiKey);
    this.#signature ??= checkSignature(this.#settings.signature);
    const { secret, algorithm } = this.#signature;
    const signed: Record<string, unknown> = { ...copyParams(params), api_key: apiKey };
    if (absent(signed.timestamp) || signed.timestamp === '') {
      signed.timestamp = String(this.#seconds());
    }
    signed.sig = signParams(signed, secret, algorithm);
    return signed as T & AuthSignedParams;
  }

  /**
   * The JSON view of the settings: the API key and application id when valid (else
   * `'[INVALID]'`), the secrets and private key only as `'[REDACTED]'` when set. Never throws.
   *
   * @returns A plain object without any secret.
   *
   * @example
   * ```ts
   * import { Auth } from '@acct/auth';
   *
   * console.log(JSON.stringify(new Auth({ apiKey: 'abcd1234', apiSecret: 'Abcdef123456' })));
   * // '{"apiKey":"abcd1234","apiSecret":"[REDACTED]"}'
   * ```
   */
  toJSON(): Record<string, unknown> {
    const { problem, apiKey, apiSecret, applicationId, privateKey, signature } = this.#settings;
    if (problem !== undefined) return { params: INVALID };
    const view: Record<string, unknown> = {};
    if (!absent(apiKey)) view.apiKey = this.apiKey ?? INVALID;
    if (!absent(apiSecret)) view.apiSecret = REDACTED;
    if (!absent(applicationId)) view.applicationId = this.applicationId ?? INVALID;
    if (!absent(privateKey)) view.privateKey = REDACTED;
    if (!absent(signature)) view.signature = signatureView(signature);
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

  #valid(value: unknown, rule: typeof API_KEY_RULE): string | undefined {
    return typeof value === 'string' && textProblem(value, rule) === undefined ? value : undefined;
  }

  #checkShape(): void {
    if (this.#settings.problem !== undefined) throw this.#settings.problem;
  }

  #keyAndSecret(): [string, string] {
    this.#checkShape();
    const apiKey = checkApiKey(this.#settings.apiKey);
    return [apiKey, checkSecret(this.#settings.apiSecret, 'apiSecret')];
  }

  /** The injected clock, in whole seconds; a clock that gives no finite time is refused. */
  #seconds(): number {
    let ms: unknown;
    try {
      ms = this.#settings.now();
    } catch (err) {
      throw invalidWith('now', 'threw: pass a function returning milliseconds', err);
    }
    if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) {
      throw invalidParam(
        'now',
        'a function returning a finite number of milliseconds',
        describeValue(ms),
      );
    }
    return Math.floor(ms / 1000);
  }

  #jwtPlan(applicationId: string): JwtPlan {
    this.#jwt ??= resolveJwtOptions(this.#settings.jwtOptions, applicationId);
    return this.#jwt;
  }

  #loadKey(): Promise<SigningKey> {
    this.#key ??= loadPrivateKey(this.#settings.privateKey)
      .then(toSigningKey)
      .catch((err: unknown) => {
        this.#key = undefined;
        throw err;
      });
    return this.#key;
  }

  async #signToken(applicationId: string, plan: JwtPlan): Promise<string> {
    const now = this.#seconds();
    const key = await this.#loadKey();
    const claims: Record<string, unknown> = { ...plan.claims };
    claims.jti ??= randomUUID();
    claims.iat ??= now;
    const exp = now + plan.ttl;
    claims.exp = exp;
    claims.application_id = applicationId;
    const header = `Bearer ${await signJwt(claims, key)}`;
    if (plan.cache) this.#token = { header, exp };
    return header;
  }
}
