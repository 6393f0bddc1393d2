/**
 * Describes a value by its type and size, never by its content, for error messages about input
 * that might be a secret: `a string of 12 characters`, `an instance of Map`, `null`, `an array of 3 items`.
 *
 * @param value - Anything a caller passed.
 * @returns A short description that is safe to print.
 * @example
 * ```ts
 * import { describeValue } from '@acct/http';
 *
 * describeValue('hunter2'); // 'a string of 7 characters'
 * describeValue(new Map()); // 'an instance of Map'
 * describeValue(undefined); // 'undefined'
 * ```
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') {
    if (value === '') return 'an empty string';
    return `a string of ${value.length} character${value.length === 1 ? '' : 's'}`;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? 'a number' : String(value);
  if (typeof value === 'bigint') return 'a bigint';
  if (typeof value === 'boolean') return 'a boolean';
  if (typeof value === 'symbol') return 'a symbol';
  if (typeof value === 'function') return 'a function';
  if (Array.isArray(value)) return `an array of ${value.length} items`;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === null || proto === Object.prototype) return 'an object';
  const name = (proto as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === 'string' && /^[A-Za-z_$][\w$]{0,40}$/.test(name)
    ? `an instance of ${name}`
    : 'an object';
}
