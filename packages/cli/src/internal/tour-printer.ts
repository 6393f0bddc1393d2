import type { Output } from './output';

/** Prints the numbered steps of a tour in plain words. */
export class TourPrinter {
  readonly #out: Output;
  #step = 0;

  constructor(out: Output) {
    this.#out = out;
  }

  /** A numbered heading, with the SDK call it makes. */
  step(title: string, call: string): void {
    this.#step += 1;
    this.#out.line('');
    this.#out.line(this.#out.style('bold', `${this.#step}. ${title}`));
    this.#out.line(this.#out.style('dim', `   ${call}`));
  }

  /** A result line under the current step. */
  say(text: string): void {
    this.#out.line(`   ${text}`);
  }

  /** Any plain line. */
  line(text = ''): void {
    this.#out.line(text);
  }
}
