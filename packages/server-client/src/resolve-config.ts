import { checkOptions, describeValue, resolveOptions, ValidationError } from '@acct/http';
import { CONFIG_DEFAULTS } from './config-defaults';
import type { ConfigParams } from './config-params';
import type { ResolvedConfig } from './resolved-config';
import { userAgent } from './user-agent';

/** Every key of {@link ConfigParams}; `userAgent` too, so that a resolved config can be passed again. */
const KEYS = [
  'restHost',
  'apiHost',
  'timeout',
  'deadline',
  'retry',
  'appendUserAgent',
  'responseType',
  'fetch',
  'agent',
  'logger',
  'userAgent',
] as const;

const fail = (name: string, reason: string): never => {
  throw new ValidationError(`[@acct/server-client] ${name} ${reason}`, [{ name, reason }]);
};

/** An environment variable, or undefined when unset or empty. */
const env = (name: string): string | undefined => process.env[name] || undefined;

/** A host: an absolute http(s) URL without credentials, query or fragment (not even `?` or `#`). */
function checkHost(name: string, value: unknown): string {
  if (typeof value !== 'string' || !URL.canParse(value)) {
    return fail(
      name,
      `must be an absolute http(s) URL such as https://rest.nexmo.com, got ${describeValue(value)}`,
    );
  }
  const url = new URL(value);
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return fail(name, 'must use http: or https:');
  if (/[?#\s]/.test(value) || url.username !== '' || url.password !== '') {
    return fail(
      name,
      'must not hold a query, a fragment, whitespace or credentials: pass only scheme, host, port and path',
    );
  }
  if (url.href !== value && url.href !== `${value}/`) {
    return fail(
      name,
      'must be in canonical form (lower-case scheme and host, percent-encoded path)',
    );
  }
  return value.replace(/\/+$/, '');
}

/** A host from the option, else the environment variable, else the default. */
function host(name: string, given: unknown, variable: string, fallback: string): string {
  if (given !== undefined) return checkHost(name, given);
  const fromEnv = env(variable);
  return fromEnv === undefined ? fallback : checkHost(`${name} (from ${variable})`, fromEnv);
}

/**
 * Checks `options` and fills in every default, returning a frozen {@link ResolvedConfig}. The
 * transport settings are checked by `resolveOptions()` of `@acct/http` (one set of rules and
 * defaults); hosts fall back to `ACCT_REST_HOST` and `ACCT_API_HOST` from the environment,
 * read now, then to the defaults. Explicit options win.
 *
 * @param options - The client options; every field is optional.
 * @returns The frozen configuration.
 * @throws `ValidationError` (`@acct/http`) naming the option and what to pass.
 * @example
 * ```ts
 * import { resolveConfig } from '@acct/server-client';
 *
 * const config = resolveConfig({ restHost: 'http://127.0.0.1:4010', timeout: 5000 });
 * console.log(config.restHost, config.deadline); // http://127.0.0.1:4010 60000
 * ```
 */
export function resolveConfig(options: ConfigParams | ResolvedConfig = {}): ResolvedConfig {
  const o = checkOptions(options, '[@acct/server-client] options', KEYS);
  const { timeout, deadline, retry, responseType, fetch, agent, logger } = resolveOptions({
    timeout: o.timeout as number | undefined,
    deadline: o.deadline as number | undefined,
    retry: o.retry as ConfigParams['retry'],
    responseType: o.responseType as ConfigParams['responseType'],
    fetch: o.fetch as ConfigParams['fetch'],
    agent: o.agent,
    logger: o.logger as ConfigParams['logger'],
  });
  const append =
    o.appendUserAgent === undefined ? CONFIG_DEFAULTS.appendUserAgent : o.appendUserAgent;
  if (
    typeof append !== 'string' ||
    append.length > 200 ||
    !/^[\x20-\x7e\xa0-\xff]*$/.test(append)
  ) {
    fail(
      'appendUserAgent',
      `must be printable Latin-1 text of at most 200 characters, got ${describeValue(append)}`,
    );
  }
  return Object.freeze({
    restHost: host('restHost', o.restHost, 'ACCT_REST_HOST', CONFIG_DEFAULTS.restHost),
    apiHost: host('apiHost', o.apiHost, 'ACCT_API_HOST', CONFIG_DEFAULTS.apiHost),
    timeout,
    deadline,
    retry: retry === false ? false : Object.freeze(retry),
    appendUserAgent: append as string,
    userAgent: userAgent(append as string),
    responseType,
    fetch,
    agent,
    logger,
  });
}
