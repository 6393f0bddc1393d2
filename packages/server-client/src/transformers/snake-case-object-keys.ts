import { transformObjectKeys, toSnakeCase } from '../internal/transform-object-keys';

/**
 * Returns a copy of `obj` whose keys are in snake_case (`moCallBackUrl` → `mo_call_back_url`). Leading
 * underscores (as in `_links`) are kept. The input is never mutated.
 *
 * @param obj - The object whose keys to rename.
 * @param deep - Also rename the keys of nested plain objects, including those inside arrays.
 *   Defaults to `false`.
 * @param preserve - `true` keeps every original key beside its renamed copy; a list of key names
 *   leaves those keys, and everything under them, unchanged. Defaults to `false`.
 * @returns A new object with renamed keys.
 * @example
 * ```ts
 * import { snakeCaseObjectKeys } from '@acct/server-client';
 *
 * snakeCaseObjectKeys({ 'moCallBackUrl': 'x' }); // { mo_call_back_url: 'x' }
 * ```
 */
export function snakeCaseObjectKeys<T extends object = Record<string, unknown>>(
  obj: object,
  deep?: boolean,
  preserve?: boolean | readonly string[],
): T {
  return transformObjectKeys(toSnakeCase, obj, deep, preserve) as T;
}
