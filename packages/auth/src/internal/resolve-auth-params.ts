import { KeyObject } from 'node:crypto';
import { AlgorithmTypes } from '../algorithm-types';
import type { AuthParams, PrivateKeyInput } from '../auth-params';
import { InvalidApiKeyError } from '../errors/invalid-api-key-error';
import { InvalidApiSecretError } from '../errors/invalid-api-secret-error';
import { invalidParam } from './invalid-param';
import { InvalidPrivateKeyError } from '../errors/invalid-private-key-error';
import { InvalidSignatureAlgorithmError } from '../errors/invalid-signature-algorithm-error';
import { describeType, isPlainObject } from './describe-type';

/** JWT settings with every default applied. */
export interface ResolvedJwtOptions {
  ttl: number;
  cache: boolean;
  sub?: string;
  acl?: Record<string, unknown>;
  nbf?: number;
  claims: Record<string, unknown>;
}

/** `AuthParams` after type checks: absent values are `undefined`, defaults applied. */
export interface ResolvedAuthParams {
  apiKey?: string;
  apiSecret?: string;
  applicationId?: string;
  privateKey?: PrivateKeyInput;
  signature?: { secret?: string; algorithm?: AlgorithmTypes };
  jwt: ResolvedJwtOptions;
  now: () => number;
}

/** Defaults of the JWT options. */
export const JWT_DEFAULTS = Object.freeze({ ttl: 900, cache: true });

const ALGORITHMS: ReadonlySet<string> = new Set(Object.values(AlgorithmTypes));

const absent = (value: unknown): value is undefined | null => value === undefined || value === null;

function optionalString(value: unknown, fail: (received: string) => Error): string | undefined {
  if (absent(value)) return undefined;
  if (typeof value !== 'string') throw fail(describeType(value));
  return value;
}

function resolvePrivateKey(value: unknown): PrivateKeyInput | undefined {
  if (absent(value)) return undefined;
  if (typeof value === 'string' || value instanceof Uint8Array || value instanceof KeyObject) {
    return value;
  }
  throw new InvalidPrivateKeyError({ reason: 'invalid-type', received: describeType(value) });
}

function resolveSignature(value: unknown): ResolvedAuthParams['signature'] {
  if (absent(value)) return undefined;
  if (!isPlainObject(value)) {
    throw invalidParam('signature', 'an object { secret, algorithm }', describeType(value));
  }
  const secret = optionalString(
    value.secret,
    (t) => new InvalidApiSecretError(t, 'signature.secret'),
  );
  const algorithm = value.algorithm;
  if (absent(algorithm)) return { secret };
  if (typeof algorithm !== 'string' || !ALGORITHMS.has(algorithm)) {
    throw new InvalidSignatureAlgorithmError(describeType(algorithm));
  }
  return { secret, algorithm: algorithm as AlgorithmTypes };
}

function resolveJwt(value: unknown): ResolvedJwtOptions {
  if (absent(value)) return { ...JWT_DEFAULTS, claims: {} };
  if (!isPlainObject(value)) {
    throw invalidParam('jwtOptions', 'an object', describeType(value));
  }
  const { ttl = JWT_DEFAULTS.ttl, cache = JWT_DEFAULTS.cache, sub, acl, nbf, claims = {} } = value;
  if (typeof ttl !== 'number' || !Number.isInteger(ttl) || ttl <= 0) {
    throw invalidParam('jwtOptions.ttl', 'a positive integer number of seconds', describeType(ttl));
  }
  if (typeof cache !== 'boolean') {
    throw invalidParam('jwtOptions.cache', 'a boolean', describeType(cache));
  }
  if (!absent(sub) && typeof sub !== 'string') {
    throw invalidParam('jwtOptions.sub', 'a string', describeType(sub));
  }
  if (!absent(acl) && !isPlainObject(acl)) {
    throw invalidParam('jwtOptions.acl', 'an object', describeType(acl));
  }
  if (!absent(nbf) && (typeof nbf !== 'number' || !Number.isFinite(nbf))) {
    throw invalidParam('jwtOptions.nbf', 'a number of seconds since the epoch', describeType(nbf));
  }
  if (!isPlainObject(claims)) {
    throw invalidParam('jwtOptions.claims', 'an object', describeType(claims));
  }
  return {
    ttl,
    cache,
    claims,
    ...(absent(sub) ? {} : { sub }),
    ...(absent(acl) ? {} : { acl }),
    ...(absent(nbf) ? {} : { nbf }),
  };
}

/**
 * Checks the types of the `new Auth()` settings and applies defaults. Only types are
 * checked here; whether a credential is present (or empty) is checked when it is used.
 *
 * @param params - What the user passed to `new Auth()`.
 * @returns The settings in their fully-required form.
 * @throws {InvalidApiKeyError} | {InvalidApiSecretError} | {InvalidPrivateKeyError} |
 *   {InvalidSignatureAlgorithmError} | {ValidationError} on a value of the wrong type.
 */
export function resolveAuthParams(params: AuthParams | undefined): ResolvedAuthParams {
  if (absent(params)) return { jwt: resolveJwt(undefined), now: Date.now };
  if (!isPlainObject(params)) {
    throw invalidParam('params', 'an object of AuthParams', describeType(params));
  }
  const now: unknown = params.now ?? Date.now;
  if (typeof now !== 'function') {
    throw invalidParam('now', 'a function returning milliseconds', describeType(now));
  }
  return {
    apiKey: optionalString(params.apiKey, (t) => new InvalidApiKeyError(t)),
    apiSecret: optionalString(params.apiSecret, (t) => new InvalidApiSecretError(t)),
    applicationId: optionalString(params.applicationId, (t) =>
      invalidParam('applicationId', 'a string', t),
    ),
    privateKey: resolvePrivateKey(params.privateKey),
    signature: resolveSignature(params.signature),
    jwt: resolveJwt(params.jwtOptions),
    now: now as () => number,
  };
}
