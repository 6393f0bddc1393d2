import { describe, expect, it } from '@jest/globals';
import { AcctMcpConfigError, MCP_USAGE, parseMcpArgs } from '@acct/mcp-server';

const env = { ACCT_API_KEY: 'abcd1234', ACCT_API_SECRET: 'Abcdef123456' };
const TOKEN = 'a-token-of-32-characters-long-xx';

describe('parseMcpArgs', () => {
  it('defaults to stdio, read-only, credentials from the environment', () => {
    expect(parseMcpArgs([], env)).toEqual({
      help: false,
      version: false,
      server: {
        apiKey: 'abcd1234',
        apiSecret: 'Abcdef123456',
        allowWrite: false,
        allowTopUp: false,
      },
    });
  });

  it('reads every flag and the hosts', () => {
    expect(
      parseMcpArgs(
        [
          '--allow-write',
          '--allow-top-up',
          '--secret-out',
          './s.txt',
          '--trx',
          'ref-1',
          '--http',
          '--port',
          '0',
        ],
        {
          ...env,
          ACCT_REST_HOST: 'http://127.0.0.1:4010',
          ACCT_API_HOST: ' http://127.0.0.1:4011 ',
          ACCT_MCP_TOKEN: TOKEN,
        },
      ),
    ).toEqual({
      help: false,
      version: false,
      server: {
        apiKey: 'abcd1234',
        apiSecret: 'Abcdef123456',
        allowWrite: true,
        allowTopUp: true,
        restHost: 'http://127.0.0.1:4010',
        apiHost: 'http://127.0.0.1:4011',
        secretOut: './s.txt',
        trx: 'ref-1',
      },
      http: { port: 0, token: TOKEN },
    });
  });

  it('uses port 8787 for --http by default and accepts --flag=value', () => {
    expect(parseMcpArgs(['--http'], { ...env, ACCT_MCP_TOKEN: TOKEN }).http).toEqual({
      port: 8787,
      token: TOKEN,
    });
    expect(
      parseMcpArgs(['--http', '--port=9000'], { ...env, ACCT_MCP_TOKEN: TOKEN }).http?.port,
    ).toBe(9000);
  });

  it('answers --help and --version without checking credentials', () => {
    expect(parseMcpArgs(['--help'], {})).toMatchObject({ help: true, version: false });
    expect(parseMcpArgs(['-v'], {})).toMatchObject({ help: false, version: true });
    expect(MCP_USAGE).toContain('--allow-write');
  });

  it.each<[string[], Record<string, string>, string]>([
    [[], { ACCT_API_SECRET: 'x' }, 'ACCT_API_KEY is not set: put the API key in the environment'],
    [
      [],
      { ACCT_API_KEY: 'k' },
      'ACCT_API_SECRET is not set: put the API secret in the environment',
    ],
    [
      ['--allow-top-up'],
      env,
      '--allow-top-up needs --allow-write as well (top_up is a write that costs money)',
    ],
    [['--port', '80'], env, '--port only applies with --http'],
    [
      ['--http', '--port', '70000'],
      { ...env, ACCT_MCP_TOKEN: TOKEN },
      "--port must be an integer from 0 to 65535, got '70000'",
    ],
    [
      ['--http', '--port', 'x'],
      { ...env, ACCT_MCP_TOKEN: TOKEN },
      "--port must be an integer from 0 to 65535, got 'x'",
    ],
    [
      ['--http'],
      { ...env, ACCT_MCP_TOKEN: 'short' },
      '--http needs a bearer token of at least 16 characters in ACCT_MCP_TOKEN (for example: export ACCT_MCP_TOKEN="$(openssl rand -hex 32)")',
    ],
    [['--secret-out', ' '], env, '--secret-out needs a file path'],
    [['--trx', ''], env, '--trx needs a transaction reference'],
    [
      ['--api-secret=Abcdef123456'],
      env,
      'credentials are never read from flags (got --api-secret): set ACCT_API_KEY and ACCT_API_SECRET (and ACCT_MCP_TOKEN for --http) in the environment',
    ],
  ])('refuses %j', (argv, environment, message) => {
    expect(() => parseMcpArgs(argv, environment)).toThrow(
      new AcctMcpConfigError(`[@acct/mcp-server] ${message}`),
    );
  });

  it('refuses unknown flags and positionals with a pointer to --help', () => {
    const err = (() => {
      try {
        parseMcpArgs(['--bogus'], env);
      } catch (e) {
        return e as AcctMcpConfigError;
      }
      return undefined;
    })();
    expect(err).toBeInstanceOf(AcctMcpConfigError);
    expect(err?.code).toBe('ACCT_MCP_CONFIG');
    expect(err?.message).toMatch(
      /^\[@acct\/mcp-server\] Unknown option '--bogus'.*Run acct-mcp --help for the options$/,
    );
    expect(() => parseMcpArgs(['serve'], env)).toThrow(AcctMcpConfigError);
  });

  it('never echoes a secret given as a flag', () => {
    let message = '';
    try {
      parseMcpArgs(['--secret', 'Abcdef123456'], env);
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toBe(
      '[@acct/mcp-server] credentials are never read from flags (got --secret): set ACCT_API_KEY and ACCT_API_SECRET (and ACCT_MCP_TOKEN for --http) in the environment',
    );
  });
});
