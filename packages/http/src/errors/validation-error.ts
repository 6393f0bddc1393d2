import { AcctError } from './acct-error';

/**
 * One parameter that was rejected, and why.
 *
 * @example
 * ```ts
 * const p: InvalidParameter = { name: 'secret', reason: 'must contain a digit' };
 * ```
 */
export interface InvalidParameter {
  /** The parameter's name, as the caller spelt it. */
  name: string;
  /** Why it was rejected, and what to pass instead. */
  reason: string;
}

/**
 * Options of {@link ValidationError}.
 *
 * @example
 * ```ts
 * const options: ValidationErrorOptions = { invalidParameters: [{ name: 'url', reason: 'must be absolute' }] };
 * ```
 */
export interface ValidationErrorOptions {
  /**
   * The parameters rejected.
   *
   * @default []
   */
  invalidParameters?: InvalidParameter[];
  /**
   * The underlying error, if any.
   *
   * @default undefined
   */
  cause?: unknown;
}

/**
 * Bad input, detected before any request is sent (code `ACCT_VALIDATION`).
 * Used by every acct package.
 *
 * @example
 * ```ts
 * import { ValidationError } from '@acct/http';
 *
 * throw new ValidationError('[@acct/accounts] secret is invalid: use 8 to 25 characters', {
 *   invalidParameters: [{ name: 'secret', reason: 'must be 8 to 25 characters' }],
 * });
 * ```
 */
export class ValidationError extends AcctError {
  /** The parameters rejected, each with the reason. */
  readonly invalidParameters: InvalidParameter[];

  /**
   * @param message - What is wrong and what to pass instead, prefixed by the package name.
   * @param options - The rejected parameters (or their array directly) and an optional cause.
   */
  constructor(message: string, options: ValidationErrorOptions | InvalidParameter[] = {}) {
    const opts = Array.isArray(options) ? { invalidParameters: options } : options;
    super(message, { code: 'ACCT_VALIDATION', cause: opts.cause });
    this.invalidParameters = opts.invalidParameters ?? [];
  }

  /**
   * A plain JSON view: name, code, message and the invalid parameters.
   *
   * @returns The fields that `JSON.stringify(err)` shows.
   */
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), invalidParameters: this.invalidParameters };
  }
}
