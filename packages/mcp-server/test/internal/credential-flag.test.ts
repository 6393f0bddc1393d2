import { describe, expect, it } from '@jest/globals';
import { AcctMcpConfigError } from '@acct/mcp-server';
import { refuseCredentialFlags } from '../../src/internal/credential-flag';

const KNOWN = [
  'allow-write',
  'allow-top-up',
  'secret-out',
  'trx',
  'http',
  'port',
  'help',
  'version',
];

/** The variable named by the refusal of `argv`, or undefined when it is not refused. */
const variableFor = (argv: string[]): string | undefined => {
  try {
    refuseCredentialFlags(argv, KNOWN);
  } catch (err) {
    expect(err).toBeInstanceOf(AcctMcpConfigError);
    return /set (ACCT_[A-Z_]+) in its environment/.exec((err as Error).message)?.[1];
  }
  return undefined;
};

describe('refuseCredentialFlags', () => {
  it.each<[string, string]>([
    ['--api-key', 'ACCT_API_KEY'],
    ['--api_key=x', 'ACCT_API_KEY'],
    ['--apikey', 'ACCT_API_KEY'],
    ['--key', 'ACCT_API_KEY'],
    ['--api-secret', 'ACCT_API_SECRET'],
    ['--api-secrt=x', 'ACCT_API_SECRET'],
    ['--apisecret', 'ACCT_API_SECRET'],
    ['-secret', 'ACCT_API_SECRET'],
    ['--client-secret', 'ACCT_API_SECRET'],
    ['--pasword', 'ACCT_API_SECRET'],
    ['--token', 'ACCT_MCP_TOKEN'],
    ['--tokn', 'ACCT_MCP_TOKEN'],
    ['--secet', 'ACCT_API_SECRET'],
    ['--bearer-token=x', 'ACCT_MCP_TOKEN'],
    ['--mcp-token', 'ACCT_MCP_TOKEN'],
  ])('refuses %s, naming %s', (flag, variable) => {
    expect(variableFor(['--allow-write', flag, 'value'])).toBe(variable);
  });

  it.each([
    ['--secret-out', '/tmp/s'],
    ['--secret-out=/tmp/s'],
    ['--trx', 'ref'],
    ['--http', '--port', '0'],
    ['--allow-top-up'],
    ['-h'],
    ['--timeout'],
    ['--open'],
    ['--tokyo'],
    ['secret'],
  ])('lets %j through to the argv reader', (...argv) => {
    expect(variableFor(argv)).toBeUndefined();
  });
});
