import { describe, expect, it } from '@jest/globals';
import { ResponseTypes } from '@acct/http';
import { decodeBody } from '../../src/internal/decode-body';

describe('decodeBody', () => {
  it.each([
    ['application/json', '{"a":1}', { a: 1 }],
    ['application/json; charset=utf-8', '[1]', [1]],
    ['application/problem+json', '{"title":"t"}', { title: 't' }],
    ['application/vnd.api+json', 'true', true],
    ['APPLICATION/JSON', '1', 1],
    [
      'application/x-www-form-urlencoded;charset=utf-8',
      'a=1&a=2&a=3&b=',
      { a: ['1', '2', '3'], b: '' },
    ],
    ['text/plain', '{"a":1}', '{"a":1}'],
    ['application/jsonx', '{"a":1}', '{"a":1}'],
    ['application/xml', '<a/>', '<a/>'],
  ])('decodes %s', (type, text, data) => {
    expect(decodeBody(200, text, type)).toEqual({ data });
  });

  it('gives undefined for 204 and empty bodies', () => {
    expect(decodeBody(204, '', 'application/json')).toEqual({ data: undefined });
    expect(decodeBody(204, 'ignored', null)).toEqual({ data: undefined });
    expect(decodeBody(200, '', 'application/json')).toEqual({ data: undefined });
  });

  it('follows responseType without a content type', () => {
    expect(decodeBody(200, '{"a":1}', null, ResponseTypes.JSON)).toEqual({ data: { a: 1 } });
    expect(decodeBody(200, '{"a":1}', null, ResponseTypes.TEXT)).toEqual({ data: '{"a":1}' });
    expect(decodeBody(200, '{"a":1}', null)).toEqual({ data: '{"a":1}' });
    expect(decodeBody(200, 'x', 'text/plain', ResponseTypes.JSON)).toEqual({ data: 'x' });
  });

  it('returns the raw text and the SyntaxError for malformed JSON', () => {
    const out = decodeBody(200, '{oops', 'application/json');
    expect(out.data).toBe('{oops');
    expect(out.error).toBeInstanceOf(SyntaxError);
  });
});
