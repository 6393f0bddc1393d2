/**
 * An unknown option's name as it may be printed: only a plain lower-case name made of
 * letters and hyphens (`--api-secrt`, `-x`), which no API secret is (a secret holds an upper
 * case letter and a digit). Anything else is described by its position only.
 */
export function showOptionName(name: string): string | undefined {
  return /^(--[a-z]+(-[a-z]+)*|-[a-zA-Z])$/.test(name) && name.length <= 40 ? name : undefined;
}
