import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { afterAll, describe, expect, it } from '@jest/globals';
import { InvalidPrivateKeyError } from '@acct/auth';
import { loadPrivateKey } from '../../src/internal/load-private-key';
import { makeKeys } from '../fixtures/keys';

const keys = makeKeys();
const pkcs8Lines = keys.pkcs8Pem.trim().split('\n');
const body = pkcs8Lines.slice(1, -1);
const pkcs1Body = keys.pkcs1Pem.trim().split('\n').slice(1, -1);
const expected = keys.privateKey.export({ format: 'jwk' });
const dir = mkdtempSync(join(tmpdir(), 'acct-auth-key-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function rejection(input: unknown): Promise<InvalidPrivateKeyError> {
  return loadPrivateKey(input).then(
    () => {
      throw new Error('expected a rejection');
    },
    (err: unknown) => err as InvalidPrivateKeyError,
  );
}

/** Everything an error shows, for "never contains the key" checks. */
const rendered = (err: Error): string =>
  [
    err.message,
    err.stack,
    String(err),
    inspect(err, { depth: 10 }),
    JSON.stringify(err),
    inspect(err.cause, { depth: 10 }),
  ].join('\n');

describe('loadPrivateKey', () => {
  it('returns the same RSA key from PKCS#8 and PKCS#1, PEM and DER', async () => {
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

  it.each([
    ['a PEM with literal \\n escapes (.env style)', pkcs8Lines.join('\\n')],
    ['a PEM with literal \\r\\n escapes', pkcs8Lines.join('\\r\\n')],
    ['a PEM on one line', pkcs8Lines.join('')],
    ['a PEM inside double quotes', `"${keys.pkcs8Pem}"`],
    ['a PEM with CRLF line breaks', pkcs8Lines.join('\r\n')],
    ['a PKCS#1 PEM with literal \\n escapes', keys.pkcs1Pem.trim().split('\n').join('\\n')],
    ['a bare PKCS#8 body on lines', body.join('\n')],
    ['a bare PKCS#8 body on one line', body.join('')],
    ['a bare PKCS#8 body with literal \\n escapes', body.join('\\n')],
    ['a bare PKCS#1 body', pkcs1Body.join('')],
    ['a Buffer of a PEM with literal \\n escapes', Buffer.from(pkcs8Lines.join('\\n'))],
  ])('recognises %s as key material and parses it', async (_title, input) => {
    const key = await loadPrivateKey(input);
    expect(key.export({ format: 'jwk' })).toEqual(expected);
  });

  it('never takes broken key material for a path, and never shows it', async () => {
    const broken = body.map((line) => line.replace(/A/g, 'B'));
    for (const material of [
      broken.join('\n'),
      broken.join(''),
      broken.join('\\n'),
      broken[0]!,
      `${broken[0]!}\n${broken[1]!}`,
    ]) {
      const err = await rejection(material);
      expect(err).toBeInstanceOf(InvalidPrivateKeyError);
      expect(err.reason).toBe('unparsable');
      expect(err.path).toBeUndefined();
      const shown = rendered(err);
      for (const line of broken) expect(shown).not.toContain(line.slice(0, 20));
    }
  });

  it('refuses text with a control character as unparsable, without reading a file', async () => {
    const err = await rejection('not a key\u0000/etc/passwd');
    expect(err).toMatchObject({ reason: 'unparsable' });
    expect(err.path).toBeUndefined();
  });

  it.each([
    ['', 'an empty string'],
    [42, 'a number'],
    [{}, 'an object'],
    [null, 'null'],
  ])('rejects %p as the wrong type', async (input, received) => {
    const err = await rejection(input);
    expect(err).toMatchObject({
      reason: 'invalid-type',
      message: expect.stringContaining(
        `privateKey must be a PEM string, a Buffer or a file path, got ${received}:`,
      ),
    });
  });

  it('refuses key material over 64 KiB, as a string or a Buffer', async () => {
    await expect(loadPrivateKey('A'.repeat(65 * 1024))).rejects.toMatchObject({
      reason: 'too-large',
      message: expect.stringContaining(
        'privateKey is a string of 66560 characters, at most 64 KiB is read',
      ),
    });
    await expect(loadPrivateKey(Buffer.alloc(65 * 1024))).rejects.toMatchObject({
      reason: 'too-large',
      message: expect.stringContaining('privateKey is 66560 bytes, at most 64 KiB is read'),
    });
  });

  it('refuses a key file over 64 KiB, naming its path', async () => {
    const big = join(dir, 'big.pem');
    writeFileSync(big, Buffer.alloc(65 * 1024, 0x41));
    await expect(loadPrivateKey(big)).rejects.toMatchObject({
      reason: 'too-large',
      path: big,
      message: expect.stringContaining(`privateKey from file ${big} is 66560 bytes`),
    });
  });

  it('reads a key file holding a PEM with literal \\n escapes', async () => {
    const file = join(dir, 'escaped.key');
    writeFileSync(file, pkcs8Lines.join('\\n'));
    expect((await loadPrivateKey(file)).export({ format: 'jwk' })).toEqual(expected);
  });

  it('names a path that clearly is one, with the system code and no cause', async () => {
    const missing = join(dir, 'nope', 'private.key');
    const err = await rejection(missing);
    expect(err).toMatchObject({
      reason: 'unreadable',
      path: missing,
      message: expect.stringContaining(`privateKey file ${missing} could not be read (ENOENT)`),
    });
    expect(err.cause).toBeUndefined();
    await expect(loadPrivateKey('private.key')).rejects.toMatchObject({ path: 'private.key' });
  });

  it('names the code of a path that is a directory', async () => {
    const err = await rejection(dir);
    expect(err).toMatchObject({
      reason: 'unreadable',
      path: dir,
      message: expect.stringContaining('(EISDIR)'),
    });
  });

  it('does not read a device: a path that is not a regular file is unreadable', async () => {
    const device = join(dir, 'zero.pem');
    symlinkSync('/dev/zero', device);
    await expect(loadPrivateKey(device)).rejects.toMatchObject({
      reason: 'unreadable',
      path: device,
      message: expect.stringContaining('(ENOTFILE)'),
    });
  });

  it.each([
    ['a word (could be a secret)', 'Abcdef123456'],
    ['only base64 characters', '/etc/keys/private'],
    ['a name with no separator or extension', 'Abc-def_123'],
    ['a lone surrogate', 'key\ud800.pem'],
  ])('does not name a path that is %s', async (_title, path) => {
    const err = await rejection(path);
    expect(err.reason).toBe('unreadable');
    expect(err.path).toBeUndefined();
    expect(rendered(err)).not.toContain(path);
    expect(err.message).toContain('privateKey file (path not shown) could not be read (');
  });

  it('rejects a Buffer that is neither PEM nor DER, keeping the parser error as cause', async () => {
    const err = await rejection(Buffer.from('not a key'));
    expect(err).toMatchObject({ reason: 'unparsable' });
    expect(Object.prototype.toString.call(err.cause)).toBe('[object Error]');
  });

  it('leaves an encrypted PKCS#1 PEM (Proc-Type headers) as it is: unparsable without a passphrase', async () => {
    const encrypted = keys.privateKey.export({
      format: 'pem',
      type: 'pkcs1',
      cipher: 'aes-256-cbc',
      passphrase: 'pass',
    }) as string;
    expect(encrypted).toContain('Proc-Type: 4,ENCRYPTED');
    await expect(loadPrivateKey(encrypted)).rejects.toMatchObject({ reason: 'unparsable' });
  });

  it('rejects a PEM without its END line as unparsable', async () => {
    await expect(loadPrivateKey(pkcs8Lines.slice(0, -1).join('\n'))).rejects.toMatchObject({
      reason: 'unparsable',
    });
  });

  it('rejects a PEM string that does not parse', async () => {
    const broken = keys.pkcs8Pem.replace(/A/g, 'B');
    await expect(loadPrivateKey(broken)).rejects.toMatchObject({ reason: 'unparsable' });
  });
});
