import { redactSecrets } from '@acct/server-sdk';
import type { CliIo, CliOutputStream } from '../cli-io';

const CODES = { red: [31, 39], green: [32, 39], yellow: [33, 39], bold: [1, 22], dim: [2, 22] };
type Style = keyof typeof CODES;

/**
 * Everything a command prints goes through here: results on stdout, messages on stderr.
 * Every line is scrubbed of the secrets this run knows about (belt and braces: acct errors
 * hold none), except the one line `secrets rotate` prints the new secret on.
 */
export class Output {
  readonly #io: CliIo;
  readonly #color: boolean;
  readonly #secrets = new Set<string>();

  constructor(io: CliIo, color: boolean) {
    this.#io = io;
    this.#color = color;
  }

  /** Never print this value (an API secret, a new secret). */
  protect(secret: string | undefined): void {
    if (secret !== undefined && secret.length >= 3) this.#secrets.add(secret);
  }

  /** Replaces every protected value with `[REDACTED]`. */
  scrub(text: string): string {
    return redactSecrets(text, this.#secrets);
  }

  /** A result line on stdout. */
  line(text = ''): void {
    this.#io.stdout.write(`${this.scrub(text)}\n`);
  }

  /** The raw response as JSON on stdout. */
  json(value: unknown): void {
    this.#io.stdout.write(`${this.scrub(JSON.stringify(value ?? null, null, 2))}\n`);
  }

  /** The only unscrubbed write, on stdout: the new secret (once), or public demo values. */
  raw(secret: string): void {
    this.#io.stdout.write(`${secret}\n`);
  }

  /** A message on stderr. */
  info(text: string): void {
    this.#io.stderr.write(`${this.scrub(text)}\n`);
  }

  /** A warning on stderr. */
  warn(text: string): void {
    this.info(this.style('yellow', `warning: ${text}`, this.#io.stderr));
  }

  /** An error message on stderr (already formatted). */
  error(text: string): void {
    const [first = '', ...rest] = text.split('\n');
    this.info([this.style('red', first, this.#io.stderr), ...rest].join('\n'));
  }

  /** Styles text for stdout (or the given stream) when colour is on and it is a terminal. */
  style(style: Style, text: string, stream: CliOutputStream = this.#io.stdout): string {
    if (!this.#color || stream.isTTY !== true) return text;
    const [open, close] = CODES[style];
    return `\u001b[${open}m${text}\u001b[${close}m`;
  }
}
