/**
 * A key name printed in a message: a short identifier as it is, anything else by its length
 * (a key may be user input, even a secret pasted in the wrong place).
 *
 * @param key - An object key.
 * @returns The key, or `[a key of N characters]`.
 */
export const showKey = (key: string): string =>
  /^[A-Za-z_$][\w$-]{0,39}$/.test(key) ? key : `[a key of ${key.length} characters]`;

/**
 * Tells whether a value is a plain object: a `{}` literal or `Object.create(null)`, not an
 * array, a Map or a class instance.
 *
 * @param value - Anything.
 * @returns `true` for a plain object.
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** `null` and `undefined` both mean "not given". */
export const absent = (value: unknown): value is undefined | null =>
  value === undefined || value === null;
