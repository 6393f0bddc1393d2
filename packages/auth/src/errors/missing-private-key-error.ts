import { AcctError } from '@acct/http';

/**
 * Thrown by `createBearerHeader()` when no private key was given to {@link Auth}.
 *
 * Code: `ACCT_AUTH_MISSING_PRIVATE_KEY`.
 *
 * @example
 * ```ts
 * import { Auth, MissingPrivateKeyError } from '@acct/auth';
 *
 * try {
 *   await new Auth({ applicationId: 'aaaaaaaa-bbbb-cccc-dddd-0123456789ab' }).createBearerHeader();
 * } catch (err) {
 *   console.log(err instanceof MissingPrivateKeyError); // true
 * }
 * ```
 */
export class MissingPrivateKeyError extends AcctError {
  /**
   * @param options - An optional underlying `cause`.
   */
  constructor(options: { cause?: unknown } = {}) {
    super(
      '[@acct/auth] privateKey is missing: pass a PEM string, a Buffer or the path to a PEM file ' +
        'to new Auth({ applicationId, privateKey })',
      { code: 'ACCT_AUTH_MISSING_PRIVATE_KEY', cause: options.cause },
    );
  }
}
