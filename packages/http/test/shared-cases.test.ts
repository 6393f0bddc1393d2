// @acct/http's side of two rules the emulator keeps its own copy of (see test/cases/).
import { describe, expect, it } from '@jest/globals';
import { closestName, describeValue } from '@acct/http';
import { CLOSEST_NAME_CASES } from '../../../test/cases/closest-name';
import { DESCRIBE_VALUE_CASES } from '../../../test/cases/describe-value';

describe('the shared tables of cases', () => {
  it.each(DESCRIBE_VALUE_CASES.map((c) => [c.text, c] as const))('describeValue: %s', (_t, c) => {
    expect(describeValue(c.value())).toBe(c.text);
  });

  it.each(CLOSEST_NAME_CASES.map((c) => [c.typed.slice(0, 30), c] as const))(
    'closestName: %s',
    (_t, c) => {
      expect(closestName(c.typed, c.known)).toBe(c.suggestion);
    },
  );
});
