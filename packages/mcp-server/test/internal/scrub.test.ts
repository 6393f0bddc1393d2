import { describe, expect, it } from '@jest/globals';
import { createScrubber } from '../../src/internal/scrub';

describe('createScrubber', () => {
  it('replaces every occurrence of every registered secret, including ones added later', () => {
    const scrub = createScrubber(['Canary7SecretValue', '']);
    expect(scrub('a Canary7SecretValue b Canary7SecretValue')).toBe('a [REDACTED] b [REDACTED]');
    scrub.add('Rotated9SecretValue');
    expect(scrub('x Rotated9SecretValue')).toBe('x [REDACTED]');
    // an empty secret is ignored rather than matching everywhere
    expect(scrub('plain text')).toBe('plain text');
  });
});
