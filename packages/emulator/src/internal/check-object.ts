import { EmulatorOptionError } from '../emulator-option-error';
import { describeValue } from './describe-value';

/** A key printed in a message: a short identifier as it is, anything else by its length. */
export function showKey(key: string): string {
  return /^[A-Za-z_$][\w$-]{0,39}$/.test(key) ? `"${key}"` : `a key of ${key.length} characters`;
}

/** Levenshtein distance, for the did-you-mean of an unknown option. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The allowed name closest to `key`, when close enough to be a typo (held against test/cases/closest-name.ts). */
export function closest(key: string, allowed: readonly string[]): string | undefined {
  if (key.length > 64) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const name of allowed) {
    const d = distance(key.toLowerCase(), name.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  return bestDistance <= Math.max(2, Math.floor(key.length / 4)) ? best : undefined;
}

/** Whether `value` is a plain object: an `{}` literal or `Object.create(null)`. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Checks that `value` is a plain object whose own keys are all in `allowed` (an unknown key is
 * refused with a did-you-mean), and returns it. `example` is what the message suggests passing.
 */
export function checkObject(
  value: unknown,
  option: string,
  allowed: readonly string[],
  example: string,
): Record<string, unknown> {
  if (!isPlainObject(value)) {
    throw new EmulatorOptionError(
      option,
      `must be a plain object such as ${example}, got ${describeValue(value)}`,
    );
  }
  for (const key of Reflect.ownKeys(value)) {
    if (typeof key === 'string' && allowed.includes(key)) continue;
    const shown = typeof key === 'symbol' ? 'a symbol key' : showKey(key);
    const suggestion = typeof key === 'string' ? closest(key, allowed) : undefined;
    const hint = suggestion
      ? `did you mean "${suggestion}"?`
      : `use ${allowed.map((k) => `"${k}"`).join(', ')}`;
    throw new EmulatorOptionError(option, `has an unknown option ${shown}: ${hint}`);
  }
  return value;
}
