import { describeValue } from '@acct/http';
import { invalidParam } from './invalid-param';
import { isPlainObject, showKey } from './show-key';

/** Claims nested deeper than this are refused (an `acl` is 4 levels deep). */
export const MAX_CLAIM_DEPTH = 32;

const JSON_VALUE = 'a JSON value (string, finite number, boolean, null, array or plain object)';

/**
 * Copies a claim value, checking on the way that JSON can hold it exactly: no BigInt,
 * function, symbol, non-finite number, `undefined` array item, cycle, class instance (Map,
 * Date, Buffer...) or nesting deeper than {@link MAX_CLAIM_DEPTH}. `undefined` object members
 * are left out, as JSON does.
 *
 * @param value - The claim value.
 * @param name - Its name for messages, such as `jwtOptions.claims.tenant`.
 * @param ancestors - The objects being copied around this one (cycle detection).
 * @returns A deep copy made of plain data only.
 * @throws `ValidationError` naming the claim (and the path inside it) and what was received.
 */
export function copyJson(value: unknown, name: string, ancestors: object[] = []): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
    throw invalidParam(name, JSON_VALUE, describeValue(value));
  }
  if (typeof value !== 'object') throw invalidParam(name, JSON_VALUE, describeValue(value));
  if (ancestors.includes(value)) throw invalidParam(name, JSON_VALUE, 'a cycle');
  if (ancestors.length >= MAX_CLAIM_DEPTH) {
    throw invalidParam(name, `${JSON_VALUE} at most ${MAX_CLAIM_DEPTH} levels deep`, 'deeper');
  }
  const inside = [...ancestors, value];
  if (Array.isArray(value)) {
    return value.map((item: unknown, i) => {
      if (item === undefined) throw invalidParam(`${name}[${i}]`, JSON_VALUE, 'undefined');
      return copyJson(item, `${name}[${i}]`, inside);
    });
  }
  if (!isPlainObject(value)) throw invalidParam(name, JSON_VALUE, describeValue(value));
  const entries: Array<[string, unknown]> = [];
  for (const key of Object.keys(value)) {
    const member = value[key];
    if (member !== undefined)
      entries.push([key, copyJson(member, `${name}.${showKey(key)}`, inside)]);
  }
  // fromEntries defines own properties: a "__proto__" key stays a claim
  return Object.fromEntries(entries);
}
