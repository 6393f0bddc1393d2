import { ParseError, redact } from '@acct/http';
import { MaximumSecretsError } from '../errors/maximum-secrets-error';
import { SecretRotationError } from '../errors/secret-rotation-error';
import type { APISecretResponse } from '../types/api-secret-response';
import type { ListAPISecretsResponse } from '../types/list-api-secrets-response';
import type { RotateSecretResult } from '../types/rotate-secret-result';
import { createdWithoutAnswer } from './create-outcome';

/** The maximum number of secrets an API key can hold. */
export const MAX_SECRETS = 2;

/** The secret operations a rotation needs, bound to one API key. */
export interface RotationSteps {
  apiKey: string;
  list(): Promise<ListAPISecretsResponse>;
  create(): Promise<APISecretResponse>;
  remove(id: string): Promise<void>;
  /** Resolves when the new secret authenticates; rejects otherwise. */
  prove(): Promise<unknown>;
}

/** The ids of the key's secrets; a list without `_embedded.secrets` is a `ParseError`. */
async function idsOf(steps: RotationSteps): Promise<string[]> {
  const list = await steps.list();
  const secrets: unknown = list._embedded?.secrets;
  if (!Array.isArray(secrets)) {
    throw new ParseError(
      '[@acct/accounts] the list of secrets has no _embedded.secrets array: check that apiHost ' +
        'points at the Account API',
      { text: redact(JSON.stringify(list) ?? '').slice(0, 200) },
    );
  }
  return (secrets as Array<{ id: string }>).map((s) => s.id);
}

/**
 * A create answered 2xx without the secret's JSON created it, but its id is unknown: list again
 * and delete what was not there before, so the rotation is undone rather than half done. Returns
 * the error to throw.
 */
async function undoUnreadableCreate(
  steps: RotationSteps,
  previous: string[],
  cause: unknown,
): Promise<unknown> {
  if (!createdWithoutAnswer(cause)) return cause;
  const failed = (createdId: string) =>
    new SecretRotationError({
      apiKey: steps.apiKey,
      stage: 'create',
      createdId,
      rolledBack: false,
      revoked: [],
      cause,
    });
  let extra: string[];
  try {
    extra = (await idsOf(steps)).filter((id) => !previous.includes(id));
  } catch {
    return failed('');
  }
  if (extra.length === 0) return cause; // nothing was created: nothing changed
  for (const id of extra) {
    const removed = await steps.remove(id).then(
      () => true,
      () => false,
    );
    if (!removed) return failed(id);
  }
  return new SecretRotationError({
    apiKey: steps.apiKey,
    stage: 'create',
    createdId: extra[0]!,
    rolledBack: true,
    revoked: [],
    cause,
  });
}

/**
 * list → refuse when full → create (undone when its answer is unreadable) → prove (else roll back) →
 * optionally revoke the previous ones.
 */
export async function rotate(
  steps: RotationSteps,
  revokePrevious: boolean,
): Promise<RotateSecretResult> {
  const { apiKey } = steps;
  const previous = await idsOf(steps);
  if (previous.length >= MAX_SECRETS) throw new MaximumSecretsError(apiKey, previous);
  let created: APISecretResponse;
  try {
    created = await steps.create();
  } catch (cause) {
    throw await undoUnreadableCreate(steps, previous, cause);
  }
  try {
    await steps.prove();
  } catch (cause) {
    const rolledBack = await steps.remove(created.id).then(
      () => true,
      () => false,
    );
    throw new SecretRotationError({
      apiKey,
      stage: 'verify',
      createdId: created.id,
      rolledBack,
      revoked: [],
      cause,
    });
  }
  const revoked: string[] = [];
  if (revokePrevious) {
    for (const id of previous) {
      try {
        await steps.remove(id);
      } catch (cause) {
        throw new SecretRotationError({
          apiKey,
          stage: 'revoke',
          createdId: created.id,
          rolledBack: false,
          revoked,
          cause,
        });
      }
      revoked.push(id);
    }
  }
  return { created, revoked };
}
