import { describe, expect, it } from '@jest/globals';
import { codePointLength, textProblem } from '../../src/internal/check-text';
import {
  API_KEY_RULE,
  APPLICATION_ID_RULE,
  SECRET_RULE,
} from '../../src/internal/credential-rules';

describe('textProblem', () => {
  it.each([
    ['abcd1234', undefined],
    ['a'.repeat(64), undefined],
    ['!~#$%&*+-./;<=>?@[]^_`{|}', undefined],
    ['', 'an empty string'],
    ['a'.repeat(65), 'a string of 65 characters'],
    ['acct-demo:secret', 'a string of 16 characters with ":" at position 10'],
    ['ab cd', 'a string of 5 characters with a space at position 3'],
    ['abcd\n', 'a string of 5 characters with a control character at position 5'],
    ['\u0000abc', 'a string of 4 characters with a control character at position 1'],
    ['ab\u007f', 'a string of 3 characters with a control character at position 3'],
    ['clé', 'a string of 3 characters with a non-ASCII character at position 3'],
    ['k\ud800', 'a string of 2 characters with a non-ASCII character at position 2'],
  ])('API key rule: %j -> %p', (text, expected) => {
    expect(textProblem(text, API_KEY_RULE)).toBe(expected);
  });

  it.each([
    ['Abcdef123456', undefined],
    ['sécret with spaces', undefined],
    ['😀'.repeat(256), undefined],
    ['😀'.repeat(257), 'a string of 257 characters'],
    ['a'.repeat(1024 * 1024), 'a string of 1048576 characters'],
    ['acct-demo:secret', undefined],
    ['Abcd1234\r\n', 'a string of 10 characters with a control character at position 9'],
    ['a\u0085b', 'a string of 3 characters with a control character at position 2'],
    ['😀x\ud800', 'a string of 3 characters with a lone surrogate at position 3'],
    ['\udc00😀', 'a string of 2 characters with a lone surrogate at position 1'],
  ])('secret rule: %j -> %p', (text, expected) => {
    expect(textProblem(text, SECRET_RULE)).toBe(expected);
  });

  it('application id rule: a UUID passes, 65 characters do not', () => {
    expect(
      textProblem('aaaaaaaa-bbbb-cccc-dddd-0123456789ab', APPLICATION_ID_RULE),
    ).toBeUndefined();
    expect(textProblem('a'.repeat(65), APPLICATION_ID_RULE)).toBe('a string of 65 characters');
  });

  it('counts code points, a lone surrogate as one', () => {
    expect(codePointLength('😀a\ud800')).toBe(3);
    expect(codePointLength('')).toBe(0);
  });
});
