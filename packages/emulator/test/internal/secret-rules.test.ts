import { describe, expect, it } from '@jest/globals';
import { meetsSecretRules } from '../../src/internal/secret-rules';

describe('meetsSecretRules', () => {
  it.each([
    ['Abcdefg1', true],
    ['example-4PI-secret', true],
    [`Abcdefgh1${'x'.repeat(16)}`, true],
    ['Abcdef1', false],
    [`Abcdefgh1${'x'.repeat(17)}`, false],
    ['abcdefg1', false],
    ['ABCDEFG1', false],
    ['Abcdefgh', false],
    ['Ébcdéfg1', true],
    ['😀😀😀😀😀Ab1', true],
  ])('%s -> %s', (secret, ok) => {
    expect(meetsSecretRules(secret)).toBe(ok);
  });
});
