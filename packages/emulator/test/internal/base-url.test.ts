import { describe, expect, it } from '@jest/globals';
import { baseUrl } from '../../src/internal/base-url';

describe('baseUrl', () => {
  it('joins an IPv4 host or a name with the port', () => {
    expect(baseUrl('127.0.0.1', 8080)).toBe('http://127.0.0.1:8080');
    expect(baseUrl('localhost', 1)).toBe('http://localhost:1');
  });

  it('puts an IPv6 host in brackets', () => {
    expect(baseUrl('::1', 8080)).toBe('http://[::1]:8080');
  });
});
