import { hash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A secret as the emulator holds it: a random salt and sha256(salt + secret), never the secret. */
export interface SecretHash {
  readonly salt: string;
  readonly hash: Buffer;
}

function digest(salt: string, secret: string): Buffer {
  return hash('sha256', salt + secret, 'buffer');
}

/** Hashes a secret with a fresh 16-byte salt. */
export function hashSecret(secret: string): SecretHash {
  const salt = randomBytes(16).toString('hex');
  return { salt, hash: digest(salt, secret) };
}

/** Whether `secret` is the one behind `stored`, compared in constant time. */
export function verifySecret(stored: SecretHash, secret: string): boolean {
  return timingSafeEqual(stored.hash, digest(stored.salt, secret));
}
