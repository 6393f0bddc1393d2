import { parseArgs } from 'node:util';
import type { AcctMcpCliConfig } from './acct-mcp-cli-config';
import type { AcctMcpServerOptions } from './acct-mcp-server-options';
import { AcctMcpConfigError } from './errors/acct-mcp-config-error';

/** The environment variables `acct-mcp` reads. */
export type AcctMcpEnv = Readonly<Record<string, string | undefined>>;

/** Default port of `--http`. */
const DEFAULT_PORT = 8787;
/** Shortest bearer token accepted for `--http`. */
const MIN_TOKEN_LENGTH = 16;

/**
 * Usage text of `acct-mcp` (printed to stderr by `--help`).
 *
 * @example
 * ```ts
 * process.stderr.write(MCP_USAGE);
 * ```
 */
export const MCP_USAGE = `Usage: acct-mcp [options]

MCP server exposing the Account API as agent tools (stdio by default).
Credentials come only from the environment: ACCT_API_KEY, ACCT_API_SECRET
(optional hosts: ACCT_REST_HOST, ACCT_API_HOST).

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
  const port = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    fail(`--port must be an integer from 0 to 65535, got '${raw}'`);
  }
  return port;
};

const CREDENTIAL_FLAG = /^--?(api[-_]?key|api[-_]?secret|secret|token|key)(=|$)/i;

/**
 * Reads the command line and environment of `acct-mcp`. Pure: no I/O, no `process` access.
 *
 * @param argv - Arguments after the script (`process.argv.slice(2)`).
 * @param env - The environment (`process.env`).
 * @returns What to do.
 * @throws {@link AcctMcpConfigError} on an unknown flag, a credential passed as a flag, a
 *   missing `ACCT_API_KEY`/`ACCT_API_SECRET`, `--allow-top-up` without `--allow-write`, a bad
 *   `--port`, or `--http` without a token of at least 16 characters in `ACCT_MCP_TOKEN`.
 *
 * @example
 * ```ts
 * const config = parseMcpArgs(['--allow-write', '--secret-out', './new-secret.txt'], {
 *   ACCT_API_KEY: 'abcd1234',
 *   ACCT_API_SECRET: 'Abcdef123456',
 * });
 * config.server.allowWrite; // true
 * ```
 */
export function parseMcpArgs(argv: readonly string[], env: AcctMcpEnv): AcctMcpCliConfig {
  const credentialFlag = argv.find((arg) => CREDENTIAL_FLAG.test(arg));
  if (credentialFlag !== undefined) {
    fail(
      `credentials are never read from flags (got ${credentialFlag.split('=')[0]}): ` +
        'set ACCT_API_KEY and ACCT_API_SECRET (and ACCT_MCP_TOKEN for --http) in the environment',
    );
  }
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        'allow-write': { type: 'boolean' },
        'allow-top-up': { type: 'boolean' },
        'secret-out': { type: 'string' },
        trx: { type: 'string' },
        http: { type: 'boolean' },
        port: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    }));
  } catch (err) {
    return fail(`${(err as Error).message}. Run acct-mcp --help for the options`);
  }
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
  if (values['secret-out'] !== undefined) {
    server.secretOut = nonEmpty(values['secret-out']) ?? fail('--secret-out needs a file path');
  }
  if (values.trx !== undefined) {
    server.trx = nonEmpty(values.trx) ?? fail('--trx needs a transaction reference');
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
      port: values.port === undefined ? DEFAULT_PORT : parsePort(values.port),
      token,
    };
  }
  return config;
}
