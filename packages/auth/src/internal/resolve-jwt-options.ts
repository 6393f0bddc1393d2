import { AcctError, describeValue } from '@acct/http';
import { copyJson } from './copy-json';
import { invalidParam, invalidWith } from './invalid-param';
import { absent, isPlainObject, showKey } from './show-key';

/** Defaults of the JWT options. */
export const JWT_DEFAULTS = Object.freeze({ ttl: 900, cache: true });

/** The claims of `jwtOptions`, as JSON, may take at most this many bytes (8 KiB). */
export const MAX_CLAIMS_BYTES = 8 * 1024;

/** The JWT options once checked: the claims every token carries, besides those made per token. */
export interface JwtPlan {
  readonly ttl: number;
  readonly cache: boolean;
  /**
   * The claims from `jwtOptions` and `jwtOptions.claims`, copied, in the order given: custom
   * claims and `jti`, `iat`, `sub`, `nbf`, `acl`, `application_id` when given; never `exp`.
   */
  readonly claims: Readonly<Record<string, unknown>>;
}

/** Keys of `jwtOptions` that are options, not claims. */
const OPTIONS = new Set(['ttl', 'cache', 'claims']);
/** The peer's option names for standard claims. */
const ALIASES: ReadonlyMap<string, string> = new Map([
  ['subject', 'sub'],
  ['notBefore', 'nbf'],
  ['issued_at', 'iat'],
]);

/** The standard claims: `null` means "not given" for them. */
const STANDARD = new Set(['iat', 'nbf', 'exp', 'jti', 'sub', 'acl', 'application_id']);

const isSeconds = (value: unknown): boolean =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** Checks the claims the token's validity depends on. */
function checkReserved(
  claims: Record<string, unknown>,
  from: Record<string, string>,
  applicationId: string,
): void {
  for (const claim of ['iat', 'nbf'] as const) {
    if (claim in claims && !isSeconds(claims[claim])) {
      throw invalidParam(
        from[claim]!,
        'a number of seconds since the epoch',
        describeValue(claims[claim]),
      );
    }
  }
  if ('exp' in claims) {
    throw invalidWith(
      from.exp!,
      'cannot be set: exp is the signing time plus jwtOptions.ttl; pass ttl (seconds) instead',
    );
  }
  if ('jti' in claims && (typeof claims.jti !== 'string' || claims.jti === '')) {
    throw invalidParam(from.jti!, 'a non-empty string', describeValue(claims.jti));
  }
  if ('sub' in claims && typeof claims.sub !== 'string') {
    throw invalidParam(from.sub!, 'a string', describeValue(claims.sub));
  }
  if ('acl' in claims && !isPlainObject(claims.acl)) {
    throw invalidParam(
      from.acl!,
      'an object such as { paths: { ... } }',
      describeValue(claims.acl),
    );
  }
  if ('application_id' in claims && claims.application_id !== applicationId) {
    throw invalidWith(
      from.application_id!,
      'differs from applicationId: leave it out (it is always set from applicationId)',
    );
  }
}

/** Gathers every claim of `jwtOptions` and `jwtOptions.claims`, refusing a claim set twice differently. */
function gather(
  options: Record<string, unknown>,
  extra: Record<string, unknown>,
): [Record<string, unknown>, Record<string, string>] {
  const claims: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  const from: Record<string, string> = Object.create(null) as Record<string, string>;
  const add = (claim: string, name: string, value: unknown): void => {
    // null is "not given" for the standard claims, a value for custom ones
    if (value === undefined || (value === null && STANDARD.has(claim))) return;
    const copy = copyJson(value, name);
    if (claim in claims && JSON.stringify(claims[claim]) !== JSON.stringify(copy)) {
      throw invalidWith(
        name,
        `sets the claim ${showKey(claim)} that ${from[claim]} sets to another value: give it once`,
      );
    }
    claims[claim] = copy;
    from[claim] ??= name;
  };
  for (const key of Object.keys(options)) {
    if (!OPTIONS.has(key)) add(ALIASES.get(key) ?? key, `jwtOptions.${showKey(key)}`, options[key]);
  }
  for (const key of Object.keys(extra)) add(key, `jwtOptions.claims.${showKey(key)}`, extra[key]);
  return [claims, from];
}

function resolve(value: unknown, applicationId: string): JwtPlan {
  if (absent(value)) return { ...JWT_DEFAULTS, claims: {} };
  if (!isPlainObject(value))
    throw invalidParam('jwtOptions', 'a plain object', describeValue(value));
  const ttl = absent(value.ttl) ? JWT_DEFAULTS.ttl : value.ttl;
  if (typeof ttl !== 'number' || !Number.isSafeInteger(ttl) || ttl <= 0) {
    throw invalidParam(
      'jwtOptions.ttl',
      'a positive integer number of seconds',
      describeValue(ttl),
    );
  }
  const cache = absent(value.cache) ? JWT_DEFAULTS.cache : value.cache;
  if (typeof cache !== 'boolean') {
    throw invalidParam('jwtOptions.cache', 'a boolean', describeValue(cache));
  }
  const extra = absent(value.claims) ? {} : value.claims;
  if (!isPlainObject(extra)) {
    throw invalidParam('jwtOptions.claims', 'a plain object', describeValue(extra));
  }
  const [gathered, from] = gather(value, extra);
  checkReserved(gathered, from, applicationId);
  const claims = { ...gathered };
  const bytes = Buffer.byteLength(JSON.stringify(claims));
  if (bytes > MAX_CLAIMS_BYTES) {
    throw invalidParam(
      'jwtOptions',
      `claims of at most ${MAX_CLAIMS_BYTES} bytes of JSON`,
      `${bytes} bytes`,
    );
  }
  return { ttl, cache, claims };
}

/**
 * Checks the JWT options and copies their claims. Besides `ttl`, `cache` and `claims`, every key
 * of `jwtOptions` is a claim, as in the peer SDK; `subject`, `notBefore` and `issued_at` are the
 * peer's names of `sub`, `nbf` and `iat`.
 *
 * @param value - The `jwtOptions` setting.
 * @param applicationId - The checked application id (an `application_id` claim must equal it).
 * @returns The plan every token is made from.
 * @throws `ValidationError` naming the option or claim: wrong type, a claim JSON cannot hold,
 *   `exp` (use `ttl`), a non-numeric `iat`/`nbf`, an empty `jti`, an `application_id` that
 *   differs, a claim set twice to different values, claims over 8 KiB.
 */
export function resolveJwtOptions(value: unknown, applicationId: string): JwtPlan {
  try {
    return resolve(value, applicationId);
  } catch (err) {
    if (err instanceof AcctError) throw err;
    // a getter or a Proxy trap of the caller's object threw
    throw invalidWith('jwtOptions', 'could not be read: pass a plain object', err);
  }
}
