import { assertText } from './assert-text';
import { API_KEY_MAX_LENGTH } from './bounds';

/**
 * Checks the `apiKey` argument of a `Secrets` method (a path segment): 1 to 64 characters of
 * `A-Z a-z 0-9 . _ -`, not `.` or `..`. Throws a `ValidationError` otherwise.
 */
export const assertApiKey = (apiKey: unknown): string =>
  assertText(apiKey, {
    name: 'apiKey',
    pass: "the API key whose secrets to manage, such as 'abcd1234'",
    maxLength: API_KEY_MAX_LENGTH,
    refused: /[^A-Za-z0-9._-]/,
    characters: "letters, digits, '.', '_' and '-'",
    pathSegment: true,
  });
