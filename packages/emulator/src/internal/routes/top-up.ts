import { isoNow } from '../iso-now';
import { errorCode, json, type Reply } from '../reply';
import type { RouteContext } from './route-context';

/**
 * `POST /account/top-up` (form, `trx` required): with auto-reload on, adds the account's
 * top-up amount, records the charge and answers `error-code` `'200'`; with it off, 401
 * `not auto-reload enabled`.
 */
export function topUp({ store, caller, form }: RouteContext): Reply {
  const trx = form.trx;
  if (trx === undefined || trx.trim() === '') return errorCode(400, 'missing parameter: trx');
  if (!caller.autoReload) return errorCode(401, 'not auto-reload enabled');
  caller.balance = Math.round((caller.balance + caller.topUpAmount) * 1e8) / 1e8;
  store.topUps.push({
    apiKey: caller.apiKey,
    trx,
    amount: caller.topUpAmount,
    balance: caller.balance,
    at: isoNow(),
  });
  return json(200, { 'error-code': '200', 'error-code-label': 'success' });
}
