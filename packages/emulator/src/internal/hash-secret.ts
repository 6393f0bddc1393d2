import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A secret as the emulator holds it: a random salt and sha256(salt + secret), never the secret. */
export interface SecretHash {
  readonly salt: Buffer;
  readonly hash: Buffer;
}

function digest(salt: Buffer, secret: string): Buffer {
  return createHash('sha256').update(salt).update(secret, 'utf8').digest();
}

/** Hashes a secret with a fresh 16-byte salt. */
export function hashSecret(secret: string): SecretHash {
  const salt = randomBytes(16);
  return { salt, hash: digest(salt, secret) };
}

/** Whether `secret` is the one behind `stored`, compared in constant time. */
export function verifySecret(stored: SecretHash, secret: string): boolean {
  return timingSafeEqual(stored.hash, digest(stored.salt, secret));
}
