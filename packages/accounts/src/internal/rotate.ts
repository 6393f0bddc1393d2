import { MaximumSecretsError } from '../errors/maximum-secrets-error';
import { SecretRotationError } from '../errors/secret-rotation-error';
import type { APISecretResponse } from '../types/api-secret-response';
import type { ListAPISecretsResponse } from '../types/list-api-secrets-response';
import type { RotateSecretResult } from '../types/rotate-secret-result';

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

/** list → refuse when full → create → prove (else roll back) → optionally revoke the previous ones. */
export async function rotate(
  steps: RotationSteps,
  revokePrevious: boolean,
): Promise<RotateSecretResult> {
  const { apiKey } = steps;
  const previous = (await steps.list())._embedded.secrets.map((s) => s.id);
  if (previous.length >= MAX_SECRETS) throw new MaximumSecretsError(apiKey, previous);
  const created = await steps.create();
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
