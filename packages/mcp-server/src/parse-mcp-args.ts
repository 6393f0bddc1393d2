import type { AcctMcpCliConfig } from './acct-mcp-cli-config';
import type { AcctMcpServerOptions } from './acct-mcp-server-options';
import { AcctMcpConfigError } from './errors/acct-mcp-config-error';
import { pathProblem, trxProblem } from './internal/argument-rules';
import { refuseCredentialFlags } from './internal/credential-flag';
import { readArgv, type FlagSpec } from './internal/read-argv';

/**
 * The environment variables `acct-mcp` reads: `ACCT_API_KEY`, `ACCT_API_SECRET`,
 * `ACCT_REST_HOST`, `ACCT_API_HOST` and `ACCT_MCP_TOKEN`.
 *
 * @example
 * ```ts
 * import { parseMcpArgs, type AcctMcpEnv } from '@acct/mcp-server';
 *
 * const env: AcctMcpEnv = { ...process.env, ACCT_REST_HOST: 'http://127.0.0.1:4010' };
 * console.log(parseMcpArgs(['--help'], env).server.restHost); // http://127.0.0.1:4010
 * ```
 */
export type AcctMcpEnv = Readonly<Record<string, string | undefined>>;

/** Default port of `--http`. */
const DEFAULT_PORT = 8787;
/** Shortest bearer token accepted for `--http`. */
const MIN_TOKEN_LENGTH = 16;

/**
 * Usage text of `acct-mcp` (printed to stdout by `--help`).
 *
 * @example
 * ```ts
 * import { MCP_USAGE } from '@acct/mcp-server';
 *
 * process.stdout.write(MCP_USAGE);
 * ```
 */
export const MCP_USAGE = `Usage: acct-mcp [options]

MCP server exposing the Account API as agent tools (stdio by default).

Credentials come only from the environment, never from flags (a command line is
visible to other users of the machine; a credential flag stops acct-mcp):
  ACCT_API_KEY          API key                  (instead of --api-key, --key)
  ACCT_API_SECRET       API secret               (instead of --api-secret, --secret, --password)
  ACCT_MCP_TOKEN        bearer token of --http   (instead of --token, --mcp-token)
  ACCT_REST_HOST, ACCT_API_HOST   optional hosts

Options:
  --allow-write         offer update_account_callbacks, rotate_secret, revoke_secret
  --allow-top-up        offer top_up as well (needs --allow-write)
  --secret-out <file>   file rotate_secret writes the new secret to (mode 0600, never overwritten)
  --trx <reference>     default transaction reference of top_up
  --http                serve streamable HTTP on 127.0.0.1 instead of stdio;
                        clients must send "Authorization: Bearer $ACCT_MCP_TOKEN"
  --port <n>            port of --http (default ${DEFAULT_PORT}; 0 picks a free one)
  -h, --help            show this help
  -v, --version         show the version
`;

const fail = (message: string): never => {
  throw new AcctMcpConfigError(`[@acct/mcp-server] ${message}`);
};

const nonEmpty = (value: string | undefined): string | undefined =>
  value === undefined || value.trim() === '' ? undefined : value.trim();

const parsePort = (raw: string): number => {
  const port = /^\d{1,5}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(port) || port > 65535) {
    fail(`--port must be an integer from 0 to 65535 (got ${raw.length} characters)`);
  }
  return port;
};

/** The flags of `acct-mcp`. */
const FLAGS: Readonly<Record<string, FlagSpec>> = {
  'allow-write': { takesValue: false },
  'allow-top-up': { takesValue: false },
  'secret-out': { takesValue: true },
  trx: { takesValue: true },
  http: { takesValue: false },
  port: { takesValue: true },
  help: { takesValue: false, short: 'h' },
  version: { takesValue: false, short: 'v' },
};

/**
 * Reads the command line and environment of `acct-mcp`. Pure: no I/O, no `process` access.
 *
 * @param argv - Arguments after the script (`process.argv.slice(2)`).
 * @param env - The environment (`process.env`).
 * @returns What to do.
 * @throws {@link AcctMcpConfigError} on a credential flag (`--api-secret`...: the message warns
 *   that argv is visible to other users and names the environment variable instead), an unknown
 *   option or a positional argument (named by position or by the option's name, never by its
 *   value), a flag given twice or without its value, a missing `ACCT_API_KEY`/`ACCT_API_SECRET`,
 *   `--allow-top-up` without `--allow-write`, a bad `--port`, `--trx` or `--secret-out`, or
 *   `--http` without a token of at least 16 characters in `ACCT_MCP_TOKEN`.
 *
 * @example
 * ```ts
 * import { parseMcpArgs } from '@acct/mcp-server';
 *
 * const config = parseMcpArgs(['--allow-write', '--secret-out', './new-secret.txt'], {
 *   ACCT_API_KEY: 'abcd1234',
 *   ACCT_API_SECRET: 'Abcdef123456',
 * });
 * console.log(config.server.allowWrite); // true
 * ```
 */
export function parseMcpArgs(argv: readonly string[], env: AcctMcpEnv): AcctMcpCliConfig {
  if (!Array.isArray(argv) || !argv.every((arg) => typeof arg === 'string')) {
    fail('argv must be an array of strings, such as process.argv.slice(2)');
  }
  if (env === null || typeof env !== 'object') {
    fail('env must be an object of environment variables, such as process.env');
  }
  refuseCredentialFlags(argv, Object.keys(FLAGS));
  const flags = readArgv(argv, FLAGS);
  const values = Object.fromEntries(
    Object.entries(flags).map(([name, flag]) => [name, flag.value ?? true]),
  ) as Partial<Record<string, string | true>>;
  const text = (name: string): string | undefined => {
    const value = values[name];
    return typeof value === 'string' ? value : undefined;
  };
  const help = values.help === true;
  const version = values.version === true;
  const server: AcctMcpServerOptions = {
    apiKey: nonEmpty(env.ACCT_API_KEY) ?? '',
    apiSecret: env.ACCT_API_SECRET ?? '',
    allowWrite: values['allow-write'] === true,
    allowTopUp: values['allow-top-up'] === true,
  };
  const restHost = nonEmpty(env.ACCT_REST_HOST);
  const apiHost = nonEmpty(env.ACCT_API_HOST);
  if (restHost !== undefined) server.restHost = restHost;
  if (apiHost !== undefined) server.apiHost = apiHost;
  const secretOut = text('secret-out');
  if (secretOut !== undefined) {
    const problem = pathProblem(secretOut);
    if (problem !== undefined) fail(`--secret-out ${problem}`);
    server.secretOut = secretOut.trim();
  }
  const trx = text('trx');
  if (trx !== undefined) {
    const problem = trxProblem(trx);
    if (problem !== undefined) fail(`--trx ${problem}`);
    server.trx = trx;
  }
  if (help || version) return { help, version, server };

  if (server.apiKey === '') fail('ACCT_API_KEY is not set: put the API key in the environment');
  if (server.apiSecret === '') {
    fail('ACCT_API_SECRET is not set: put the API secret in the environment');
  }
  if (server.allowTopUp === true && server.allowWrite !== true) {
    fail('--allow-top-up needs --allow-write as well (top_up is a write that costs money)');
  }
  const config: AcctMcpCliConfig = { help, version, server };
  if (values.port !== undefined && values.http !== true) fail('--port only applies with --http');
  if (values.http === true) {
    const token = env.ACCT_MCP_TOKEN ?? '';
    if (token.length < MIN_TOKEN_LENGTH) {
      fail(
        `--http needs a bearer token of at least ${MIN_TOKEN_LENGTH} characters in ACCT_MCP_TOKEN ` +
          '(for example: export ACCT_MCP_TOKEN="$(openssl rand -hex 32)")',
      );
    }
    config.http = {
      port: text('port') === undefined ? DEFAULT_PORT : parsePort(text('port')!),
      token,
    };
  }
  return config;
}
