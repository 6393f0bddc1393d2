import { describe, expect, it } from '@jest/globals';
import { ValidationError } from '@acct/http';
import { appendQuery, resolveUrl } from '../../src/internal/build-url';

describe('resolveUrl', () => {
  it('accepts absolute http(s) URLs as they are', () => {
    expect(resolveUrl('https://rest.nexmo.com/a?b=1')).toBe('https://rest.nexmo.com/a?b=1');
    expect(resolveUrl('HTTP://127.0.0.1:8080')).toBe('HTTP://127.0.0.1:8080');
    for (const url of [
      'http://[::1]:8080/x',
      'https://bücher.example/',
      'https://user:pw@h.example/',
      'https://h.example:65535/',
      'https://h_x.example/',
    ]) {
      expect(resolveUrl(url)).toBe(url);
    }
  });

  it('joins a base and a path with exactly one slash', () => {
    expect(resolveUrl('a/b', 'https://h.example/v1')).toBe('https://h.example/v1/a/b');
    expect(resolveUrl('//a', 'https://h.example/v1//')).toBe('https://h.example/v1/a');
    expect(resolveUrl('https://o.example/x', 'https://h.example')).toBe('https://o.example/x');
  });

  it.each([
    [undefined],
    [''],
    ['/relative'],
    ['mailto:x@y'],
    ['https://'],
    ['https://exa mple.com/'],
    ['https://h.example:65536/'],
    [42],
  ])('rejects %p', (url) => {
    expect(() => resolveUrl(url)).toThrow(ValidationError);
  });
});

describe('appendQuery', () => {
  it('encodes keys and values, repeats arrays, skips undefined and null, keeps the fragment', () => {
    expect(
      appendQuery('https://h/p#frag', {
        'a b': 'c&d',
        list: [1, true, 'x'],
        u: undefined,
        n: null,
      }),
    ).toBe('https://h/p?a%20b=c%26d&list=1&list=true&list=x#frag');
  });

  it('joins an existing query correctly', () => {
    expect(appendQuery('https://h/p?x=1', { y: 2 })).toBe('https://h/p?x=1&y=2');
    expect(appendQuery('https://h/p?', { y: 2 })).toBe('https://h/p?y=2');
    expect(appendQuery('https://h/p?x=1&', { y: 2 })).toBe('https://h/p?x=1&y=2');
  });

  it('returns the URL unchanged without parameters', () => {
    expect(appendQuery('https://h/p', undefined)).toBe('https://h/p');
    expect(appendQuery('https://h/p', { a: undefined })).toBe('https://h/p');
  });

  it('rejects nested values', () => {
    expect(() => appendQuery('https://h/', { a: [{}] as never })).toThrow(ValidationError);
  });
});
