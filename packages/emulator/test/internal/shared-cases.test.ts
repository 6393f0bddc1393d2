// The emulator's side of two rules @acct/http keeps too (see test/cases/): the emulator must not
// import the library, so its own copies are held against the same tables.
import { describe, expect, it } from '@jest/globals';
import { CLOSEST_NAME_CASES } from '../../../../test/cases/closest-name';
import { DESCRIBE_VALUE_CASES } from '../../../../test/cases/describe-value';
import { closest } from '../../src/internal/check-object';
import { describeValue } from '../../src/internal/describe-value';

describe('the shared tables of cases', () => {
  it.each(DESCRIBE_VALUE_CASES.map((c) => [c.text, c] as const))('describeValue: %s', (_t, c) => {
    expect(describeValue(c.value())).toBe(c.text);
  });

  it.each(CLOSEST_NAME_CASES.map((c) => [c.typed.slice(0, 30), c] as const))(
    'closest: %s',
    (_t, c) => {
      expect(closest(c.typed, c.known)).toBe(c.suggestion);
    },
  );
});
