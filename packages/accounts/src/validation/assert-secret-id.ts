import { assertText } from './assert-text';
import { SECRET_ID_MAX_LENGTH } from './bounds';

/**
 * Checks a secret `id` (a path segment): 1 to 64 visible ASCII characters (U+0021 to U+007E), not
 * `.` or `..`. Throws a `ValidationError` otherwise.
 */
export const assertSecretId = (id: unknown): string =>
  assertText(id, {
    name: 'id',
    pass: "the secret's id from listSecrets(), such as 'ad6dc56f-07b5-46e1-a527-85530e625800'",
    maxLength: SECRET_ID_MAX_LENGTH,
    refused: /[^\x21-\x7e]/,
    characters: 'visible ASCII characters (no space, control or non-ASCII character)',
    pathSegment: true,
  });
