import { describe, expect, it } from '@jest/globals';
import { decodeUtf8, MalformedInputError, parseForm } from '../../src/internal/parse-form';

describe('parseForm', () => {
  it('decodes fields, + as space, later duplicates winning, empty pairs skipped', () => {
    expect({ ...parseForm('a=1&&b=x+y%21&a=2&flag&=v') }).toEqual({
      a: '2',
      b: 'x y!',
      flag: '',
      '': 'v',
    });
    expect({ ...parseForm('') }).toEqual({});
  });

  it('has no prototype, so __proto__ is an ordinary field', () => {
    const fields = parseForm('__proto__=x&constructor=y');
    expect(Object.getPrototypeOf(fields)).toBeNull();
    expect(fields.__proto__).toBe('x');
    expect(fields.constructor).toBe('y');
  });

  it('throws MalformedInputError on a bad percent-escape in a name or value', () => {
    expect(() => parseForm('a=%E0%A4%A')).toThrow(
      new MalformedInputError('malformed percent-encoding'),
    );
    expect(() => parseForm('%zz=1')).toThrow(MalformedInputError);
  });
});

describe('decodeUtf8', () => {
  it('passes strings through and decodes valid UTF-8', () => {
    expect(decodeUtf8('é')).toBe('é');
    expect(decodeUtf8(Buffer.from('é', 'utf8'))).toBe('é');
  });

  it('throws MalformedInputError on invalid UTF-8', () => {
    expect(() => decodeUtf8(Buffer.from([0xc3]))).toThrow(
      new MalformedInputError('body is not valid UTF-8'),
    );
  });
});
