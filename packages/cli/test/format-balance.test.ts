import { describe, expect, it } from '@jest/globals';
import { formatBalance } from '@acct/cli';

describe('formatBalance', () => {
  it('is always EUR, laid out by the locale', () => {
    expect(formatBalance(10.5, 'en-GB')).toBe('€10.50');
    expect(formatBalance(10.5, 'en-US')).toBe('€10.50');
    expect(formatBalance(1234.5, 'de-DE')).toBe('1.234,50\u00a0€');
    expect(formatBalance(10.171275, 'fr-FR')).toBe('10,17\u00a0€');
    expect(formatBalance(0, 'ja-JP')).toBe('€0.00');
  });

  it('uses the process locale by default', () => {
    expect(formatBalance(3)).toBe(
      new Intl.NumberFormat(undefined, { style: 'currency', currency: 'EUR' }).format(3),
    );
  });
});
