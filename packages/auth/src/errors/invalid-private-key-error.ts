import { AcctError } from '@acct/http';

/** Why a private key was rejected. */
export type InvalidPrivateKeyReason =
  /** Not a string, Buffer or KeyObject. */
  | 'invalid-type'
  /** A path was given and the file could not be read. */
  | 'unreadable'
  /** The PEM (or file contents) is not a private key node:crypto can parse. */
  | 'unparsable'
  /** A private key, but not an RSA one (RS256 needs RSA). */
  | 'not-rsa'
  /** An RSA key shorter than 2048 bits (RS256 needs 2048 or more). */
  | 'too-small';

/** What an {@link InvalidPrivateKeyError} is built from. */
export interface InvalidPrivateKeyErrorInit {
  /** Why the key was rejected. */
  reason: InvalidPrivateKeyReason;
  /** The file path, when the key was given as a path (a path is not a secret). */
  path?: string;
  /**
   * What was received: a type name (`'invalid-type'`), a key type (`'not-rsa'`), a key size
   * (`'too-small'`) or a system error code (`'unreadable'`).
   */
  received?: string;
  /** The underlying error, if any. */
  cause?: unknown;
}

const USAGE =
  'pass an unencrypted RSA private key (PKCS#8 or PKCS#1) as a PEM string, a Buffer ' +
  'or the path to a PEM file to new Auth({ applicationId, privateKey })';

function describe(init: InvalidPrivateKeyErrorInit): string {
  const from = init.path === undefined ? '' : ` from file ${init.path}`;
  switch (init.reason) {
    case 'invalid-type':
      return `privateKey must be a PEM string, a Buffer or a file path, got ${init.received}`;
    case 'unreadable':
      return `privateKey file ${init.path} could not be read (${init.received})`;
    case 'not-rsa':
      return `privateKey${from} is of type ${init.received}, RS256 needs an RSA key`;
    case 'too-small':
      return `privateKey${from} is a ${init.received} RSA key, RS256 needs 2048 bits or more`;
    default:
      return `privateKey${from} could not be parsed as a private key`;
  }
}

/**
 * Thrown when the private key cannot be used: wrong type (at construction), a key file
 * that cannot be read (the message names the path), contents that are not a private key,
 * or a key that is not RSA of 2048 bits or more. The message never contains the key itself.
 *
 * Code: `ACCT_AUTH_INVALID_PRIVATE_KEY`.
 *
 * @example
 * ```ts
 * import { Auth, InvalidPrivateKeyError } from '@acct/auth';
 *
 * const auth = new Auth({ applicationId: 'aaaaaaaa-bbbb-cccc-dddd-0123456789ab', privateKey: '/no/such/key.pem' });
 * try {
 *   await auth.createBearerHeader();
 * } catch (err) {
 *   console.log((err as InvalidPrivateKeyError).reason, (err as InvalidPrivateKeyError).path); // 'unreadable' '/no/such/key.pem'
 * }
 * ```
 */
export class InvalidPrivateKeyError extends AcctError {
  /** Why the key was rejected. */
  readonly reason: InvalidPrivateKeyReason;
  /** The key file path, when the key was given as a path. */
  declare readonly path?: string;

  /**
   * @param init - The reason, and the path, received type or system code and cause when known.
   */
  constructor(init: InvalidPrivateKeyErrorInit) {
    super(`[@acct/auth] ${describe(init)}: ${USAGE}`, {
      code: 'ACCT_AUTH_INVALID_PRIVATE_KEY',
      cause: init.cause,
    });
    this.reason = init.reason;
    if (init.path !== undefined) this.path = init.path;
  }
}
