import { describe, expect, it } from '@jest/globals';
import { checkObject, isPlainObject, showKey } from '../../src/internal/check-object';
import { expectOptionError } from '../helpers/errors';

const KEYS = ['path', 'headers', 'status'];

describe('checkObject', () => {
  it('returns a plain object, literal or null-prototype, with known keys', () => {
    const literal = { path: '/x' };
    const bare = Object.assign(Object.create(null) as object, { status: 500 });
    expect(checkObject(literal, 'inject', KEYS, '{ path }')).toBe(literal);
    expect(checkObject(bare, 'inject', KEYS, '{ path }')).toBe(bare);
    expect(checkObject({}, 'inject', KEYS, '{ path }')).toEqual({});
  });

  it.each<[string, unknown, string]>([
    ['an array', [], 'must be a plain object such as { path }, got an array of 0 items'],
    ['a Map', new Map(), 'must be a plain object such as { path }, got an instance of Map'],
    [
      'a class instance',
      new (class Fault {})(),
      'must be a plain object such as { path }, got an instance of Fault',
    ],
    [
      'a string',
      'Canary9Secret',
      'must be a plain object such as { path }, got a string of 13 characters',
    ],
    ['undefined', undefined, 'must be a plain object such as { path }, got undefined'],
    ['a typo', { stauts: 1 }, 'has an unknown option "stauts": did you mean "status"?'],
    [
      'a far-off key',
      { zzzzzzzz: 1 },
      'has an unknown option "zzzzzzzz": use "path", "headers", "status"',
    ],
    [
      'a symbol key',
      { [Symbol('s')]: 1 },
      'has an unknown option a symbol key: use "path", "headers", "status"',
    ],
    [
      'a key that is not an identifier',
      { 'Canary9Secret\r\n': 1 },
      'has an unknown option a key of 15 characters: use "path", "headers", "status"',
    ],
  ])('refuses %s', (_name, value, reason) => {
    expectOptionError(() => checkObject(value, 'inject', KEYS, '{ path }'), 'inject', reason);
  });

  it('shows short identifiers and hides anything else', () => {
    expect(showKey('retry-after')).toBe('"retry-after"');
    expect(showKey('x'.repeat(41))).toBe('a key of 41 characters');
    expect(showKey('a b')).toBe('a key of 3 characters');
    expect(isPlainObject(null)).toBe(false);
  });
});
