import { describeValue } from '@acct/http';
import { invalid } from '../internal/invalid';

/** What a string parameter must look like. */
export interface TextRule {
  /** The parameter's name as the caller sees it. */
  name: string;
  /** What to pass instead, such as `the API key, such as 'abcd1234'`. */
  pass: string;
  /** Most UTF-16 units (the allowed characters are all ASCII, so also code points). */
  maxLength: number;
  /** Matches the first character that is NOT allowed. */
  refused: RegExp;
  /** The allowed characters, in words. */
  characters: string;
  /** Also refuse `.` and `..`, which URL parsing resolves into another path even encoded. */
  pathSegment?: boolean;
}

/** The reason `value` breaks `rule`, or `undefined` when it is fine. Never shows the value. */
function problem(value: unknown, rule: TextRule): string | undefined {
  if (typeof value !== 'string') return `must be a string, got ${describeValue(value)}`;
  if (value === '') return 'must not be empty';
  if (value.length > rule.maxLength) {
    return `must be at most ${rule.maxLength} characters, got ${value.length}`;
  }
  const bad = rule.refused.exec(value);
  if (bad) {
    return `must contain only ${rule.characters} (character ${bad.index + 1} is not one)`;
  }
  if (rule.pathSegment && (value === '.' || value === '..')) {
    return "must not be '.' or '..', which would change the path";
  }
  return undefined;
}

/**
 * Returns `value` when it is a string that follows `rule`; throws a `ValidationError` naming the
 * parameter, the broken rule and what to pass otherwise.
 */
export function assertText(value: unknown, rule: TextRule): string {
  const reason = problem(value, rule);
  if (reason === undefined) return value as string;
  throw invalid(`${rule.name} is invalid`, [
    { name: rule.name, reason: `${reason}: pass ${rule.pass}` },
  ]);
}
