import { describe, expect, it } from '@jest/globals';
import {
  GENERATED_SECRET_LENGTH,
  generateSecret,
  meetsSecretRules,
} from '../../src/internal/generate-secret';

describe('generateSecret', () => {
  it('makes 25-character secrets meeting the rules, all different', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i += 1) {
      const secret = generateSecret();
      expect(secret).toMatch(/^[A-Za-z0-9]{25}$/);
      expect(meetsSecretRules(secret)).toBe(true);
      seen.add(secret);
    }
    expect(seen.size).toBe(200);
    expect(GENERATED_SECRET_LENGTH).toBe(25);
  });

  it('draws again when a draw misses a character class', () => {
    // first draw: 25 times index 0 ('a', no upper case, no digit); then a cycle over the alphabet
    let calls = 0;
    const pick = (max: number): number => {
      calls += 1;
      return calls <= 25 ? 0 : (calls * 7) % max;
    };
    const secret = generateSecret(pick);
    expect(calls).toBe(50);
    expect(meetsSecretRules(secret)).toBe(true);
  });
});

describe('meetsSecretRules', () => {
  it.each([
    ['Abcdefg1', true],
    ['Abcdef1', false],
    ['Abcdefghijklmnopqrstuvwxy1', false],
    ['abcdefg1', false],
    ['ABCDEFG1', false],
    ['Abcdefgh', false],
  ])('%s → %s', (secret, ok) => {
    expect(meetsSecretRules(secret)).toBe(ok);
  });
});
