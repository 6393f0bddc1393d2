/** Levenshtein distance, for the did-you-mean of a mistyped flag or command. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The known name closest to `typed`, when it is close enough to be a typo (the suggestion is
 * printed, never `typed` itself). Long inputs are not compared: no name is 40 characters long.
 */
export function closest(typed: string, known: readonly string[]): string | undefined {
  if (typed.length > 40) return undefined;
  const lower = typed.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const name of known) {
    const d = distance(lower, name.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  return bestDistance <= Math.max(2, Math.floor(typed.length / 4)) ? best : undefined;
}

/**
 * An unknown option's name as it may be printed: only a plain lower-case name made of
 * letters and hyphens (`--api-secrt`, `-x`), which no API secret is (a secret holds an upper
 * case letter and a digit). Anything else is described by its position only.
 */
export function showOptionName(name: string): string | undefined {
  return /^(--[a-z]+(-[a-z]+)*|-[a-zA-Z])$/.test(name) && name.length <= 40 ? name : undefined;
}
