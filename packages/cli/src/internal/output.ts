import { redactSecrets } from '@acct/server-sdk';
import type { CliIo, CliOutputStream } from '../cli-io';
import { renderReport, renderReportJson, type ErrorReport } from './error-report';

const CODES = { red: [31, 39], green: [32, 39], yellow: [33, 39], bold: [1, 22], dim: [2, 22] };
type Style = keyof typeof CODES;

/**
 * Everything a command prints goes through here: results on stdout, messages on stderr.
 * Every line is scrubbed of the secrets this run knows about (belt and braces: acct errors
 * hold none), except the one line `secrets rotate` prints the new secret on. With `--json`,
 * every line on stderr is one JSON object: `{"info":...}`, `{"warning":...}`, and a failure
 * as exactly one `{"error":{...}}`.
 */
export class Output {
  readonly #io: CliIo;
  readonly #color: boolean;
  readonly #json: boolean;
  readonly #secrets = new Set<string>();

  constructor(io: CliIo, color: boolean, json = false) {
    this.#io = io;
    this.#color = color;
    this.#json = json;
  }

  /** True with `--json`: stderr lines are JSON objects. */
  get jsonMode(): boolean {
    return this.#json;
  }

  /** Never print this value (an API secret, a new secret). */
  protect(secret: string | undefined): void {
    if (secret === undefined || secret.length < 3) return;
    this.#secrets.add(secret);
    // as it appears inside a JSON string (quotes, backslashes, control characters escaped)
    this.#secrets.add(JSON.stringify(secret).slice(1, -1));
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

  /** The only unscrubbed write, on stdout: the new secret (once), or public demo values (the
   * emulator banner, the code of the emulator tour). */
  raw(secret: string): void {
    this.#io.stdout.write(`${secret}\n`);
  }

  /** A message on stderr. */
  info(text: string): void {
    this.#stderr(this.#json ? JSON.stringify({ info: text }) : text);
  }

  /** A warning on stderr. */
  warn(text: string): void {
    this.#stderr(
      this.#json
        ? JSON.stringify({ warning: text })
        : this.style('yellow', `warning: ${text}`, this.#io.stderr),
    );
  }

  /** A failure on stderr: words, or with `--json` exactly one `{"error":{...}}` line. */
  report(report: ErrorReport): void {
    if (this.#json) this.#stderr(renderReportJson(report));
    else this.error(renderReport(report));
  }

  /** An error message on stderr (already formatted). */
  error(text: string): void {
    const [first = '', ...rest] = text.split('\n');
    this.#stderr([this.style('red', first, this.#io.stderr), ...rest].join('\n'));
  }

  #stderr(text: string): void {
    this.#io.stderr.write(`${this.scrub(text)}\n`);
  }

  /** Styles text for stdout (or the given stream) when colour is on and it is a terminal. */
  style(style: Style, text: string, stream: CliOutputStream = this.#io.stdout): string {
    if (!this.#color || stream.isTTY !== true) return text;
    const [open, close] = CODES[style];
    return `\u001b[${open}m${text}\u001b[${close}m`;
  }
}
