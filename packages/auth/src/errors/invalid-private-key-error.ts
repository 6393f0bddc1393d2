import { AcctError } from '@acct/http';

/** Why a private key was rejected. */
export type InvalidPrivateKeyReason =
  /** Not a non-empty string, a Buffer, a Uint8Array or a KeyObject. */
  | 'invalid-type'
  /** Key material, or a key file, over 64 KiB. */
  | 'too-large'
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
  /**
   * The file path, when the key was given as a path that clearly is one (a separator or a file
   * extension, not only base64 characters): only such a path is named in the message.
   */
  path?: string;
  /**
   * What was received, never its content: a type and length (`'invalid-type'`,
   * `'too-large'`), a key type (`'not-rsa'`), a key size (`'too-small'`) or a system error code
   * (`'unreadable'`).
   */
  received?: string;
  /** The underlying error, if any (never one whose message holds key material or the path). */
  cause?: unknown;
}

const USAGE =
  'pass an unencrypted RSA private key (PKCS#8 or PKCS#1) as a PEM string, a Buffer ' +
  'or the path to a PEM file to new Auth({ applicationId, privateKey })';

function describe(init: InvalidPrivateKeyErrorInit): string {
  const from = init.path === undefined ? '' : ` from file ${init.path}`;
  const file = init.path === undefined ? 'file (path not shown)' : `file ${init.path}`;
  switch (init.reason) {
    case 'invalid-type':
      return `privateKey must be a PEM string, a Buffer or a file path, got ${init.received}`;
    case 'too-large':
      return `privateKey${from} is ${init.received}, at most 64 KiB is read`;
    case 'unreadable':
      return `privateKey ${file} could not be read (${init.received})`;
    case 'not-rsa':
      return `privateKey${from} is of type ${init.received}, RS256 needs an RSA key`;
    case 'too-small':
      return `privateKey${from} is a ${init.received} RSA key, RS256 needs 2048 bits or more`;
    default:
      return `privateKey${from} could not be parsed as a private key`;
  }
}

/**
 * Rejects `createBearerHeader()` when the private key cannot be used: wrong type, over 64 KiB,
 * a key file that cannot be read, contents that are not a private key, or a key that is not
 * RSA of 2048 bits or more. `new Auth()` itself never throws it. The message, `cause` and
 * fields never contain key material; a file path is named only when it clearly is one.
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
 *   if (err instanceof InvalidPrivateKeyError) console.log(err.reason, err.path); // 'unreadable' '/no/such/key.pem'
 * }
 * ```
 */
export class InvalidPrivateKeyError extends AcctError {
  /** Why the key was rejected. */
  readonly reason: InvalidPrivateKeyReason;
  /** The key file path, when the key was given as a path that clearly is one. */
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
