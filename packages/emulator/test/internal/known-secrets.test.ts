import { describe, expect, it } from '@jest/globals';
import { KnownSecrets } from '../../src/internal/known-secrets';

describe('KnownSecrets', () => {
  it('scrubs seeded and received secrets, and Basic/Bearer credentials', () => {
    const known = new KnownSecrets();
    known.seed(['Seeded1Secret']);
    known.receive('Received1x');
    expect(known.scrub('a Seeded1Secret b Received1x c Basic Zm9vOmJhcg== d')).toBe(
      'a [REDACTED] b [REDACTED] c Basic [REDACTED] d',
    );
  });

  it('forgets the oldest received secret past 1,000, never a seeded one', () => {
    const known = new KnownSecrets();
    known.seed(['Seeded1Secret']);
    for (let i = 0; i <= 1000; i += 1) known.receive(`Received${i}x`);
    expect(known.scrub('Received0x')).toBe('Received0x');
    expect(known.scrub('Received1x|Received1000x|Seeded1Secret')).toBe(
      '[REDACTED]|[REDACTED]|[REDACTED]',
    );
  });

  it('does not remember an empty or over-long received value', () => {
    const known = new KnownSecrets();
    const long = 'L'.repeat(1025);
    known.receive('');
    known.receive(long);
    expect(known.scrub(`x${long}`)).toBe(`x${long}`);
    known.receive('L'.repeat(1024));
    expect(known.scrub(`x${long}`)).toBe('x[REDACTED]L');
  });
});
