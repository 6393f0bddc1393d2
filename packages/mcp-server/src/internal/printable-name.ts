/**
 * Whether a name (of an option or an argument) may be printed in a message: a short identifier
 * of letters, `_` and `-` only. Every secret holds a digit (the secret rules), so a name without
 * one can neither be a secret pasted in the wrong place nor contain one.
 *
 * @param name - The name, without leading dashes.
 * @returns `true` when it is safe to print.
 */
export function isPrintableName(name: string): boolean {
  return /^[A-Za-z_][A-Za-z_-]{0,39}$/.test(name);
}
