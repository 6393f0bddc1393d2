/**
 * Names the type of a value for an error message, never the value itself.
 *
 * @param value - Anything.
 * @returns `'null'`, `'array'`, `'empty string'`, or the `typeof` name.
 */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value === '') return 'empty string';
  return typeof value;
}

/**
 * Tells whether a value is a plain object (not null, not an array).
 *
 * @param value - Anything.
 * @returns `true` for a non-null, non-array object.
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
