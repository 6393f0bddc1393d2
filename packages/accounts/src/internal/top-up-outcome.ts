import { isHttpError, type HttpError, type HttpResponse } from '@acct/http';
import { AutoReloadNotEnabledError } from '../errors/auto-reload-not-enabled-error';
import { TopUpError } from '../errors/top-up-error';
import { objectBody } from './object-body';
import type { TopUpBalanceResponse } from '../types/top-up-balance-response';

const AUTO_RELOAD_LABEL = 'not auto-reload enabled';

const initOf = (err: HttpError) => ({
  status: err.status,
  statusText: err.statusText,
  headers: err.headers,
  body: err.body,
  request: err.request,
  cause: err,
});

/** Rethrows a failed top-up, turning the `401 not auto-reload enabled` into its own error. */
export const rethrowTopUpFailure = (err: unknown): never => {
  if (
    isHttpError(err) &&
    err.status === 401 &&
    err.errorCodeLabel?.trim().toLowerCase() === AUTO_RELOAD_LABEL
  ) {
    throw new AutoReloadNotEnabledError(initOf(err));
  }
  throw err;
};

/**
 * Returns the body of a top-up answered 200; throws `ParseError` when there is no JSON object,
 * `TopUpError` when its error-code says the top-up failed.
 */
export const checkTopUp = (res: HttpResponse<TopUpBalanceResponse>): TopUpBalanceResponse => {
  const data: Partial<TopUpBalanceResponse> = objectBody(res);
  const code = data['error-code'];
  if (code !== undefined && String(code) === '200') return res.data;
  throw new TopUpError({
    status: res.status,
    statusText: res.statusText,
    headers: res.headers,
    body: res.data,
    request: res.request,
  });
};
