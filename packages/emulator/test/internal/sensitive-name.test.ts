import { describe, expect, it } from '@jest/globals';
import { SENSITIVE_NAME_CASES } from '../../../../test/cases/sensitive-names';
import { isSensitiveName } from '../../src/internal/sensitive-name';

describe('isSensitiveName (the emulator copy) against the shared table of cases', () => {
  it.each(SENSITIVE_NAME_CASES.map((c) => [c.name, c.sensitive] as const))(
    '%s -> %s',
    (name, sensitive) => {
      expect(isSensitiveName(name)).toBe(sensitive);
    },
  );

  it('covers every case of the table', () => {
    expect(SENSITIVE_NAME_CASES.length).toBeGreaterThanOrEqual(42);
  });
});
