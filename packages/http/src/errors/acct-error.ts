/**
 * Options accepted by every acct error constructor.
 *
 * @example
 * ```ts
 * throw new AcctError('[@acct/http] something failed', { code: 'ACCT_EXAMPLE', cause: err });
 * ```
 */
export interface AcctErrorOptions {
  /** Stable machine-readable code, such as `ACCT_HTTP_TIMEOUT`. */
  code: string;
  /** The underlying error, if any. */
  cause?: unknown;
}

/**
 * Base class of every error thrown by acct packages.
 *
 * Every acct error carries a stable {@link AcctError.code}; tell failures apart by class
 * or by `code`, never by parsing the message. Use the `is*Error()` guards when two copies
 * of acct may be installed side by side.
 *
 * @example
 * ```ts
 * import { AcctError } from '@acct/http';
 *
 * try {
 *   await acct.accounts.getBalance();
 * } catch (err) {
 *   if (err instanceof AcctError) console.error(err.code, err.message);
 * }
 * ```
 */
export class AcctError extends Error {
  /** Stable machine-readable code of this failure, for example `ACCT_HTTP_TIMEOUT`. */
  readonly code: string;

  /**
   * @param message - What happened and what to do, prefixed by the package name.
   * @param options - The stable `code` and an optional `cause`.
   */
  constructor(message: string, options: AcctErrorOptions) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = options.code;
  }

  /**
   * A plain JSON view of the error: name, code and message (never a credential).
   *
   * @returns The fields that `JSON.stringify(err)` shows.
   */
  toJSON(): Record<string, unknown> {
    return { name: this.name, code: this.code, message: this.message };
  }
}
