import { describe, expect, it } from '@jest/globals';
import { retryDelay } from '@acct/http';

describe('retryDelay', () => {
  it('uses full jitter below min(maxBackoff, baseDelay * 2 ** (attempt - 1))', () => {
    const half = () => 0.5;
    expect([1, 2, 3, 4, 5, 6, 7].map((attempt) => retryDelay({ attempt, random: half }))).toEqual([
      100, 200, 400, 800, 1600, 2500, 2500,
    ]);
    expect(retryDelay({ attempt: 1, random: () => 0 })).toBe(0);
    expect(retryDelay({ attempt: 1, random: () => 0.9999 })).toBe(199);
    expect(retryDelay({ attempt: 0, random: () => 0.5 })).toBe(100);
  });

  it('takes baseDelay and maxBackoff from the options', () => {
    const retry = { baseDelay: 50, maxBackoff: 120 };
    expect([1, 2, 3].map((attempt) => retryDelay({ attempt, retry, random: () => 0.5 }))).toEqual([
      25, 50, 60,
    ]);
  });

  it('defaults to Math.random within the bound', () => {
    const delay = retryDelay({ attempt: 1 });
    expect(Number.isInteger(delay) && delay >= 0 && delay < 200).toBe(true);
  });

  it('honours Retry-After in seconds, as an HTTP date, or in ms, capped at maxRetryAfter', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(retryDelay({ attempt: 1, retryAfter: '2' })).toBe(2000);
    expect(retryDelay({ attempt: 1, retryAfter: '1.5' })).toBe(1500);
    expect(retryDelay({ attempt: 1, retryAfter: 'Wed, 01 Jan 2025 00:00:07 GMT', now })).toBe(7000);
    expect(retryDelay({ attempt: 1, retryAfter: 'Tue, 31 Dec 2024 23:00:00 GMT', now })).toBe(0);
    expect(retryDelay({ attempt: 1, retryAfter: 750 })).toBe(750);
    expect(retryDelay({ attempt: 1, retryAfter: -5 })).toBe(0);
    expect(retryDelay({ attempt: 1, retryAfter: '3600' })).toBe(60_000);
    expect(retryDelay({ attempt: 1, retryAfter: '10', retry: { maxRetryAfter: 5000 } })).toBe(5000);
  });

  it('falls back to backoff for an unreadable Retry-After, and ignores retry: false', () => {
    expect(retryDelay({ attempt: 2, retryAfter: 'soon', random: () => 0.5 })).toBe(200);
    expect(retryDelay({ attempt: 2, retryAfter: null, random: () => 0.5 })).toBe(200);
    expect(retryDelay({ attempt: 2, retryAfter: '  ', random: () => 0.5 })).toBe(200);
    expect(retryDelay({ attempt: 2, retry: false, random: () => 0.5 })).toBe(200);
  });
});
