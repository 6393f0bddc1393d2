import { describe, expect, it } from '@jest/globals';
import { isPrintableName } from '../../src/internal/printable-name';

describe('isPrintableName', () => {
  it.each(['secret_id', 'secretId', 'api-secrt', 'timeout', 'MinEur', 'API_SECRET'])(
    'prints %j (no digit: it cannot hold a secret)',
    (name) => {
      expect(isPrintableName(name)).toBe(true);
    },
  );

  it.each([
    'Zebra7Canary9Value', // a valid secret
    'xZebra7Canary9Value',
    'Abcdef12',
    'Zebra7Canary9Value00A00000', // holds a secret, although too long to be one
    'x1',
    '',
    'has space',
    'a\r\nb',
    '\ud800',
    'é',
    'x'.repeat(41),
  ])('hides %j', (name) => {
    expect(isPrintableName(name)).toBe(false);
  });
});
