import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import {
  AlgorithmTypes,
  Auth,
  InvalidApiKeyError,
  InvalidApiSecretError,
  MissingApiKeyError,
  MissingSignatureError,
  type SignatureOptions,
} from '@acct/auth';
import { T0, T0_SECONDS } from './fixtures/keys';
import { validationError } from './fixtures/validation';

const KEY = 'abcd1234';
const SECRET = 'Sig-Secret&=42';

/** Independent reference: the digest of an already-joined string, straight from node:crypto. */
function expectedSig(algorithm: AlgorithmTypes, joined: string, secret = SECRET): string {
  switch (algorithm) {
    case AlgorithmTypes.md5hash:
      return createHash('md5')
        .update(joined + secret)
        .digest('hex');
    case AlgorithmTypes.md5hmac:
      return createHmac('md5', secret).update(joined).digest('hex');
    case AlgorithmTypes.sha1hmac:
      return createHmac('sha1', secret).update(joined).digest('hex');
    case AlgorithmTypes.sha256hmac:
      return createHmac('sha256', secret).update(joined).digest('hex');
    case AlgorithmTypes.sha512hmac:
      return createHmac('sha512', secret).update(joined).digest('hex');
  }
}

const signer = (algorithm: SignatureOptions['algorithm'], now = () => T0): Auth =>
  new Auth({ apiKey: KEY, signature: { secret: SECRET, algorithm }, now });

const ALGORITHMS = Object.values(AlgorithmTypes);

describe('Auth.createSignatureHash', () => {
  it.each(ALGORITHMS)(
    '%s: signs sorted k=v pairs with & and = replaced by _',
    async (algorithm) => {
      const params = { to: '447700900000', from: 'AcmeInc', text: 'a&b=c d', type: 'text' };
      const joined =
        'api_key_abcd1234_from_AcmeInc_text_a_b_c d_timestamp_1700000000_to_447700900000_type_text';
      const signed = await signer(algorithm).createSignatureHash(params);
      expect(signed).toEqual({
        ...params,
        api_key: KEY,
        timestamp: '1700000000',
        sig: expectedSig(algorithm, joined),
      });
      expect(signed.sig).toMatch(/^[0-9a-f]+$/);
      expect(params).toEqual({
        to: '447700900000',
        from: 'AcmeInc',
        text: 'a&b=c d',
        type: 'text',
      });
    },
  );

  it('gives the digest lengths of each algorithm', async () => {
    const lengths = await Promise.all(
      ALGORITHMS.map(async (a) => (await signer(a).createSignatureHash({})).sig.length),
    );
    expect(lengths).toEqual([32, 32, 40, 64, 128]);
  });

  it('matches fixed vectors for a minimal request', async () => {
    const joined = 'api_key_abcd1234_timestamp_1700000000';
    for (const algorithm of ALGORITHMS) {
      const { sig } = await signer(algorithm).createSignatureHash({});
      expect(sig).toBe(expectedSig(algorithm, joined));
    }
    expect(expectedSig(AlgorithmTypes.md5hash, joined)).toBe(
      createHash('md5').update('api_key_abcd1234_timestamp_1700000000Sig-Secret&=42').digest('hex'),
    );
  });

  it('accepts the algorithm as a plain string', async () => {
    const { sig } = await signer('sha256hmac').createSignatureHash({ a: '1' });
    expect(sig).toBe(
      expectedSig(AlgorithmTypes.sha256hmac, 'a_1_api_key_abcd1234_timestamp_1700000000'),
    );
  });

  it('keeps a timestamp that is given, and signs it', async () => {
    const signed = await signer(AlgorithmTypes.md5hmac).createSignatureHash({
      timestamp: 1600000000,
      b: 2,
    });
    expect(signed).toEqual({
      timestamp: 1600000000,
      b: 2,
      api_key: KEY,
      sig: expectedSig(AlgorithmTypes.md5hmac, 'api_key_abcd1234_b_2_timestamp_1600000000'),
    });
  });

  it('uses the injected clock (whole seconds) when timestamp is absent, null or empty', async () => {
    const auth = signer(AlgorithmTypes.sha1hmac, () => T0 + 1999);
    for (const timestamp of [undefined, null, '']) {
      const signed = await auth.createSignatureHash({ timestamp });
      expect(signed.timestamp).toBe(String(T0_SECONDS + 1));
    }
  });

  it('sorts by code unit, leaves out sig, null and undefined, stringifies numbers and booleans', async () => {
    const params = {
      zeta: 'z',
      Alpha: 'A',
      alpha: '',
      n: 0,
      t: true,
      f: false,
      gone: undefined,
      nothing: null,
      sig: 'stale',
      api_key: 'ignored',
    };
    const joined = 'Alpha_A_alpha__api_key_abcd1234_f_false_n_0_t_true_timestamp_1700000000_zeta_z';
    const signed = await signer(AlgorithmTypes.sha512hmac).createSignatureHash(params);
    expect(signed).toEqual({
      ...params,
      api_key: KEY,
      timestamp: '1700000000',
      sig: expectedSig(AlgorithmTypes.sha512hmac, joined),
    });
  });

  it('does not URL-encode values', async () => {
    const { sig } = await signer(AlgorithmTypes.md5hash).createSignatureHash({
      text: 'héllo wörld/+?',
    });
    expect(sig).toBe(
      expectedSig(
        AlgorithmTypes.md5hash,
        'api_key_abcd1234_text_héllo wörld/+?_timestamp_1700000000',
      ),
    );
  });

  it('treats missing params as {}', async () => {
    const auth = signer(AlgorithmTypes.md5hash);
    const signed = await auth.createSignatureHash(undefined as unknown as object);
    expect(signed).toEqual({
      api_key: KEY,
      timestamp: '1700000000',
      sig: expectedSig(AlgorithmTypes.md5hash, 'api_key_abcd1234_timestamp_1700000000'),
    });
  });

  describe('errors', () => {
    it('rejects a value that cannot be signed', async () => {
      for (const [value, received] of [
        [{ a: 1 }, 'an object'],
        [['a'], 'an array of 1 items'],
        [() => 1, 'a function'],
        [10n, 'a bigint'],
      ] as const) {
        await expect(
          signer(AlgorithmTypes.md5hash).createSignatureHash({ field: value }),
        ).rejects.toMatchObject(
          validationError('params.field', 'a string, number or boolean to be signed', received),
        );
      }
    });

    it('rejects params that are not an object', async () => {
      await expect(
        signer(AlgorithmTypes.md5hash).createSignatureHash(7 as unknown as object),
      ).rejects.toMatchObject(validationError('params', 'a plain object', 'a number'));
    });

    it('needs the api key', async () => {
      const signature = { secret: SECRET, algorithm: AlgorithmTypes.md5hash };
      await expect(new Auth({ signature }).createSignatureHash({})).rejects.toBeInstanceOf(
        MissingApiKeyError,
      );
      await expect(
        new Auth({ apiKey: '', signature }).createSignatureHash({}),
      ).rejects.toBeInstanceOf(InvalidApiKeyError);
    });

    it('needs signature, signature.secret and signature.algorithm', async () => {
      const cases: Array<[object | undefined, string]> = [
        [undefined, 'signature'],
        [{ algorithm: AlgorithmTypes.md5hash }, 'signature.secret'],
        [{ secret: SECRET }, 'signature.algorithm'],
        [{ secret: SECRET, algorithm: null }, 'signature.algorithm'],
      ];
      for (const [signature, parameter] of cases) {
        const auth = new Auth({ apiKey: KEY, apiSecret: 'x', signature: signature as never });
        await expect(auth.createSignatureHash({})).rejects.toMatchObject({
          constructor: MissingSignatureError,
          code: 'ACCT_AUTH_MISSING_SIGNATURE',
          parameter,
        });
      }
    });

    it('rejects an empty signature secret', async () => {
      const auth = new Auth({
        apiKey: KEY,
        signature: { secret: '', algorithm: AlgorithmTypes.md5hash },
      });
      await expect(auth.createSignatureHash({})).rejects.toMatchObject({
        constructor: InvalidApiSecretError,
        parameter: 'signature.secret',
        received: 'an empty string',
      });
    });

    it('rejects a name or value with a lone surrogate: it could not be sent as signed', async () => {
      const expected = 'well-formed Unicode text (no lone surrogate) to be signed';
      await expect(
        signer(AlgorithmTypes.md5hash).createSignatureHash({ text: 'a\ud800b' }),
      ).rejects.toMatchObject(validationError('params.text', expected, 'a string of 3 characters'));
      await expect(
        signer(AlgorithmTypes.md5hash).createSignatureHash({ ['k\udc00']: 1 }),
      ).rejects.toMatchObject(
        validationError('params.[a key of 2 characters]', expected, 'a number'),
      );
    });

    it('signs a well-formed astral character (a surrogate pair) as UTF-8', async () => {
      const { sig } = await signer(AlgorithmTypes.sha256hmac).createSignatureHash({ t: '😀' });
      expect(sig).toBe(
        expectedSig(AlgorithmTypes.sha256hmac, 'api_key_abcd1234_t_😀_timestamp_1700000000'),
      );
    });
  });
});
