import { describe, expect, it } from '@jest/globals';
import { redactSecrets } from '@acct/http';

describe('redactSecrets', () => {
  it('replaces every occurrence of every secret, ignoring empty ones', () => {
    expect(
      redactSecrets('a Demo1Secret b Demo1Secret c New2Secret d', [
        'Demo1Secret',
        '',
        'New2Secret',
      ]),
    ).toBe('a [REDACTED] b [REDACTED] c [REDACTED] d');
  });

  it('leaves a text without secrets as it is, and takes any iterable', () => {
    expect(redactSecrets('nothing here', new Set(['Demo1Secret']))).toBe('nothing here');
  });
});
