import { describe, expect, it } from '@jest/globals';
import { traceIds } from '../../src/internal/trace-id';

describe('traceIds', () => {
  it('gives 32 hex digits: a random prefix per generator and a counter', () => {
    const next = traceIds();
    const a = next();
    const b = next();
    expect(a).toMatch(/^[0-9a-f]{16}0000000000000001$/);
    expect(b).toBe(`${a.slice(0, 16)}0000000000000002`);
    expect(traceIds()().slice(0, 16)).not.toBe(a.slice(0, 16));
  });
});
