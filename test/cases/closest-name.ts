// The one table of cases for the did-you-mean of an unknown option name. Two implementations are
// held against it: `closestName()` of `@acct/http` (checkOptions, the CLI) and the emulator's own
// copy (the other side of the wire, which must not import the library).

/** One case: what was typed, the known names, and the suggestion (or none). */
export interface ClosestNameCase {
  readonly typed: string;
  readonly known: readonly string[];
  readonly suggestion: string | undefined;
}

const CALLBACKS = ['moCallBackUrl', 'drCallBackUrl'];
const HOSTS = ['restHost', 'apiHost', 'timeout'];

export const CLOSEST_NAME_CASES: readonly ClosestNameCase[] = [
  { typed: 'moCallbackUrl', known: CALLBACKS, suggestion: 'moCallBackUrl' },
  { typed: 'MOCALLBACKURL', known: CALLBACKS, suggestion: 'moCallBackUrl' },
  { typed: 'drCallBackURL', known: CALLBACKS, suggestion: 'drCallBackUrl' },
  { typed: 'resthost', known: HOSTS, suggestion: 'restHost' },
  { typed: 'timout', known: HOSTS, suggestion: 'timeout' },
  { typed: 'apiHst', known: HOSTS, suggestion: 'apiHost' },
  { typed: 'Canary9Zebra7Secret', known: HOSTS, suggestion: undefined },
  { typed: 'x', known: HOSTS, suggestion: undefined },
  { typed: '', known: HOSTS, suggestion: undefined },
  { typed: 'timeout', known: [], suggestion: undefined },
  { typed: `timeout${'x'.repeat(58)}`, known: HOSTS, suggestion: undefined },
  { typed: 'x'.repeat(1024 * 1024), known: HOSTS, suggestion: undefined },
];
