import { newSecret } from '../account-store';
import { MAX_SECRETS } from '../limits';
import { json, problem, type Reply } from '../reply';
import { meetsSecretRules } from '../secret-rules';
import type { RouteContext } from './route-context';
import { secretInfo, secretsPath } from './secret-info';
import { isReply, secretTarget } from './secret-target';

const SECRET_MANAGEMENT = 'https://developer.nexmo.com/api-errors/account/secret-management';

function validationError(requestId: string, reason: string): Reply {
  return problem(400, requestId, {
    type: `${SECRET_MANAGEMENT}#validation`,
    title: 'Bad Request',
    detail: 'The request failed due to secret validation errors',
    invalid_parameters: [{ name: 'secret', reason }],
  });
}

/**
 * `POST /accounts/{api_key}/secrets` with JSON `{ secret }`: 201 and the new secret, which
 * authenticates at once. A secret breaking the rules is a 400 with `invalid_parameters`; a
 * third secret is a 403 `maximum-secrets-allowed`.
 */
export function createSecret(ctx: RouteContext): Reply {
  const target = secretTarget(ctx);
  if (isReply(target)) return target;
  const body = ctx.json;
  const secret =
    body !== null && typeof body === 'object' && !Array.isArray(body)
      ? (body as Record<string, unknown>).secret
      : undefined;
  if (secret === undefined) return validationError(ctx.requestId, 'Is required');
  if (typeof secret !== 'string') return validationError(ctx.requestId, 'Must be a string');
  if (!meetsSecretRules(secret)) {
    return validationError(ctx.requestId, 'Does not meet complexity requirements');
  }
  if (target.secrets.length >= MAX_SECRETS) {
    return problem(403, ctx.requestId, {
      type: `${SECRET_MANAGEMENT}#maximum-secrets-allowed`,
      title: 'Secret Addition Forbidden',
      detail: `Account reached maximum number [${MAX_SECRETS}] of allowed secrets`,
    });
  }
  const stored = newSecret(secret);
  target.secrets = [...target.secrets, stored];
  return json(201, secretInfo(target.apiKey, stored), {
    location: `${secretsPath(target.apiKey)}/${stored.id}`,
  });
}
