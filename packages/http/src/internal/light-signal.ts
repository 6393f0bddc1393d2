type Listener = (event: { type: 'abort' }) => void;

/**
 * The part of an `AbortSignal` that node-fetch 3 uses: its `Symbol.toStringTag` check,
 * `aborted`, `reason`, and `addEventListener`/`removeEventListener('abort')`.
 *
 * On Node 20 a real `AbortController` costs several microseconds and a heavy
 * `EventTarget` to make, once per attempt; this costs almost nothing. It is used only
 * with the default node-fetch transport; an injected fetch gets a real `AbortSignal`.
 */
export class LightSignal {
  aborted = false;
  reason: unknown = undefined;
  #listeners: Listener[] | undefined;

  addEventListener(type: string, listener: Listener): void {
    if (type === 'abort') (this.#listeners ??= []).push(listener);
  }

  removeEventListener(type: string, listener: Listener): void {
    const index = type === 'abort' && this.#listeners ? this.#listeners.indexOf(listener) : -1;
    if (index !== -1) this.#listeners?.splice(index, 1);
  }

  /** Aborts once: sets `aborted` and `reason`, then calls the listeners. */
  abort(reason: unknown = new DOMException('This operation was aborted', 'AbortError')): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    for (const listener of this.#listeners?.slice() ?? []) listener.call(this, { type: 'abort' });
  }
}

Object.defineProperty(LightSignal.prototype, Symbol.toStringTag, { value: 'AbortSignal' });

/** What `send()` aborts: a real `AbortController` or a {@link LightSignal}. */
export interface Abortable {
  readonly signal: unknown;
  abort(): void;
}

/** A controller over a {@link LightSignal}, shaped like `AbortController`. */
export function lightController(): Abortable {
  const signal = new LightSignal();
  return { signal, abort: () => signal.abort() };
}
