import { MAX_RECEIVED_SECRETS, MAX_REMEMBERED_SECRET_LENGTH } from './limits';
import { scrubber, type Scrub } from './redact';

/**
 * Every secret value the emulator has seen, kept in clear only to scrub them from the request
 * log: the seeded ones (kept for good) and the ones received in create requests, valid or not
 * (the last {@link MAX_RECEIVED_SECRETS}). Lives in a `#private` field of the Emulator, so no
 * snapshot, log entry or `util.inspect` shows it.
 */
export class KnownSecrets {
  readonly #seeded = new Set<string>();
  readonly #received = new Set<string>();
  #scrub: Scrub | undefined;

  /** Remembers seeded secrets for good. */
  seed(secrets: Iterable<string>): void {
    for (const secret of secrets) this.#seeded.add(secret);
    this.#scrub = undefined;
  }

  /** Remembers a secret received in a request (an over-long one is not a secret the service takes). */
  receive(secret: string): void {
    if (secret === '' || secret.length > MAX_REMEMBERED_SECRET_LENGTH) return;
    if (this.#seeded.has(secret) || this.#received.has(secret)) return;
    if (this.#received.size >= MAX_RECEIVED_SECRETS) {
      const oldest = this.#received.values().next().value as string;
      this.#received.delete(oldest);
    }
    this.#received.add(secret);
    this.#scrub = undefined;
  }

  /** The scrubber for every secret known now. */
  get scrub(): Scrub {
    this.#scrub ??= scrubber([...this.#seeded, ...this.#received]);
    return this.#scrub;
  }
}
