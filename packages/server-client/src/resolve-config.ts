import { ResponseTypes, type FetchLike, type RetryOptions } from '@acct/http';
import { CONFIG_DEFAULTS } from './config-defaults';
import type { ConfigParams } from './config-params';
import {
  checkDuration,
  checkFunction,
  checkHost,
  checkOneOf,
  checkOptionsObject,
  checkRetry,
  checkUserAgent,
} from './internal/config-checks';
import type { ResolvedConfig } from './resolved-config';
import { userAgent } from './user-agent';

const resolved = new WeakSet<object>();

/**
 * Checks `options` and fills in every default, returning a frozen {@link ResolvedConfig}. Pure: it
 * neither mutates `options` nor creates an agent. Passing an already resolved config returns that
 * same object, which is how the clients of one `Acct` share one config.
 *
 * @param options - The client options; every field is optional.
 * @returns The frozen, fully resolved configuration.
 * @throws `ValidationError` (`@acct/http`) when an option has the wrong type or a host is not an absolute
 *   http(s) URL; `invalidParameters` names the option.
 * @example
 * ```ts
 * import { resolveConfig } from '@acct/server-client';
 *
 * const config = resolveConfig({ restHost: 'http://127.0.0.1:8080/' });
 * config.restHost; // 'http://127.0.0.1:8080'
 * config.timeout; // 10000
 * ```
 */
export function resolveConfig(options: ConfigParams | ResolvedConfig = {}): ResolvedConfig {
  if (resolved.has(options)) return options as ResolvedConfig;
  checkOptionsObject(options);
  const o: ConfigParams = options ?? {};
  const appendUserAgent = checkUserAgent(o.appendUserAgent ?? CONFIG_DEFAULTS.appendUserAgent);
  const config: ResolvedConfig = Object.freeze({
    restHost: checkHost('restHost', o.restHost ?? CONFIG_DEFAULTS.restHost),
    apiHost: checkHost('apiHost', o.apiHost ?? CONFIG_DEFAULTS.apiHost),
    timeout: checkDuration('timeout', o.timeout ?? CONFIG_DEFAULTS.timeout),
    deadline: checkDuration('deadline', o.deadline ?? CONFIG_DEFAULTS.deadline),
    retry: checkRetry<RetryOptions>(o.retry ?? CONFIG_DEFAULTS.retry),
    appendUserAgent,
    userAgent: userAgent(appendUserAgent),
    responseType: checkOneOf(
      'responseType',
      o.responseType ?? CONFIG_DEFAULTS.responseType,
      Object.values(ResponseTypes),
    ),
    fetch: checkFunction<FetchLike>('fetch', o.fetch),
    agent: o.agent,
    logger: checkFunction<(line: string) => void>('logger', o.logger),
  });
  resolved.add(config);
  return config;
}
