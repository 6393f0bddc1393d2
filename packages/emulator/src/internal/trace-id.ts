import { randomBytes } from 'node:crypto';

/**
 * Makes trace ids like the service's `instance` (32 hex digits): a random 64-bit prefix per
 * generator and a 64-bit counter, so ids are unique without drawing randomness per request.
 */
export function traceIds(): () => string {
  const prefix = randomBytes(8).toString('hex');
  let counter = 0;
  return () => {
    counter += 1;
    return prefix + counter.toString(16).padStart(16, '0');
  };
}
