import { describe, expect, it } from '@jest/globals';
import { Auth, isAuthInterface } from '@acct/auth';

const fn = async (): Promise<string> => 'x';
const complete = {
  getQueryParams: fn,
  createBasicHeader: fn,
  createBearerHeader: fn,
  createSignatureHash: fn,
};

describe('isAuthInterface', () => {
  it('is true for an Auth, also one built from invalid settings', () => {
    expect(isAuthInterface(new Auth())).toBe(true);
    expect(isAuthInterface(new Auth({ apiKey: 1234 as never }))).toBe(true);
  });

  it('is true for any object with the four methods (another copy, a custom implementation)', () => {
    expect(isAuthInterface(complete)).toBe(true);
    class Vault {
      getQueryParams = fn;
      createBasicHeader = fn;
      createBearerHeader = fn;
      createSignatureHash = fn;
    }
    expect(isAuthInterface(new Vault())).toBe(true);
  });

  it.each(['getQueryParams', 'createBasicHeader', 'createBearerHeader', 'createSignatureHash'])(
    'is false when %s is missing or not a function',
    (name) => {
      const { [name as keyof typeof complete]: _dropped, ...rest } = complete;
      expect(isAuthInterface(rest)).toBe(false);
      expect(isAuthInterface({ ...rest, [name]: 'not a function' })).toBe(false);
    },
  );

  it.each([
    [{ apiKey: 'abcd1234', apiSecret: 'Abcdef123456' }],
    [null],
    [undefined],
    ['Basic abc'],
    [42],
    [Object.assign(() => undefined, complete)],
  ])('is false for %p', (value) => {
    expect(isAuthInterface(value)).toBe(false);
  });

  it('never throws, even when a getter or a Proxy trap does', () => {
    const getter = Object.defineProperty({ ...complete }, 'createBasicHeader', {
      get: () => {
        throw new Error('boom');
      },
    });
    const proxy = new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom');
        },
      },
    );
    expect(isAuthInterface(getter)).toBe(false);
    expect(isAuthInterface(proxy)).toBe(false);
  });
});
