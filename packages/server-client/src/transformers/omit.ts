/**
 * Returns a shallow copy of `obj` without the given keys. The input is never mutated.
 *
 * @param keys - The keys to leave out.
 * @param obj - The source object.
 * @returns A new object holding every other own enumerable key of `obj`.
 * @example
 * ```ts
 * import { omit } from '@acct/server-client';
 *
 * omit(['apiSecret'], { apiKey: 'abcd1234', apiSecret: 'x' }); // { apiKey: 'abcd1234' }
 * ```
 */
export function omit<T extends object, K extends keyof T | string>(
  keys: readonly K[],
  obj: T,
): Omit<T, K> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(obj)) {
    if (!(keys as readonly unknown[]).includes(key)) out[key] = value;
  }
  return out as Omit<T, K>;
}
