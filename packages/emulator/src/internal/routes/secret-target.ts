import type { StoredAccount, StoredSecret } from '../account-store';
import { problem, type Reply } from '../reply';
import type { RouteContext } from './route-context';

/**
 * The account named by the path's `api_key`, if the caller may manage it: itself, or one of its
 * sub-accounts. Any other key, existing or not, is a 404 `API key '<key>' not found`, so the
 * existence of a key is never leaked (never a 403).
 */
export function secretTarget(ctx: RouteContext): StoredAccount | Reply {
  const apiKey = ctx.params[0] as string;
  const target = ctx.store.accounts.get(apiKey);
  if (
    target !== undefined &&
    (target === ctx.caller || target.primaryApiKey === ctx.caller.apiKey)
  ) {
    return target;
  }
  return problem(404, ctx.requestId, {
    type: 'https://developer.nexmo.com/api-errors#invalid-api-key',
    title: 'Invalid API Key',
    detail: `API key '${apiKey}' not found`,
  });
}

/** The secret of `account` whose id is the path's `secret_id`, or a 404 naming the id. */
export function secretById(ctx: RouteContext, account: StoredAccount): StoredSecret | Reply {
  const id = ctx.params[1] as string;
  const secret = account.secrets.find((s) => s.id === id);
  if (secret !== undefined) return secret;
  return problem(404, ctx.requestId, {
    type: 'https://developer.nexmo.com/api-errors#invalid-id',
    title: 'Invalid ID',
    detail: `ID '${id}' could not be found`,
  });
}

/** Whether a target lookup produced an error reply. */
export function isReply(value: object): value is Reply {
  return 'status' in value && 'body' in value;
}
