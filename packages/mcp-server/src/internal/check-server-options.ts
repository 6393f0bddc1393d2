import { checkOptions, describeValue } from '@acct/server-sdk';
import type { AcctMcpServerOptions } from '../acct-mcp-server-options';
import { AcctMcpConfigError } from '../errors/acct-mcp-config-error';
import { pathProblem, trxProblem } from './argument-rules';

const KEYS = [
  'apiKey',
  'apiSecret',
  'restHost',
  'apiHost',
  'allowWrite',
  'allowTopUp',
  'secretOut',
  'trx',
  'log',
  'timeout',
] as const;

const fail = (message: string): never => {
  throw new AcctMcpConfigError(`[@acct/mcp-server] ${message}`);
};

/**
 * Checks the options of a server before anything is built: a plain object with known keys
 * (`ValidationError` with a did-you-mean otherwise), credentials present, and each optional
 * field of the right type and within its bounds. Messages never repeat a value.
 *
 * @param options - What the caller passed.
 * @returns The options, checked.
 * @throws `ValidationError` for a non-object or an unknown key; {@link AcctMcpConfigError} for
 *   a missing credential or a bad field.
 */
export function checkServerOptions(options: unknown): AcctMcpServerOptions {
  const o = checkOptions(options, '[@acct/mcp-server] options', KEYS);
  if (typeof o.apiKey !== 'string' || o.apiKey === '') {
    fail('apiKey is missing: set ACCT_API_KEY in the environment of acct-mcp');
  }
  if (typeof o.apiSecret !== 'string' || o.apiSecret === '') {
    fail('apiSecret is missing: set ACCT_API_SECRET in the environment of acct-mcp');
  }
  for (const key of ['restHost', 'apiHost'] as const) {
    if (o[key] !== undefined && typeof o[key] !== 'string') {
      fail(`options.${key} must be a URL string, got ${describeValue(o[key])}`);
    }
  }
  for (const key of ['allowWrite', 'allowTopUp'] as const) {
    if (o[key] !== undefined && typeof o[key] !== 'boolean') {
      fail(`options.${key} must be true or false, got ${describeValue(o[key])}`);
    }
  }
  const secretOutProblem = o.secretOut === undefined ? undefined : pathProblem(o.secretOut);
  if (secretOutProblem !== undefined) fail(`options.secretOut ${secretOutProblem}`);
  const trx = o.trx === undefined ? undefined : trxProblem(o.trx);
  if (trx !== undefined) fail(`options.trx ${trx}`);
  if (o.log !== undefined && typeof o.log !== 'function') {
    fail(`options.log must be a function receiving each log line, got ${describeValue(o.log)}`);
  }
  if (
    o.timeout !== undefined &&
    (typeof o.timeout !== 'number' || !Number.isFinite(o.timeout) || o.timeout <= 0)
  ) {
    fail(
      `options.timeout must be a positive number of milliseconds, got ${describeValue(o.timeout)}`,
    );
  }
  return o as AcctMcpServerOptions;
}
