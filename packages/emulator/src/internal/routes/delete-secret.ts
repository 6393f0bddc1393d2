import { noContent, problem, type Reply } from '../reply';
import type { RouteContext } from './route-context';
import { isReply, secretById, secretTarget } from './secret-target';

/**
 * `DELETE /accounts/{api_key}/secrets/{secret_id}`: 204, and the secret stops authenticating at
 * once; deleting the only secret is a 403 `delete-last-secret`.
 */
export function deleteSecret(ctx: RouteContext): Reply {
  const target = secretTarget(ctx);
  if (isReply(target)) return target;
  const secret = secretById(ctx, target);
  if (isReply(secret)) return secret;
  if (target.secrets.length <= 1) {
    return problem(403, ctx.requestId, {
      type: 'https://developer.nexmo.com/api-errors/account/secret-management#delete-last-secret',
      title: 'Secret Deletion Forbidden',
      detail:
        'Can not delete the last secret. The account must always have at least 1 secret active at any time',
    });
  }
  target.secrets = target.secrets.filter((s) => s !== secret);
  return noContent();
}
