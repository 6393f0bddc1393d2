import { describeValue } from '@acct/server-sdk';

/**
 * The bounds acct-mcp enforces on what the operator and the agent pass, each a function that
 * returns why a value is refused (a reason that never repeats the value) or `undefined`.
 * Listed in the README's "Errors" section.
 */

/** Longest `trx` and `secret_id`: a transaction reference or id is tens of characters. */
export const MAX_REFERENCE_LENGTH = 200;
/** Longest callback URL. */
export const MAX_URL_LENGTH = 2048;
/** Largest `min_eur`. */
export const MAX_MIN_EUR = 1_000_000;
/** Longest `--secret-out` path. */
export const MAX_PATH_LENGTH = 4096;

/** Visible ASCII only: no space, no control character, nothing outside ASCII. */
const VISIBLE_ASCII = /^[\x21-\x7e]+$/;
/** Any C0/C1 control character or DEL. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

const typeOf = describeValue;

/**
 * A transaction reference (`trx` argument, `--trx`): 1 to 200 visible ASCII characters.
 *
 * @param value - The candidate.
 * @returns Why it is refused, or `undefined`.
 */
export function trxProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return `must be a string, got ${typeOf(value)}`;
  if (value.length === 0 || value.length > MAX_REFERENCE_LENGTH || !VISIBLE_ASCII.test(value)) {
    return (
      `must be 1 to ${MAX_REFERENCE_LENGTH} visible ASCII characters (no spaces or control ` +
      `characters), got ${value.length} characters`
    );
  }
  return undefined;
}

/**
 * A secret id (`secret_id`): 1 to 200 visible ASCII characters, not `.` or `..`.
 *
 * @param value - The candidate.
 * @returns Why it is refused, or `undefined`.
 */
export function secretIdProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return `must be a string, got ${typeOf(value)}`;
  if (
    value.length === 0 ||
    value.length > MAX_REFERENCE_LENGTH ||
    !VISIBLE_ASCII.test(value) ||
    value === '.' ||
    value === '..'
  ) {
    return (
      `must be an id as list_secrets shows it: 1 to ${MAX_REFERENCE_LENGTH} visible ASCII ` +
      `characters, got ${value.length} characters`
    );
  }
  return undefined;
}

/**
 * A callback URL: `""` (unset), or an absolute http(s) URL of at most 2048 characters, with no
 * whitespace or control character, written as the URL parser writes it back (so nothing is
 * silently dropped or changed; a missing `/` after the host is the one difference allowed).
 *
 * @param value - The candidate.
 * @returns Why it is refused, or `undefined`.
 */
export function callbackUrlProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return `must be a string, got ${typeOf(value)}`;
  if (value === '') return undefined;
  const reason =
    `must be an absolute http:// or https:// URL of at most ${MAX_URL_LENGTH} characters ` +
    'with no spaces or control characters, written in canonical form ' +
    `(as new URL(value).href gives it), or "" to unset it; got ${value.length} characters`;
  if (value.length > MAX_URL_LENGTH || !VISIBLE_ASCII.test(value)) return reason;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return reason;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return reason;
  return url.href === value || url.href === `${value}/` ? undefined : reason;
}

/**
 * A balance threshold (`min_eur`): a finite number from 0 to 1000000.
 *
 * @param value - The candidate.
 * @returns Why it is refused, or `undefined`.
 */
export function minEurProblem(value: unknown): string | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > MAX_MIN_EUR) {
    return `must be a number of EUR from 0 to ${MAX_MIN_EUR}, got ${typeof value === 'number' ? String(value) : typeOf(value)}`;
  }
  return undefined;
}

/**
 * The secret file path (`--secret-out`, `secretOut`): 1 to 4096 characters, no control
 * character.
 *
 * @param value - The candidate.
 * @returns Why it is refused, or `undefined`.
 */
export function pathProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return `must be a string, got ${typeOf(value)}`;
  if (value.trim() === '' || value.length > MAX_PATH_LENGTH || CONTROL.test(value)) {
    return `must be a file path of 1 to ${MAX_PATH_LENGTH} characters without control characters`;
  }
  return undefined;
}
