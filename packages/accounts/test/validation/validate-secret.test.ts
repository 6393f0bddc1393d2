import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { parse } from 'yaml';
import { SECRET_RULES, validateSecret } from '@acct/accounts';
import { SECRET_RULE_CASES } from '../../../../test/cases/secret-rules';

const SPEC = new URL('../../../emulator/spec/account.yml', import.meta.url);

const CHARACTERS =
  'must contain only visible ASCII characters (U+0021 to U+007E): no space, control ' +
  'character or non-ASCII character';

describe('validateSecret', () => {
  it.each(SECRET_RULE_CASES)('$why', ({ secret, valid }) => {
    const problems = validateSecret(secret);
    expect(problems.length === 0).toBe(valid);
    for (const p of problems) {
      expect(p.name).toBe('secret');
      if (secret.length > 0) expect(p.reason).not.toContain(secret);
    }
  });

  it('agrees with the secret rules of the spec (createSecretRequest.secret)', () => {
    const spec = parse(readFileSync(SPEC, 'utf8')) as {
      components: {
        schemas: { createSecretRequest: { properties: { secret: { description: string } } } };
      };
    };
    const text = spec.components.schemas.createSecretRequest.properties.secret.description;
    const min = Number(/minimum (\d+) characters/.exec(text)?.[1]);
    const max = Number(/maximum (\d+) characters/.exec(text)?.[1]);
    expect({ minLength: min, maxLength: max }).toEqual({ ...SECRET_RULES });
    expect(SECRET_RULES).toEqual({ minLength: 8, maxLength: 25 });
    expect(text).toContain('minimum 1 lower case character');
    expect(text).toContain('minimum 1 upper case character');
    expect(text).toContain('minimum 1 digit');
    expect(Object.isFrozen(SECRET_RULES)).toBe(true);
  });

  it('names every broken rule, once each', () => {
    expect(validateSecret('é')).toEqual([
      { name: 'secret', reason: 'must be 8 to 25 characters long' },
      { name: 'secret', reason: CHARACTERS },
      { name: 'secret', reason: 'must contain at least one lower case letter (a-z)' },
      { name: 'secret', reason: 'must contain at least one upper case letter (A-Z)' },
      { name: 'secret', reason: 'must contain at least one digit (0-9)' },
    ]);
    expect(validateSecret(undefined)).toEqual([
      { name: 'secret', reason: 'must be a string, got undefined' },
    ]);
    expect(validateSecret(new Map())).toEqual([
      { name: 'secret', reason: 'must be a string, got an instance of Map' },
    ]);
  });

  it('counts code points: 25 astral characters are 25, not 50', () => {
    const problems = validateSecret('😀'.repeat(25));
    expect(problems.map((p) => p.reason)).not.toContain('must be 8 to 25 characters long');
    expect(validateSecret('😀'.repeat(26)).map((p) => p.reason)).toContain(
      'must be 8 to 25 characters long',
    );
  });

  it('accepts exactly the strings that follow the reading of the rules (property)', () => {
    const reading = (s: string): boolean => {
      const n = [...s].length;
      return (
        n >= 8 &&
        n <= 25 &&
        /^[\x21-\x7e]*$/.test(s) &&
        /[a-z]/.test(s) &&
        /[A-Z]/.test(s) &&
        /[0-9]/.test(s)
      );
    };
    const visible = fc.string({
      unit: fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)),
      minLength: 5,
      maxLength: 30,
    });
    fc.assert(
      fc.property(fc.oneof(visible, fc.string({ unit: 'binary', maxLength: 30 })), (s) => {
        const problems = validateSecret(s);
        expect(problems.length === 0).toBe(reading(s));
        if (s.length >= 8) for (const p of problems) expect(p.reason).not.toContain(s);
      }),
      { numRuns: 500 },
    );
  });
});
