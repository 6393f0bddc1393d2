/** Levenshtein distance between two short names. */
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

/**
 * The did-you-mean of every acct package: the known name closest to `typed` (case-insensitive
 * edit distance), when it is close enough to be a typo (at most 2 edits, or a quarter of the
 * length for long names). Print the suggestion, never `typed` itself: it may be a secret given
 * in the wrong place. A `typed` over 64 characters is no typo of a name and is not compared
 * (the comparison costs time in proportion to the product of the lengths). Anything else than
 * a string and an array of strings gets no suggestion, never an exception.
 *
 * @param typed - What the user wrote (an option key, a flag, a command).
 * @param known - The names that exist.
 * @returns The closest known name, or `undefined` when none is close.
 * @example
 * ```ts
 * import { closestName } from '@acct/http';
 *
 * closestName('moCallbackUrl', ['moCallBackUrl', 'drCallBackUrl']); // 'moCallBackUrl'
 * closestName('--api-secrt', ['--api-key', '--api-secret']); // '--api-secret'
 * closestName('Zebra7Secret', ['--timeout']); // undefined
 * ```
 */
export function closestName(typed: string, known: readonly string[]): string | undefined {
  // it only ever helps a message: anything but a short string and a list gets no suggestion
  if (typeof typed !== 'string' || typed.length > 64 || !Array.isArray(known)) return undefined;
  const lower = typed.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const name of known) {
    if (typeof name !== 'string') continue;
    const d = distance(lower, name.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  return bestDistance <= Math.max(2, Math.floor(typed.length / 4)) ? best : undefined;
}
