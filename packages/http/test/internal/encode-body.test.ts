import { describe, expect, it } from '@jest/globals';
import { ContentType, ValidationError } from '@acct/http';
import { encodeBody } from '../../src/internal/encode-body';

describe('encodeBody', () => {
  it('sends nothing without data', () => {
    expect(encodeBody(undefined)).toEqual({});
    expect(encodeBody(undefined, ContentType.FORM_URLENCODED)).toEqual({});
  });

  it('encodes JSON by default for objects, arrays, numbers, booleans and null', () => {
    expect(encodeBody({ a: [1, 'x'] })).toEqual({
      body: '{"a":[1,"x"]}',
      contentType: 'application/json',
    });
    expect(encodeBody([1])).toEqual({ body: '[1]', contentType: 'application/json' });
    expect(encodeBody(null)).toEqual({ body: 'null', contentType: 'application/json' });
    expect(encodeBody(false)).toEqual({ body: 'false', contentType: 'application/json' });
    expect(encodeBody('text', ContentType.JSON)).toEqual({
      body: '"text"',
      contentType: 'application/json',
    });
    expect(encodeBody({ a: 1 }, ContentType.PROBLEM_JSON)).toEqual({
      body: '{"a":1}',
      contentType: 'application/problem+json',
    });
  });

  it('sends strings, bytes and URLSearchParams as they are without a type', () => {
    const bytes = new Uint8Array([1, 2]);
    expect(encodeBody('hi')).toEqual({ body: 'hi', contentType: 'text/plain' });
    expect(encodeBody(bytes)).toEqual({ body: bytes, contentType: 'application/octet-stream' });
    expect(encodeBody(new URLSearchParams({ a: '' }))).toEqual({
      body: 'a=',
      contentType: 'application/x-www-form-urlencoded',
    });
  });

  it('encodes forms keeping empty strings and repeating arrays', () => {
    const form = ContentType.FORM_URLENCODED;
    expect(encodeBody({ a: '', b: 'x y', c: [1, false], d: undefined, e: null }, form)).toEqual({
      body: 'a=&b=x+y&c=1&c=false',
      contentType: form,
    });
    expect(encodeBody('a=1', form).body).toBe('a=1');
    expect(encodeBody(new URLSearchParams({ z: '1' }), form).body).toBe('z=1');
    expect(encodeBody(Object.assign(Object.create(null) as object, { k: 'v' }), form).body).toBe(
      'k=v',
    );
  });

  it('sends strings and bytes for text and XML types', () => {
    expect(encodeBody('<a/>', ContentType.XML)).toEqual({
      body: '<a/>',
      contentType: 'application/xml',
    });
    expect(encodeBody('t', ContentType.TEXT)).toEqual({ body: 't', contentType: 'text/plain' });
  });

  const circular: Record<string, unknown> = {};
  circular.me = circular;
  it.each([
    ['a BigInt', { n: 1n }, undefined, 'it is not serializable to JSON'],
    ['a circular object', circular, undefined, 'it is not serializable to JSON'],
    ['a function', () => 1, undefined, 'a function is not serializable to JSON'],
    ['a symbol', Symbol('s'), ContentType.JSON, 'a symbol is not serializable to JSON'],
    [
      'a nested form object',
      { a: { b: 1 } },
      ContentType.FORM_URLENCODED,
      'form field "a" is a object',
    ],
    [
      'a nested form array',
      { a: [[1]] },
      ContentType.FORM_URLENCODED,
      'form field "a" is a nested array',
    ],
    ['a form array', [1], ContentType.FORM_URLENCODED, 'form data must be a plain object'],
    ['a form number', 5, ContentType.FORM_URLENCODED, 'form data must be a plain object'],
    [
      'a number as XML',
      1,
      ContentType.XML,
      'type application/xml takes a string or bytes, got a number',
    ],
  ])('rejects %s', (_name, data, type, reason) => {
    let error: unknown;
    try {
      encodeBody(data, type);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const err = error as ValidationError;
    expect(err.invalidParameters[0]?.name).toBe('data');
    expect(err.invalidParameters[0]?.reason.startsWith(reason)).toBe(true);
    expect(err.message.startsWith(`[@acct/http] data cannot be encoded: ${reason}`)).toBe(true);
  });
});
