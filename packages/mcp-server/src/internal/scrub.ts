import { redactSecrets } from '@acct/server-sdk';

/** Replaces every registered secret in a string with `[REDACTED]`. */
export interface Scrubber {
  (text: string): string;
  /** Registers one more secret (a rotated one) to remove from now on. */
  add(secret: string): void;
}

/**
 * Last line of defence: whatever text leaves the server (tool results, errors, logs) goes
 * through it, so a secret echoed by an upstream message never reaches the agent.
 *
 * @param initial - Secrets known at start-up.
 * @returns The scrubber.
 */
export function createScrubber(initial: readonly string[]): Scrubber {
  const secrets = new Set<string>();
  const scrub = ((text: string): string => redactSecrets(text, secrets)) as Scrubber;
  scrub.add = (secret: string): void => {
    if (secret.length > 0) secrets.add(secret);
  };
  for (const secret of initial) scrub.add(secret);
  return scrub;
}
