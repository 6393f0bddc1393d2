import { describe, expect, it } from '@jest/globals';
import { validateSecret } from '@acct/server-sdk';
import { SECRET_RULE_CASES } from '../../../../test/cases/secret-rules';
import { GENERATED_SECRET_LENGTH, generateSecret } from '../../src/internal/generate-secret';

describe('generateSecret', () => {
  it('makes 25-character letters-and-digits secrets that the library rule accepts, all different', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i += 1) {
      const secret = generateSecret();
      expect(secret).toMatch(/^[A-Za-z0-9]{25}$/);
      expect(validateSecret(secret)).toEqual([]);
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
    expect(secret).toBe('6dkryFMT07elszGNU18fmtAHO');
    expect(validateSecret(secret)).toEqual([]);
  });

  it('draws again when the library rule refuses: a draw of digits only is never returned', () => {
    // 25 draws of index 52 ('0'), then 25 of a fixed valid pattern
    let calls = 0;
    const pattern = [0, 26, 52]; // 'a', 'A', '0'
    const pick = (): number => {
      calls += 1;
      return calls <= 25 ? 52 : pattern[calls % 3]!;
    };
    expect(generateSecret(pick)).toBe('0aA0aA0aA0aA0aA0aA0aA0aA0');
    expect(calls).toBe(50);
  });
});

describe('the secret rule the generator relies on', () => {
  // the generator has no rule of its own: it is held to the one table of cases through validateSecret
  it.each(SECRET_RULE_CASES.filter((c) => /^[\x21-\x7e]*$/.test(c.secret)))(
    '$why',
    ({ secret, valid }) => {
      expect(validateSecret(secret).length === 0).toBe(valid);
    },
  );
});
