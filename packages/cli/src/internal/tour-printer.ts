import type { Output } from './output';

/**
 * Prints the numbered steps of a tour: under each heading, the code that ran (indented, so the
 * indented lines together are the program) and its results as `//` comments.
 */
export class TourPrinter {
  readonly #out: Output;
  #step = 0;

  constructor(out: Output) {
    this.#out = out;
  }

  /** A numbered heading. */
  step(title: string): void {
    this.#step += 1;
    this.#out.line('');
    this.#out.line(this.#out.style('bold', `${this.#step}. ${title}`));
  }

  /** A line of the code the tour runs, exactly as it runs it. */
  code(text: string): void {
    this.#out.line(this.#out.style('dim', `   ${text}`));
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
