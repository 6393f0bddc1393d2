import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { closestName } from '@acct/http';

describe('closestName', () => {
  it('suggests the known name a typo is close to, case-insensitively', () => {
    expect(closestName('moCallbackUrl', ['moCallBackUrl', 'drCallBackUrl'])).toBe('moCallBackUrl');
    expect(closestName('--api-secrt', ['--api-key', '--api-secret'])).toBe('--api-secret');
    expect(closestName('TIMEOUT', ['timeout', 'deadline'])).toBe('timeout');
    expect(closestName('retires', ['retries'])).toBe('retries');
  });

  it('suggests nothing when no name is close, or for an input over 64 characters', () => {
    expect(closestName('Zebra7Secret', ['--timeout'])).toBeUndefined();
    expect(closestName('abc', [])).toBeUndefined();
    expect(closestName(`timeout${'x'.repeat(58)}`, ['timeout'])).toBeUndefined();
    expect(closestName('x'.repeat(1024 * 1024), ['timeout'])).toBeUndefined();
  });

  it('answers undefined, never throws, for values that are not a string and a list', () => {
    expect(closestName(42 as unknown as string, ['timeout'])).toBeUndefined();
    expect(closestName(null as unknown as string, ['timeout'])).toBeUndefined();
    expect(closestName('timeout', 'timeout' as unknown as string[])).toBeUndefined();
    expect(closestName('timeot', [1, 'timeout'] as unknown as string[])).toBe('timeout');
  });

  it('only ever answers with a known name (property)', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.array(fc.string({ maxLength: 20 }), { maxLength: 6 }),
        (typed, known) => {
          const found = closestName(typed, known);
          expect(found === undefined || known.includes(found)).toBe(true);
        },
      ),
    );
  });
});
