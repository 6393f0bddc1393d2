import { json, type Reply } from '../reply';
import type { RouteContext } from './route-context';
import { secretInfo, secretsPath } from './secret-info';
import { isReply, secretTarget } from './secret-target';

/** `GET /accounts/{api_key}/secrets`: the HAL list of the account's secrets. */
export function listSecrets(ctx: RouteContext): Reply {
  const target = secretTarget(ctx);
  if (isReply(target)) return target;
  return json(200, {
    _links: { self: { href: secretsPath(target.apiKey) } },
    _embedded: { secrets: target.secrets.map((s) => secretInfo(target.apiKey, s)) },
  });
}
