import { describe, expect, it } from '@jest/globals';
import {
  camelCaseObjectKeys,
  Client,
  kebabCaseObjectKeys,
  omit,
  snakeCaseObjectKeys,
  transformers,
} from '@acct/server-client';

const nested = () => ({
  'error-code': '200',
  moCallBackUrl: 'https://example.com/mo',
  _links: { self: { href: '/accounts/abcd1234/secrets' } },
  _embedded: {
    secrets: [
      { created_at: '2018-12-03T10:07:23Z', secret_id: 'a', tags: ['x_y', { inner_key: 1 }] },
      'plain',
      7,
    ],
  },
  created: new Date(0),
  nothing: null,
});

describe('transformers', () => {
  it('is the same object as Client.transformers, and frozen', () => {
    expect(Client.transformers).toBe(transformers);
    expect(Object.isFrozen(transformers)).toBe(true);
    expect(Object.keys(transformers)).toEqual([
      'camelCaseObjectKeys',
      'snakeCaseObjectKeys',
      'kebabCaseObjectKeys',
      'omit',
    ]);
  });

  describe('camelCaseObjectKeys', () => {
    it('renames top-level keys only by default, keeping values by reference', () => {
      const input = nested();
      const out = camelCaseObjectKeys(input);
      expect(Object.keys(out)).toEqual([
        'errorCode',
        'moCallBackUrl',
        '_links',
        '_embedded',
        'created',
        'nothing',
      ]);
      expect(out._embedded).toBe(input._embedded);
    });

    it('renames nested objects and objects inside arrays when deep, never mutating', () => {
      const input = nested();
      const before = JSON.stringify(input);
      const out = camelCaseObjectKeys(input, true);
      expect(out).toEqual({
        errorCode: '200',
        moCallBackUrl: 'https://example.com/mo',
        _links: { self: { href: '/accounts/abcd1234/secrets' } },
        _embedded: {
          secrets: [
            { createdAt: '2018-12-03T10:07:23Z', secretId: 'a', tags: ['x_y', { innerKey: 1 }] },
            'plain',
            7,
          ],
        },
        created: new Date(0),
        nothing: null,
      });
      expect(JSON.stringify(input)).toBe(before);
      expect(out.created).toBe(input.created);
      expect(out._embedded).not.toBe(input._embedded);
    });

    it('keeps the original keys beside the renamed ones with preserve: true', () => {
      expect(camelCaseObjectKeys({ created_at: 'x', id: 'y' }, false, true)).toEqual({
        created_at: 'x',
        createdAt: 'x',
        id: 'y',
      });
    });

    it('leaves listed keys and their subtree untouched with preserve: [keys]', () => {
      const input = { error_code: '1', raw_body: { inner_key: 1 } };
      const out = camelCaseObjectKeys(input, true, ['raw_body']);
      expect(out).toEqual({ errorCode: '1', raw_body: { inner_key: 1 } });
      expect(out.raw_body).toBe(input.raw_body);
    });

    it('handles acronyms, digits and separators', () => {
      expect(
        camelCaseObjectKeys({ HTTPServer: 1, 'max-calls-per-second': 2, api_key_2: 3, a__b: 4 }),
      ).toEqual({ httpServer: 1, maxCallsPerSecond: 2, apiKey2: 3, aB: 4 });
    });

    it('accepts objects without a prototype', () => {
      const bare = Object.assign(Object.create(null) as object, { some_key: { deep_key: 1 } });
      expect(camelCaseObjectKeys(bare, true)).toEqual({ someKey: { deepKey: 1 } });
    });
  });

  describe('snakeCaseObjectKeys', () => {
    it('renames deep keys to snake_case', () => {
      expect(
        snakeCaseObjectKeys(
          { moCallBackUrl: 'a', 'error-code': 'b', list: [{ createdAt: 1 }], _links: {} },
          true,
        ),
      ).toEqual({ mo_call_back_url: 'a', error_code: 'b', list: [{ created_at: 1 }], _links: {} });
    });

    it('is shallow by default', () => {
      const inner = { createdAt: 1 };
      const out = snakeCaseObjectKeys({ someThing: inner });
      expect(out).toEqual({ some_thing: { createdAt: 1 } });
      expect(out.some_thing).toBe(inner);
    });
  });

  describe('kebabCaseObjectKeys', () => {
    it('renames deep keys to kebab-case', () => {
      const input = { maxCallsPerSecond: 30, nested: [[{ moCallBackUrl: 'x' }]] };
      const out = kebabCaseObjectKeys(input, true);
      expect(out).toEqual({ 'max-calls-per-second': 30, nested: [[{ 'mo-call-back-url': 'x' }]] });
      expect(input).toEqual({ maxCallsPerSecond: 30, nested: [[{ moCallBackUrl: 'x' }]] });
    });
  });

  describe('omit', () => {
    it('returns a shallow copy without the keys, never mutating', () => {
      const input = { apiKey: 'k', apiSecret: 's', nested: { a: 1 } };
      const out = omit(['apiSecret', 'missing'], input);
      expect(out).toEqual({ apiKey: 'k', nested: { a: 1 } });
      expect(out.nested).toBe(input.nested);
      expect(input).toEqual({ apiKey: 'k', apiSecret: 's', nested: { a: 1 } });
    });
  });
});
