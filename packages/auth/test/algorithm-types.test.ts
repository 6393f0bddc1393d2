import { describe, expect, it } from '@jest/globals';
import { AlgorithmTypes } from '@acct/auth';

describe('AlgorithmTypes', () => {
  it('has exactly the five algorithms, each valued by its own name', () => {
    expect({ ...AlgorithmTypes }).toEqual({
      md5hash: 'md5hash',
      md5hmac: 'md5hmac',
      sha1hmac: 'sha1hmac',
      sha256hmac: 'sha256hmac',
      sha512hmac: 'sha512hmac',
    });
  });
});
