import { AcctError } from '@acct/http';

/**
 * Where `rotateSecret` stopped: `'create'` (creating the new secret was answered 2xx without its
 * JSON, so it exists but its id was unknown), `'verify'` (the new secret did not authenticate) or
 * `'revoke'` (deleting a previous secret failed after the new one was proven).
 *
 * @example
 * ```ts
 * import { SecretRotationError, Secrets, type SecretRotationStage } from '@acct/accounts';
 *
 * const advice: Record<SecretRotationStage, string> = {
 *   create: 'the new secret exists but its id is unknown: list the secrets before rotating again',
 *   verify: 'the new secret did not authenticate: check the account, then rotate again',
 *   revoke: 'the new secret works: revoke the old ones with deleteSecret()',
 * };
 * const secrets = new Secrets({ apiKey: 'abcd1234', apiSecret: 'Abcdef123' });
 * await secrets.rotateSecret('abcd1234', 'NewSecret2025', { revoke: 'previous' }).catch((err: unknown) => {
 *   if (err instanceof SecretRotationError) console.log(advice[err.stage]);
 * });
 * ```
 */
export type SecretRotationStage = 'create' | 'verify' | 'revoke';

/**
 * Fields of a {@link SecretRotationError}.
 *
 * @example
 * ```ts
 * import { SecretRotationError, type SecretRotationErrorInit } from '@acct/accounts';
 *
 * // a test double of Secrets whose rotation fails as a real one can
 * const init: SecretRotationErrorInit = {
 *   apiKey: 'abcd1234',
 *   stage: 'verify',
 *   createdId: 'ad6dc56f-07b5-46e1-a527-85530e625800',
 *   rolledBack: true,
 *   revoked: [],
 * };
 * const fakeSecrets = { rotateSecret: () => Promise.reject(new SecretRotationError(init)) };
 * await fakeSecrets.rotateSecret().catch((err: SecretRotationError) => console.log(err.message));
 * ```
 */
export interface SecretRotationErrorInit {
  /** The API key being rotated. */
  apiKey: string;
  /** Where the rotation stopped. */
  stage: SecretRotationStage;
  /**
   * The id of the secret created by this rotation; `''` when it is unknown (stage `'create'`
   * with the secrets unreadable afterwards).
   */
  createdId: string;
  /** `true` when the created secret was deleted again (stages `'create'` and `'verify'`). */
  rolledBack: boolean;
  /** Ids of previous secrets already deleted before the failure (stage `'revoke'`). */
  revoked: string[];
  /** The underlying failure. */
  cause?: unknown;
}

/**
 * `rotateSecret` failed after creating the new secret. With stage `'create'` the create was
 * answered 2xx without the secret's JSON (`cause` is the `ParseError`): the secrets were listed
 * again and the new one deleted again (`rolledBack: true`); otherwise delete `createdId`
 * yourself, or list the secrets when `createdId` is `''`. With stage `'verify'` the new secret did
 * not authenticate and was deleted again (`rolledBack: true`), or could not be deleted
 * (`rolledBack: false`: delete `createdId` yourself). With stage `'revoke'` the new secret works
 * but deleting a previous one failed. `cause` holds the underlying error.
 *
 * Code: `ACCT_SECRET_ROTATION`.
 *
 * @example
 * ```ts
 * import { SecretRotationError, Secrets } from '@acct/accounts';
 *
 * const secrets = new Secrets({ apiKey: 'abcd1234', apiSecret: 'Abcdef123' });
 * try {
 *   await secrets.rotateSecret('abcd1234', 'NewSecret2025');
 * } catch (err) {
 *   if (!(err instanceof SecretRotationError)) throw err;
 *   if (!err.rolledBack) console.log(`delete secret ${err.createdId} yourself`);
 * }
 * ```
 */
export class SecretRotationError extends AcctError {
  /** The API key being rotated. */
  readonly apiKey: string;
  /** Where the rotation stopped. */
  readonly stage: SecretRotationStage;
  /** The id of the secret this rotation created. */
  readonly createdId: string;
  /** Whether the created secret was deleted again. */
  readonly rolledBack: boolean;
  /** Ids of previous secrets deleted before the failure. */
  readonly revoked: string[];

  /**
   * @param init - What happened; see {@link SecretRotationErrorInit}.
   */
  constructor(init: SecretRotationErrorInit) {
    super(describe(init), { code: 'ACCT_SECRET_ROTATION', cause: init.cause });
    this.apiKey = init.apiKey;
    this.stage = init.stage;
    this.createdId = init.createdId;
    this.rolledBack = init.rolledBack;
    this.revoked = init.revoked;
  }

  /**
   * @returns The JSON view: name, code, message and the rotation fields.
   */
  override toJSON(): Record<string, unknown> {
    const { apiKey, stage, createdId, rolledBack, revoked } = this;
    return { ...super.toJSON(), apiKey, stage, createdId, rolledBack, revoked };
  }
}

function describe(init: SecretRotationErrorInit): string {
  const prefix = `[@acct/accounts] rotating the secret of ${init.apiKey} failed`;
  if (init.stage === 'create') {
    const lost = `${prefix}: the answer to creating the new secret was unreadable (see cause)`;
    if (init.rolledBack) return `${lost}; the secret it created was deleted again: nothing changed`;
    return init.createdId === ''
      ? `${lost} and the secrets could not be listed: list them with listSecrets() and delete ` +
          'the one you did not have before'
      : `${lost} and deleting the secret it created failed: delete secret ${init.createdId} ` +
          'with deleteSecret()';
  }
  if (init.stage === 'revoke') {
    return (
      `${prefix} while revoking previous secrets: the new secret ${init.createdId} works; ` +
      `revoked so far: [${init.revoked.join(', ')}]; delete the rest with deleteSecret()`
    );
  }
  return init.rolledBack
    ? `${prefix}: the new secret did not authenticate, so it was deleted again (see cause)`
    : `${prefix}: the new secret did not authenticate and deleting it failed: ` +
        `delete secret ${init.createdId} with deleteSecret() (see cause)`;
}
