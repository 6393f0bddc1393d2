import { closestName } from './closest-name';
import { describeValue } from './describe-value';
import { ValidationError } from './errors';

/** A key name printed in a message: short names as they are, anything else by its length. */
const showKey = (key: string): string =>
  /^[A-Za-z_$][\w$-]{0,39}$/.test(key) ? `"${key}"` : `a key of ${key.length} characters`;

/**
 * Checks that an options argument is a plain object (`{}` literal or `Object.create(null)`)
 * whose own keys are all known, before anything is sent. An unknown key is refused with a
 * did-you-mean when a known name is close (`moCallbackUrl` → `moCallBackUrl`). Messages name
 * the parameter and the key, never a value.
 *
 * @param value - What the caller passed.
 * @param name - The parameter's name as the caller sees it, prefixed by the package, for
 *   example `[@acct/accounts] callbacks`.
 * @param allowed - Every accepted key.
 * @returns `value`, typed as a record of the allowed keys.
 * @throws `ValidationError` (code `ACCT_VALIDATION`) when `value` is not a plain object or
 *   has a key outside `allowed`.
 * @example
 * ```ts
 * import { checkOptions } from '@acct/http';
 *
 * const callbacks = checkOptions({ moCallBackUrl: 'https://example.com/mo' }, '[@acct/accounts] callbacks', [
 *   'moCallBackUrl',
 *   'drCallBackUrl',
 * ]);
 * console.log(callbacks.moCallBackUrl);
 * ```
 */
export function checkOptions<K extends string>(
  value: unknown,
  name: string,
  allowed: readonly K[],
): Partial<Record<K, unknown>> {
  const [prefix, param] = splitName(name);
  const proto: unknown =
    value !== null && typeof value === 'object' ? Object.getPrototypeOf(value) : undefined;
  if (proto !== Object.prototype && proto !== null) {
    throw new ValidationError(
      `${prefix}${param} must be a plain object such as { ${allowed[0] ?? ''}: ... }, got ${describeValue(value)}`,
      [{ name: param, reason: `must be a plain object, got ${describeValue(value)}` }],
    );
  }
  for (const key of Reflect.ownKeys(value as object)) {
    if (typeof key === 'string' && (allowed as readonly string[]).includes(key)) continue;
    const suggestion = typeof key === 'string' ? closestName(key, allowed) : undefined;
    // a key is named only when it is a likely typo of a known one: any other key might be a
    // value passed by mistake (a secret), so it is described by its length
    const shown =
      typeof key === 'symbol'
        ? 'a symbol key'
        : suggestion
          ? showKey(key)
          : `a key of ${key.length} characters`;
    const hint = suggestion
      ? `did you mean "${suggestion}"?`
      : `use ${allowed.map((k) => `"${k}"`).join(', ')}`;
    throw new ValidationError(`${prefix}${param} has an unknown option ${shown}: ${hint}`, [
      { name: param, reason: `unknown option ${shown}: ${hint}` },
    ]);
  }
  return value as Partial<Record<K, unknown>>;
}

/** `[@acct/x] callbacks` → [`[@acct/x] `, `callbacks`]. */
function splitName(name: string): [string, string] {
  const match = /^(\[[^\]]+\] )(.*)$/.exec(name);
  return match ? [match[1]!, match[2]!] : ['', name];
}
