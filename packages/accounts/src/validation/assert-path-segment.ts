import { invalid } from '../internal/invalid';

/**
 * Throws a `ValidationError` unless `value` is a usable path segment: a non-blank string other
 * than `.` or `..` (which URL parsing would resolve into another path even when encoded).
 */
export const assertPathSegment = (name: string, value: unknown, example: string): string => {
  if (typeof value !== 'string' || value.trim() === '') {
    throw invalid(`${name} is required`, [
      { name, reason: `must be a non-empty string, such as '${example}'` },
    ]);
  }
  if (value === '.' || value === '..') {
    throw invalid(`${name} is invalid`, [{ name, reason: "must not be '.' or '..'" }]);
  }
  return value;
};
