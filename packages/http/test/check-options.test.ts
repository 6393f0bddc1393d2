import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { checkOptions, describeValue, ValidationError } from '@acct/http';

const NAME = '[@acct/accounts] callbacks';
const KEYS = ['moCallBackUrl', 'drCallBackUrl'] as const;

describe('checkOptions', () => {
  it('returns a plain object whose keys are all known', () => {
    const value = { moCallBackUrl: 'https://example.com/mo' };
    expect(checkOptions(value, NAME, KEYS)).toBe(value);
    const bare = Object.create(null) as Record<string, unknown>;
    bare.drCallBackUrl = '';
    expect(checkOptions(bare, NAME, KEYS)).toBe(bare);
  });

  it('refuses a Map, an array, null and a class instance, naming the parameter and the type', () => {
    for (const [value, got] of [
      [new Map([['moCallBackUrl', 'x']]), 'an instance of Map'],
      [['moCallBackUrl'], 'an array of 1 items'],
      [null, 'null'],
      ['hunter2-secret', 'a string of 14 characters'],
      [new URL('https://example.com'), 'an instance of URL'],
    ] as const) {
      let caught: unknown;
      try {
        checkOptions(value, NAME, KEYS);
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(ValidationError);
      const err = caught as ValidationError;
      expect(err.message).toBe(
        `[@acct/accounts] callbacks must be a plain object such as { moCallBackUrl: ... }, got ${got}`,
      );
      expect(err.invalidParameters).toEqual([
        { name: 'callbacks', reason: `must be a plain object, got ${got}` },
      ]);
    }
  });

  it('suggests the known name for a typo', () => {
    expect(() => checkOptions({ moCallbackUrl: 'x' }, NAME, KEYS)).toThrow(
      new ValidationError(
        '[@acct/accounts] callbacks has an unknown option "moCallbackUrl": did you mean "moCallBackUrl"?',
      ),
    );
  });

  it('lists the known names when nothing is close, and never prints a long or odd key', () => {
    expect(() => checkOptions({ 'Abc\r\nsecret 123': 1 }, NAME, KEYS)).toThrow(
      '[@acct/accounts] callbacks has an unknown option a key of 15 characters: use "moCallBackUrl", "drCallBackUrl"',
    );
    expect(() => checkOptions({ Canary7Secret: 1 }, NAME, KEYS)).toThrow(
      '[@acct/accounts] callbacks has an unknown option a key of 13 characters: use "moCallBackUrl", "drCallBackUrl"',
    );
    expect(() => checkOptions({ [Symbol('s')]: 1 }, NAME, KEYS)).toThrow(
      '[@acct/accounts] callbacks has an unknown option a symbol key: use "moCallBackUrl", "drCallBackUrl"',
    );
  });

  it('makes no suggestion for a key longer than 64 characters (a 1 MB key is refused at once)', () => {
    expect(() => checkOptions({ [`moCallBackUrl${'x'.repeat(52)}`]: 1 }, NAME, KEYS)).toThrow(
      '[@acct/accounts] callbacks has an unknown option a key of 65 characters: use "moCallBackUrl", "drCallBackUrl"',
    );
    expect(() => checkOptions({ [`mo${'x'.repeat(1024 * 1024)}`]: 1 }, NAME, KEYS)).toThrow(
      '[@acct/accounts] callbacks has an unknown option a key of 1048578 characters: use "moCallBackUrl", "drCallBackUrl"',
    );
  });

  it('never puts a value or an unprintable key into the message (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 12 }), (key, secret) => {
        fc.pre(!(KEYS as readonly string[]).includes(key));
        fc.pre(!/^[A-Za-z_$][\w$-]{0,39}$/.test(secret));
        try {
          checkOptions({ [key]: secret, [secret]: 1 }, NAME, KEYS);
        } catch (err) {
          expect(err).toBeInstanceOf(ValidationError);
          expect((err as Error).message).not.toContain(secret);
          return;
        }
        throw new Error('an unknown key was accepted');
      }),
    );
  });
});

describe('describeValue', () => {
  it('names the type and size only', () => {
    expect(describeValue('')).toBe('an empty string');
    expect(describeValue('abc')).toBe('a string of 3 characters');
    expect(describeValue(1)).toBe('a number');
    expect(describeValue(Number.NaN)).toBe('NaN');
    expect(describeValue(1n)).toBe('a bigint');
    expect(describeValue(true)).toBe('a boolean');
    expect(describeValue(Symbol('x'))).toBe('a symbol');
    expect(describeValue(() => 1)).toBe('a function');
    expect(describeValue([1, 2])).toBe('an array of 2 items');
    expect(describeValue({})).toBe('an object');
    expect(describeValue(Object.create(null))).toBe('an object');
    expect(describeValue(new Map())).toBe('an instance of Map');
    expect(describeValue(new AbortController())).toBe('an instance of AbortController');
  });
});
