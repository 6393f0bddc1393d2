import type { Output } from './output';

/**
 * Prints the numbered steps of a tour: under each heading, the code that ran (indented, so the
 * indented lines together are the program) and its results as `//` comments.
 */
export class TourPrinter {
  readonly #out: Output;
  readonly #publicCode: boolean;
  #step = 0;

  /**
   * @param out - Where to print.
   * @param publicCode - The code holds only public demo values (the emulator tour): print it
   *   unscrubbed, so it stays runnable even when ACCT_API_SECRET holds the demo secret.
   */
  constructor(out: Output, publicCode = false) {
    this.#out = out;
    this.#publicCode = publicCode;
  }

  /** A numbered heading. */
  step(title: string): void {
    this.#step += 1;
    this.#out.line('');
    this.#out.line(this.#out.style('bold', `${this.#step}. ${title}`));
  }

  /** A line of the code the tour runs, exactly as it runs it. */
  code(text: string): void {
    const line = this.#out.style('dim', `   ${text}`);
    if (this.#publicCode) this.#out.raw(line);
    else this.#out.line(line);
  }

  /** A result, as a comment under the code that produced it. */
  say(text: string): void {
    this.#out.line(`   // ${text}`);
  }

  /** Any plain line. */
  line(text = ''): void {
    this.#out.line(text);
  }
}
