import { createPrivateKey, KeyObject } from 'node:crypto';
import { open } from 'node:fs/promises';
import { describeValue } from '@acct/http';
import { InvalidPrivateKeyError } from '../errors/invalid-private-key-error';
import { classifyKeyText, MAX_KEY_SIZE, normaliseKeyBytes } from './private-key-text';

const MIN_MODULUS_BITS = 2048;

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

/** Parses PEM text, or DER bytes as PKCS#8 then PKCS#1. */
function parse(material: string | Buffer, path?: string): KeyObject {
  const attempts: Array<Parameters<typeof createPrivateKey>[0]> =
    typeof material === 'string'
      ? [material]
      : [
          { key: material, format: 'der', type: 'pkcs8' },
          { key: material, format: 'der', type: 'pkcs1' },
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

/** The system error code of a failed file operation, never its message (which holds the path). */
const codeOf = (err: unknown): string => {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[A-Z0-9_]{1,40}$/.test(code) ? code : 'unknown error';
};

/** Reads a key file of at most {@link MAX_KEY_SIZE} bytes. */
async function readKeyFile(path: string, shown: string | undefined): Promise<Buffer> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(path, 'r');
    const stat = await handle.stat();
    if (stat.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    if (!stat.isFile()) throw Object.assign(new Error('not a file'), { code: 'ENOTFILE' });
    if (stat.size > MAX_KEY_SIZE) {
      throw new InvalidPrivateKeyError({
        reason: 'too-large',
        path: shown,
        received: `${stat.size} bytes`,
      });
    }
    return await handle.readFile();
  } catch (err) {
    if (err instanceof InvalidPrivateKeyError) throw err;
    // no cause: a file system error's message and fields repeat the path
    throw new InvalidPrivateKeyError({ reason: 'unreadable', path: shown, received: codeOf(err) });
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Turns the `privateKey` setting into an RSA private `KeyObject`: parses a PEM string (also
 * with escaped `\n`, without line breaks, or inside quotes), a bare base64 body, a Buffer (PEM
 * or DER, PKCS#8 or PKCS#1), or reads and parses the file at a path.
 *
 * @param input - The `privateKey` setting.
 * @returns The parsed key.
 * @throws {InvalidPrivateKeyError} when the value has the wrong type or size, the file cannot
 *   be read, the contents are not a private key, or the key is not RSA of at least 2048 bits.
 *   Never includes the key; names the path only when it clearly is one.
 */
export async function loadPrivateKey(input: unknown): Promise<KeyObject> {
  if (input instanceof KeyObject) return checkRsa(input);
  if (input instanceof Uint8Array) {
    if (input.byteLength > MAX_KEY_SIZE) {
      throw new InvalidPrivateKeyError({
        reason: 'too-large',
        received: `${input.byteLength} bytes`,
      });
    }
    return parse(normaliseKeyBytes(input));
  }
  if (typeof input !== 'string' || input === '') {
    throw new InvalidPrivateKeyError({ reason: 'invalid-type', received: describeValue(input) });
  }
  if (input.length > MAX_KEY_SIZE) {
    throw new InvalidPrivateKeyError({ reason: 'too-large', received: describeValue(input) });
  }
  const text = classifyKeyText(input);
  switch (text.kind) {
    case 'pem':
      return parse(text.pem);
    case 'der':
      return parse(text.der);
    case 'garbage':
      throw new InvalidPrivateKeyError({ reason: 'unparsable' });
    default: {
      const contents = await readKeyFile(text.path, text.shown);
      return parse(normaliseKeyBytes(contents), text.shown);
    }
  }
}
