import { webcrypto, type KeyObject } from 'node:crypto';

type Jose = typeof import('jose');

/** What jose signs with: the WebCrypto key made once from the parsed `KeyObject`. */
export type SigningKey = webcrypto.CryptoKey;

let jose: Promise<Jose> | undefined;
const encoder = new TextEncoder();

/**
 * Imports jose on first use only, so that users who never create a JWT never load it.
 *
 * @returns The jose module.
 */
function loadJose(): Promise<Jose> {
  jose ??= import('jose');
  return jose;
}

/**
 * Converts a parsed RSA private key, once, into the WebCrypto key jose 6 signs with: handed a
 * `KeyObject`, jose would look its conversion up in a cache on every signature.
 *
 * @param key - An RSA private key (checked by `loadPrivateKey`).
 * @returns A non-extractable RSASSA-PKCS1-v1_5 / SHA-256 signing key.
 */
export function toSigningKey(key: KeyObject): Promise<SigningKey> {
  return webcrypto.subtle.importKey(
    'pkcs8',
    key.export({ format: 'der', type: 'pkcs8' }),
    { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
    false,
    ['sign'],
  );
}

/**
 * Signs a JWT with RS256 (header `{ alg: 'RS256', typ: 'JWT' }`) through jose's compact JWS
 * signer. The claims are plain JSON data already checked by `resolveJwtOptions` (finite
 * `iat`, `nbf` and `exp`, nothing JSON cannot hold).
 *
 * @param claims - The claims, complete (`iat`, `exp`, `jti` included).
 * @param key - The signing key from {@link toSigningKey}.
 * @returns The compact JWT.
 */
export async function signJwt(claims: Record<string, unknown>, key: SigningKey): Promise<string> {
  const { CompactSign } = await loadJose();
  return new CompactSign(encoder.encode(JSON.stringify(claims)))
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT' })
    .sign(key);
}
