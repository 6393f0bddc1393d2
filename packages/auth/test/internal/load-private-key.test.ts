import { tmpdir } from 'node:os';
import { describe, expect, it } from '@jest/globals';
import { InvalidPrivateKeyError } from '@acct/auth';
import { loadPrivateKey } from '../../src/internal/load-private-key';
import { makeKeys } from '../fixtures/keys';

const keys = makeKeys();
const body = keys.pkcs8Pem.split('\n').slice(1, -2);

async function rejection(input: Parameters<typeof loadPrivateKey>[0]): Promise<unknown> {
  return loadPrivateKey(input).then(
    () => new Error('expected a rejection'),
    (err: unknown) => err,
  );
}

describe('loadPrivateKey', () => {
  it('returns the same RSA key from PKCS#8 and PKCS#1, PEM and DER', async () => {
    const expected = keys.privateKey.export({ format: 'jwk' });
    for (const input of [
      keys.pkcs8Pem,
      keys.pkcs1Pem,
      keys.pkcs8Der,
      keys.pkcs1Der,
      keys.privateKey,
    ]) {
      const key = await loadPrivateKey(input);
      expect(key.type).toBe('private');
      expect(key.export({ format: 'jwk' })).toEqual(expected);
    }
  });

  it('never takes key material without its PEM armour for a path (so never echoes it)', async () => {
    for (const material of [body.join('\n'), body[0] as string, body.join('')]) {
      const err = await rejection(material);
      expect(err).toBeInstanceOf(InvalidPrivateKeyError);
      expect(err).toMatchObject({ reason: 'unparsable' });
      expect((err as InvalidPrivateKeyError).path).toBeUndefined();
      expect((err as Error).message).not.toContain(body[0]);
    }
  });

  it('rejects an empty string as the wrong type', async () => {
    await expect(loadPrivateKey('')).rejects.toMatchObject({
      constructor: InvalidPrivateKeyError,
      reason: 'invalid-type',
      message: expect.stringContaining('got empty string'),
    });
  });

  it('rejects a Buffer that is neither PEM nor DER, keeping the parser error as cause', async () => {
    const err = (await rejection(Buffer.from('not a key'))) as InvalidPrivateKeyError;
    expect(err).toMatchObject({ reason: 'unparsable' });
    expect(Object.prototype.toString.call(err.cause)).toBe('[object Error]');
  });

  it('names the path and system code of a path that cannot be read as a file', async () => {
    const dir = tmpdir();
    await expect(loadPrivateKey(dir)).rejects.toMatchObject({
      reason: 'unreadable',
      path: dir,
      message: expect.stringContaining(`privateKey file ${dir} could not be read (EISDIR)`),
    });
  });

  it('rejects a PEM string that does not parse', async () => {
    const broken = keys.pkcs8Pem.replace(/A/g, 'B');
    await expect(loadPrivateKey(broken)).rejects.toMatchObject({ reason: 'unparsable' });
  });
});
