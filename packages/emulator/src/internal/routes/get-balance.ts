import { json, type Reply } from '../reply';
import type { RouteContext } from './route-context';

/** `GET /account/get-balance`: `{ value, autoReload }`, value in EUR. */
export function getBalance({ caller }: RouteContext): Reply {
  return json(200, { value: caller.balance, autoReload: caller.autoReload });
}
