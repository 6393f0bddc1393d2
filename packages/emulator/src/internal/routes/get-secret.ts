import { json, type Reply } from '../reply';
import type { RouteContext } from './route-context';
import { secretInfo } from './secret-info';
import { isReply, secretById, secretTarget } from './secret-target';

/** `GET /accounts/{api_key}/secrets/{secret_id}`: one secret, or 404 naming the id. */
export function getSecret(ctx: RouteContext): Reply {
  const target = secretTarget(ctx);
  if (isReply(target)) return target;
  const secret = secretById(ctx, target);
  if (isReply(secret)) return secret;
  return json(200, secretInfo(target.apiKey, secret));
}
