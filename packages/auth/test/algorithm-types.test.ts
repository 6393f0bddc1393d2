import { describe, expect, it } from '@jest/globals';
import { AlgorithmTypes } from '@acct/auth';

describe('AlgorithmTypes', () => {
  it("has exactly the five algorithms, with the peer SDK's values", () => {
    expect({ ...AlgorithmTypes }).toEqual({
      md5hash: 'MD5HASH',
      md5hmac: 'MD5HMAC',
      sha1hmac: 'SHA1HMAC',
      sha256hmac: 'SHA256HMAC',
      sha512hmac: 'SHA512HMAC',
    });
  });
});
