import { ValidationError } from '@acct/http';

const fail = (name: string, reason: string): never => {
  throw new ValidationError(`[@acct/server-client] invalid option ${name}: it ${reason}`, {
    invalidParameters: [{ name, reason }],
  });
};

/** Returns `value` without trailing slashes, or throws when it is not an absolute http(s) URL. */
export const checkHost = (name: string, value: unknown): string => {
  if (typeof value !== 'string') return fail(name, 'must be an absolute http(s) URL string');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return fail(name, 'must be an absolute http(s) URL, such as https://rest.nexmo.com');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return fail(name, 'must use http: or https:');
  }
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    return fail(name, 'must not carry a query, a fragment or credentials');
  }
  return value.replace(/\/+$/, '');
};

/** Returns `value` when it is a positive finite number of milliseconds, else throws. */
export const checkDuration = (name: string, value: unknown): number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0
    ? value
    : fail(name, 'must be a positive number of milliseconds');

/** Returns `value` when it is `undefined` or a function, else throws. */
export const checkFunction = <F>(name: string, value: unknown): F | undefined =>
  value === undefined || typeof value === 'function'
    ? (value as F | undefined)
    : fail(name, 'must be a function');

/** Returns `value` when it is a header-safe string, else throws. */
export const checkUserAgent = (value: unknown): string =>
  typeof value === 'string' && !/[\r\n]/.test(value)
    ? value
    : fail('appendUserAgent', 'must be a string without line breaks');

/** Returns `value` when it is `false` or a retry options object, else throws. */
export const checkRetry = <R>(value: unknown): R | false => {
  if (value === false) return false;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return fail('retry', 'must be false or an object such as { retries: 2 }');
  }
  const retries = (value as { retries?: unknown }).retries;
  if (retries !== undefined && !(Number.isInteger(retries) && (retries as number) >= 0)) {
    return fail('retry', 'needs retries to be a whole number >= 0');
  }
  return Object.freeze({ ...(value as R) });
};

/** Returns `value` when it is one of `allowed`, else throws. */
export const checkOneOf = <V>(name: string, value: unknown, allowed: readonly V[]): V =>
  allowed.includes(value as V)
    ? (value as V)
    : fail(name, `must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}`);

/** Throws unless `value` is `undefined` or a plain object. */
export const checkOptionsObject = (value: unknown): void => {
  if (
    value !== undefined &&
    (value === null || typeof value !== 'object' || Array.isArray(value))
  ) {
    fail('options', 'must be an object such as { timeout: 5000 }');
  }
};
