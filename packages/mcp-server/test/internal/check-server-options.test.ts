import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { inspect } from 'node:util';
import {
  AcctMcpConfigError,
  createAcctMcpServer,
  runAcctMcp,
  startAcctMcpHttpServer,
} from '@acct/mcp-server';
import { isAcctError, ValidationError } from '@acct/server-sdk';

const BASE = { apiKey: 'abcd1234', apiSecret: 'Canary7SecretValue' };
const CANARY = 'Zebra7Canary9Value';

/** The error a call throws (failing the test when it does not throw). */
const thrown = (fn: () => unknown): Error => {
  try {
    fn();
  } catch (err) {
    return err as Error;
  }
  throw new Error('did not throw');
};

describe('createAcctMcpServer options', () => {
  it.each<[string, unknown, Error]>([
    [
      'an unknown key, with a did-you-mean',
      { ...BASE, allowWrites: true },
      new ValidationError(
        '[@acct/mcp-server] options has an unknown option "allowWrites": did you mean "allowWrite"?',
      ),
    ],
    [
      'a Map',
      new Map([['apiKey', 'abcd1234']]),
      new ValidationError(
        '[@acct/mcp-server] options must be a plain object such as { apiKey: ... }, got an instance of Map',
      ),
    ],
    [
      'allowWrite as a string',
      { ...BASE, allowWrite: 'yes' },
      new AcctMcpConfigError(
        '[@acct/mcp-server] options.allowWrite must be true or false, got a string of 3 characters',
      ),
    ],
    [
      'a trx with a newline',
      { ...BASE, trx: `${CANARY}\n` },
      new AcctMcpConfigError(
        '[@acct/mcp-server] options.trx must be 1 to 200 visible ASCII characters (no spaces or control characters), got 19 characters',
      ),
    ],
    [
      'a secretOut with NUL',
      { ...BASE, secretOut: '/tmp/a\u0000b' },
      new AcctMcpConfigError(
        '[@acct/mcp-server] options.secretOut must be a file path of 1 to 4096 characters without control characters',
      ),
    ],
    [
      'a log that is not a function',
      { ...BASE, log: CANARY },
      new AcctMcpConfigError(
        '[@acct/mcp-server] options.log must be a function receiving each log line, got a string of 18 characters',
      ),
    ],
    [
      'a negative timeout',
      { ...BASE, timeout: -5 },
      new AcctMcpConfigError(
        '[@acct/mcp-server] options.timeout must be a positive number of milliseconds, got a number',
      ),
    ],
    [
      'a host that is not a string',
      { ...BASE, restHost: 42 },
      new AcctMcpConfigError(
        '[@acct/mcp-server] options.restHost must be a URL string, got a number',
      ),
    ],
  ])('refuses %s with a typed error', (_why, options, expected) => {
    const err = thrown(() => createAcctMcpServer(options as never));
    expect(err).toEqual(expected);
    expect(err.constructor).toBe(expected.constructor);
  });

  it('turns any value of any option into a typed error or a server, never echoing a value', () => {
    const keys = [
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
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...keys),
        fc.oneof(
          fc.string({ unit: 'binary' }).map((s) => `${CANARY}${s}`),
          fc.constantFrom(
            `${CANARY}\r\n`,
            `${CANARY}\u0000`,
            `${CANARY}\ud800`,
            CANARY.repeat(60_000),
          ),
          fc.anything({ maxDepth: 1 }),
        ),
        (key, value) => {
          let err: unknown;
          try {
            createAcctMcpServer({ ...BASE, [key]: value });
          } catch (e) {
            err = e;
          }
          if (err === undefined) return;
          expect(isAcctError(err)).toBe(true);
          const e = err as Error;
          for (const text of [
            e.message,
            e.stack ?? '',
            String(e),
            inspect(e, { depth: 10 }),
            JSON.stringify(e),
          ]) {
            expect(text).not.toContain(CANARY);
            expect(text).not.toContain(BASE.apiSecret);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('startAcctMcpHttpServer http options and runAcctMcp io', () => {
  it('refuses a bad port or an unknown key before listening', async () => {
    await expect(
      startAcctMcpHttpServer(BASE, { port: 1.5, token: 'x'.repeat(32) }),
    ).rejects.toEqual(
      new AcctMcpConfigError(
        '[@acct/mcp-server] http.port must be an integer from 0 to 65535, got a number',
      ),
    );
    await expect(
      startAcctMcpHttpServer(BASE, { port: 0, token: 'x'.repeat(32), tokn: CANARY } as never),
    ).rejects.toEqual(
      new ValidationError(
        '[@acct/mcp-server] http has an unknown option "tokn": did you mean "token"?',
      ),
    );
  });

  it('refuses io hooks that are not functions', async () => {
    await expect(runAcctMcp(['--help'], {}, { out: CANARY } as never)).rejects.toEqual(
      new AcctMcpConfigError(
        '[@acct/mcp-server] io.out must be a function, got a string of 18 characters',
      ),
    );
  });
});
