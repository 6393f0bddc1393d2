import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
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
      '--port must be an integer from 0 to 65535 (got 5 characters)',
    ],
    [
      ['--http', '--port', 'x'],
      { ...env, ACCT_MCP_TOKEN: TOKEN },
      '--port must be an integer from 0 to 65535 (got 1 characters)',
    ],
    [
      ['--http'],
      { ...env, ACCT_MCP_TOKEN: 'short' },
      '--http needs a bearer token of at least 16 characters in ACCT_MCP_TOKEN (for example: export ACCT_MCP_TOKEN="$(openssl rand -hex 32)")',
    ],
    [
      ['--secret-out', ' '],
      env,
      '--secret-out must be a file path of 1 to 4096 characters without control characters',
    ],
    [
      ['--secret-out', 'a\u0000b'],
      env,
      '--secret-out must be a file path of 1 to 4096 characters without control characters',
    ],
    [
      ['--trx=bad ref'],
      env,
      '--trx must be 1 to 200 visible ASCII characters (no spaces or control characters), got 7 characters',
    ],
    [
      ['--trx', 'x'.repeat(201)],
      env,
      '--trx must be 1 to 200 visible ASCII characters (no spaces or control characters), got 201 characters',
    ],
  ])('refuses %j', (argv, environment, message) => {
    expect(() => parseMcpArgs(argv, environment)).toThrow(
      new AcctMcpConfigError(`[@acct/mcp-server] ${message}`),
    );
  });

  it('refuses an argv that is not an array of strings, with a typed error', () => {
    expect(() => parseMcpArgs('--help' as unknown as string[], env)).toThrow(
      new AcctMcpConfigError(
        '[@acct/mcp-server] argv must be an array of strings, such as process.argv.slice(2)',
      ),
    );
    expect(() => parseMcpArgs([1] as unknown as string[], env)).toThrow(AcctMcpConfigError);
    expect(() => parseMcpArgs([], null as unknown as Record<string, string>)).toThrow(
      new AcctMcpConfigError(
        '[@acct/mcp-server] env must be an object of environment variables, such as process.env',
      ),
    );
  });
});

/** The message of the error parseMcpArgs throws (failing the test when it does not throw). */
const messageOf = (argv: string[], environment: Record<string, string> = env): string => {
  try {
    parseMcpArgs(argv, environment);
  } catch (err) {
    expect(err).toBeInstanceOf(AcctMcpConfigError);
    expect((err as AcctMcpConfigError).code).toBe('ACCT_MCP_CONFIG');
    return (err as Error).message;
  }
  throw new Error(`parseMcpArgs(${argv.length} arguments) did not throw`);
};

// a canary: the secret a user typed in the wrong place must never be repeated
const CANARY = 'Zebra7Canary9Value';
const HELP = '. Run acct-mcp --help for the options';
const warning = (shown: string, variable: string): string =>
  `[@acct/mcp-server] warning: ${shown} puts a credential on the command line, where other ` +
  'users of this machine can see it (ps, /proc) and shell history keeps it. acct-mcp never ' +
  `reads credentials from flags and did not start: set ${variable} in its environment instead ` +
  '(in an MCP client configuration, the "env" block), and change that credential if this ' +
  'machine is shared';

describe('parseMcpArgs: argv mistakes never echo a value', () => {
  it.each<[string, string[], string]>([
    [
      'a misspelt credential flag with =',
      [`--api-secrt=${CANARY}`, '--allow-write'],
      warning('--api-secrt (argument 1)', 'ACCT_API_SECRET'),
    ],
    [
      'a credential flag after a value-taking flag',
      ['--trx', '--api-secret', CANARY],
      warning('--api-secret (argument 2)', 'ACCT_API_SECRET'),
    ],
    [
      '--secret with its value',
      ['--secret', CANARY],
      warning('--secret (argument 1)', 'ACCT_API_SECRET'),
    ],
    ['--api-key=', [`--api-key=${CANARY}`], warning('--api-key (argument 1)', 'ACCT_API_KEY')],
    ['--token', ['--http', '--token', CANARY], warning('--token (argument 2)', 'ACCT_MCP_TOKEN')],
    [
      'an upper-case credential flag',
      [`--API_SECRET=${CANARY}`],
      warning('--API_SECRET (argument 1)', 'ACCT_API_SECRET'),
    ],
    [
      'a stray positional (the secret pasted alone)',
      ['--allow-write', CANARY],
      `[@acct/mcp-server] unexpected argument at position 2: acct-mcp takes no positional arguments${HELP}`,
    ],
    [
      'a positional after --',
      ['--', CANARY],
      `[@acct/mcp-server] unexpected argument at position 1: acct-mcp takes no positional arguments${HELP}`,
    ],
    [
      'the secret pasted as an option',
      [`--${CANARY}`],
      `[@acct/mcp-server] unknown option the option at argument 1 (its name is not shown: it may hold a secret)${HELP}`,
    ],
    [
      'the secret after one dash',
      [`-${CANARY}`],
      `[@acct/mcp-server] unknown option the option at argument 1 (its name is not shown: it may hold a secret)${HELP}`,
    ],
    [
      'an unknown option with a value',
      [`--timeout=${CANARY}`],
      `[@acct/mcp-server] unknown option --timeout (argument 1)${HELP}`,
    ],
    [
      'an unknown option, then the secret',
      ['--timeout', CANARY],
      `[@acct/mcp-server] unknown option --timeout (argument 1)${HELP}`,
    ],
    [
      'a switch given a value',
      [`--allow-write=${CANARY}`],
      `[@acct/mcp-server] --allow-write takes no value (argument 1)${HELP}`,
    ],
    [
      'a bad --port',
      ['--http', '--port', CANARY],
      '[@acct/mcp-server] --port must be an integer from 0 to 65535 (got 18 characters)',
    ],
    [
      'a secret as --trx (a space inside)',
      ['--trx', `${CANARY} x`],
      '[@acct/mcp-server] --trx must be 1 to 200 visible ASCII characters (no spaces or control characters), got 20 characters',
    ],
    [
      'a flag given twice',
      ['--trx', 'a', '--trx', CANARY],
      `[@acct/mcp-server] --trx is given twice (argument 3)${HELP}`,
    ],
    [
      'a value-taking flag last',
      ['--secret-out'],
      `[@acct/mcp-server] --secret-out needs a value (argument 1 is the last)${HELP}`,
    ],
    [
      'a value-taking flag followed by an option',
      ['--trx', '--allow-write'],
      `[@acct/mcp-server] --trx needs a value, and argument 2 is an option: write --trx=<value> for a value that starts with "-"${HELP}`,
    ],
  ])('%s', (_why, argv, message) => {
    const got = messageOf(argv, { ...env, ACCT_MCP_TOKEN: 'a-token-of-32-characters-long-xx' });
    expect(got).toBe(message);
    expect(got).not.toContain(CANARY);
  });

  it('accepts the flags whose names only resemble credentials (--secret-out)', () => {
    expect(parseMcpArgs(['--secret-out=/tmp/s.txt'], env).server.secretOut).toBe('/tmp/s.txt');
  });

  it('never echoes any argv: arbitrary strings after a valid flag or alone', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string({ unit: 'binary' }),
            fc.string({ unit: 'binary' }).map((s) => `--${s}`),
            fc.string({ unit: 'binary' }).map((s) => `-${s}`),
            fc.constantFrom('\r\n', '\u0000', '\ud800', '--', '-', '--trx', '--port'),
          ),
          { minLength: 1, maxLength: 4 },
        ),
        (tail) => {
          const argv = [...tail, `--x${CANARY}`];
          let message = '';
          try {
            parseMcpArgs(argv, env);
          } catch (err) {
            expect(err).toBeInstanceOf(AcctMcpConfigError);
            message = (err as Error).message;
          }
          expect(message).not.toBe('');
          expect(message).not.toContain(CANARY);
          for (const arg of tail) {
            // every argument longer than a flag name that is not itself a flag of acct-mcp
            if (arg.length > 12 && !arg.startsWith('--secret-out'))
              expect(message).not.toContain(arg);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is not slowed down by a 1 MB argument', () => {
    const big = `${CANARY}${'x'.repeat(1024 * 1024)}`;
    expect(messageOf([big])).toBe(
      `[@acct/mcp-server] unexpected argument at position 1: acct-mcp takes no positional arguments${HELP}`,
    );
    expect(messageOf(['--trx', big])).toBe(
      `[@acct/mcp-server] --trx must be 1 to 200 visible ASCII characters (no spaces or control characters), got ${big.length} characters`,
    );
  });
});
