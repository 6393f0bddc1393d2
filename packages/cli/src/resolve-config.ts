import { describeValue } from '@acct/server-sdk';
import { UsageError } from './errors/usage-error';

/**
 * The global options of the `acct` command as commander parses them (every field optional).
 *
 * @example
 * ```ts
 * import { resolveConfig, type CliFlags } from '@acct/cli';
 *
 * // what commander parsed from `acct --api-key acct-demo --timeout 5000 --json balance`
 * const flags: CliFlags = { apiKey: 'acct-demo', timeout: '5000', json: true };
 * console.log(resolveConfig(flags, process.env).timeout); // 5000
 * ```
 */
export interface CliFlags {
  /** `--api-key`. @default ACCT_API_KEY */
  apiKey?: string;
  /** `--api-secret`. @default ACCT_API_SECRET */
  apiSecret?: string;
  /** `--rest-host`. @default ACCT_REST_HOST, else the SDK's `https://rest.nexmo.com` */
  restHost?: string;
  /** `--api-host`. @default ACCT_API_HOST, else the SDK's `https://api.nexmo.com` */
  apiHost?: string;
  /** `--timeout <ms>`, as typed. @default the SDK's 10000 */
  timeout?: string;
  /** `--json`. @default false */
  json?: boolean;
  /** `--verbose`. @default false */
  verbose?: boolean;
  /** `false` with `--no-color`. @default true */
  color?: boolean;
}

/**
 * The environment variables `acct` reads.
 *
 * @example
 * ```ts
 * import { resolveConfig, type CliEnv } from '@acct/cli';
 *
 * // a scheduled job's environment, instead of process.env
 * const env: CliEnv = { ACCT_API_KEY: 'acct-demo', ACCT_API_SECRET: 'Env1Secret' };
 * console.log(resolveConfig({}, env).apiKey); // 'acct-demo'
 * ```
 */
export type CliEnv = Readonly<Record<string, string | undefined>>;

/**
 * The settings of one `acct` run, resolved from flags and environment (flags win).
 *
 * @example
 * ```ts
 * import { resolveConfig, type CliConfig } from '@acct/cli';
 *
 * const config: CliConfig = resolveConfig({}, { ACCT_API_KEY: 'acct-demo' });
 * ```
 */
export interface CliConfig {
  /** The API key, if any. @default undefined */
  apiKey?: string;
  /** The API secret, if any. @default undefined */
  apiSecret?: string;
  /** Host of balance, top-up and settings. @default undefined (the SDK's default) */
  restHost?: string;
  /** Host of the secrets endpoints. @default undefined (the SDK's default) */
  apiHost?: string;
  /** Timeout of one request attempt, in ms. @default undefined (the SDK's default) */
  timeout?: number;
  /** Print the raw response as JSON on stdout, nothing else there. @default false */
  json: boolean;
  /** Turn on the redacted `acct:*` debug logs. @default false */
  verbose: boolean;
  /** Colour is allowed: no `--no-color`, no `NO_COLOR`, not `TERM=dumb`. @default true */
  color: boolean;
}

/**
 * Resolves the settings of one `acct` run from its flags and the environment. Pure: the
 * same inputs always give the same result, nothing is read from the process. A flag wins
 * over its variable; an empty variable counts as unset.
 *
 * | flag | variable |
 * | ---- | -------- |
 * | `--api-key` | `ACCT_API_KEY` |
 * | `--api-secret` | `ACCT_API_SECRET` |
 * | `--rest-host` | `ACCT_REST_HOST` |
 * | `--api-host` | `ACCT_API_HOST` |
 * | `--no-color` | `NO_COLOR` (any value) |
 *
 * @param flags - The global options as parsed.
 * @param env - The environment, e.g. `process.env`.
 * @returns The resolved settings.
 * @throws {@link UsageError} when `--timeout` is not a whole number from 1 to 3600000, or a
 *   host is not an absolute http(s) URL in canonical form without credentials, query or
 *   fragment. Messages name the flag and never print its value.
 * @example
 * ```ts
 * import { resolveConfig } from '@acct/cli';
 *
 * const config = resolveConfig(
 *   { apiKey: 'from-flag', timeout: '2500' },
 *   { ACCT_API_KEY: 'from-env', ACCT_API_SECRET: 'Env1Secret' },
 * );
 * config.apiKey; // 'from-flag'
 * config.apiSecret; // 'Env1Secret'
 * config.timeout; // 2500
 * ```
 */
export function resolveConfig(flags: CliFlags, env: CliEnv): CliConfig {
  const pick = (flag: string | undefined, name: string): string | undefined =>
    flag !== undefined ? flag : nonEmpty(env[name]);
  const config: CliConfig = {
    json: flags.json === true,
    verbose: flags.verbose === true,
    color: flags.color !== false && nonEmpty(env.NO_COLOR) === undefined && env.TERM !== 'dumb',
  };
  const apiKey = pick(flags.apiKey, 'ACCT_API_KEY');
  const apiSecret = pick(flags.apiSecret, 'ACCT_API_SECRET');
  const restHost = pick(flags.restHost, 'ACCT_REST_HOST');
  const apiHost = pick(flags.apiHost, 'ACCT_API_HOST');
  if (apiKey !== undefined) config.apiKey = apiKey;
  if (apiSecret !== undefined) config.apiSecret = apiSecret;
  if (restHost !== undefined) {
    config.restHost = checkHost(
      restHost,
      flags.restHost === undefined ? 'ACCT_REST_HOST' : '--rest-host',
    );
  }
  if (apiHost !== undefined) {
    config.apiHost = checkHost(
      apiHost,
      flags.apiHost === undefined ? 'ACCT_API_HOST' : '--api-host',
    );
  }
  if (flags.timeout !== undefined) config.timeout = parseTimeout(flags.timeout);
  return config;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

/** The longest `--timeout`: one hour (Node cannot wait longer than 2^31-1 ms at all). */
const MAX_TIMEOUT = 3_600_000;
/** The longest host URL accepted. */
const MAX_HOST_LENGTH = 2048;

function parseTimeout(value: string): number {
  const ms = /^\d{1,10}$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(ms) || ms <= 0 || ms > MAX_TIMEOUT) {
    throw new UsageError(
      `--timeout must be a whole number of milliseconds from 1 to ${MAX_TIMEOUT}, such as 5000 ` +
        `(got ${describeValue(value)})`,
    );
  }
  return ms;
}

/**
 * A host is an absolute http(s) URL written as the URL parser would write it back: no
 * whitespace or control characters, no user name or password, no query or fragment.
 */
function checkHost(value: string, name: string): string {
  const trimmed = value.replace(/\/+$/, '');
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  const canonical = url?.href.replace(/\/+$/, '');
  if (
    url === undefined ||
    (url.protocol !== 'http:' && url.protocol !== 'https:') ||
    value.length > MAX_HOST_LENGTH ||
    url.username !== '' ||
    url.password !== '' ||
    url.search !== '' ||
    url.hash !== '' ||
    canonical !== trimmed
  ) {
    throw new UsageError(
      `${name} must be an absolute http(s) URL such as https://rest.nexmo.com, without spaces, ` +
        `credentials, query or fragment, at most ${MAX_HOST_LENGTH} characters (got ${describeValue(value)})`,
    );
  }
  return trimmed;
}
