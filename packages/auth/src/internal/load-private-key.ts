import { createPrivateKey, KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { InvalidPrivateKeyError } from '../errors/invalid-private-key-error';
import { describeType } from './describe-type';
import type { PrivateKeyInput } from '../auth-params';

const MIN_MODULUS_BITS = 2048;

/** Bare base64 key material (a PEM without its armour) is never taken for a file path. */
const looksLikeKeyMaterial = (text: string): boolean =>
  text.includes('\n') || (text.length >= 64 && /^[A-Za-z0-9+/=\s]+$/.test(text));

function checkRsa(key: KeyObject, path?: string): KeyObject {
  if (key.type !== 'private') {
    throw new InvalidPrivateKeyError({ reason: 'unparsable', path });
  }
  if (key.asymmetricKeyType !== 'rsa') {
    throw new InvalidPrivateKeyError({ reason: 'not-rsa', path, received: key.asymmetricKeyType });
  }
  const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
  if (bits < MIN_MODULUS_BITS) {
    throw new InvalidPrivateKeyError({ reason: 'too-small', path, received: `${bits}-bit` });
  }
  return key;
}

function parse(material: string | Uint8Array, path?: string): KeyObject {
  const attempts: Array<Parameters<typeof createPrivateKey>[0]> =
    typeof material === 'string'
      ? [material]
      : [
          { key: Buffer.from(material), format: 'pem' },
          { key: Buffer.from(material), format: 'der', type: 'pkcs8' },
          { key: Buffer.from(material), format: 'der', type: 'pkcs1' },
        ];
  let lastError: unknown;
  for (const attempt of attempts) {
    try {
      return checkRsa(createPrivateKey(attempt), path);
    } catch (err) {
      if (err instanceof InvalidPrivateKeyError) throw err;
      lastError = err;
    }
  }
  throw new InvalidPrivateKeyError({ reason: 'unparsable', path, cause: lastError });
}

/**
 * Turns the `privateKey` setting into an RSA private `KeyObject`: parses a PEM string or a
 * Buffer (PEM or DER, PKCS#8 or PKCS#1), or reads and parses the file at a path.
 *
 * @param input - The `privateKey` setting.
 * @returns The parsed key.
 * @throws {InvalidPrivateKeyError} when the file cannot be read, the contents are not a
 *   private key, or the key is not RSA of at least 2048 bits. Never includes the key.
 */
export async function loadPrivateKey(input: PrivateKeyInput): Promise<KeyObject> {
  if (input instanceof KeyObject) return checkRsa(input);
  if (typeof input !== 'string') return parse(input);
  if (input === '') {
    throw new InvalidPrivateKeyError({ reason: 'invalid-type', received: describeType(input) });
  }
  if (input.includes('-----BEGIN')) return parse(input);
  if (looksLikeKeyMaterial(input)) throw new InvalidPrivateKeyError({ reason: 'unparsable' });
  let contents: Buffer;
  try {
    contents = await readFile(input);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new InvalidPrivateKeyError({
      reason: 'unreadable',
      path: input,
      received: code,
      cause: err,
    });
  }
  return parse(contents, input);
}
