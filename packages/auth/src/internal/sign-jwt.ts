import type { KeyObject } from 'node:crypto';

type Jose = typeof import('jose');

let jose: Promise<Jose> | undefined;

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
 * Signs a JWT with RS256 (header `{ alg: 'RS256', typ: 'JWT' }`) through jose.
 *
 * @param claims - The claims, complete (`iat`, `exp`, `jti` included).
 * @param key - An RSA private key.
 * @returns The compact JWT.
 */
export async function signJwt(claims: Record<string, unknown>, key: KeyObject): Promise<string> {
  const { SignJWT } = await loadJose();
  return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', typ: 'JWT' }).sign(key);
}
