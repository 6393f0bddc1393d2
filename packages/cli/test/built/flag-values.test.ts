// fast-check over the value of every flag that carries data, through the real bin (a bounded
// number of spawned runs): each value is either refused with an error naming the flag before
// any request (the emulator's request log stays empty), or sent exactly as given. The account's
// real secret is the canary: it authenticates every call and never appears in any output.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { startEmulator, type RequestLogEntry, type RunningEmulator } from '@acct/emulator';
import { Acct } from '@acct/server-sdk';
import { CANARY, runCli, type CliResult } from '../helpers/spawn-cli';

const KEY = 'acct-canary';
let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({
    port: 0,
    host: '127.0.0.1',
    accounts: [{ apiKey: KEY, secrets: [CANARY], autoReload: true, balance: 7 }],
  });
});
afterAll(async () => {
  await emulator.close();
});

const env = () => ({
  ACCT_API_KEY: KEY,
  ACCT_API_SECRET: CANARY,
  ACCT_REST_HOST: emulator.url,
  ACCT_API_HOST: emulator.url,
});

const form = (r: RequestLogEntry, name: string) => new URLSearchParams(r.body).get(name);
const segment = (r: RequestLogEntry, index: number) =>
  decodeURIComponent(r.path.split('/')[index] ?? '');

/** How each flag is given, and the values it sent as the emulator saw them. */
const FLAGS: Record<string, { argv: (v: string) => string[]; sent: () => unknown[] }> = {
  '--trx': {
    argv: (v) => ['top-up', '--yes', `--trx=${v}`],
    // charged top-ups hold the whole value; the request log keeps only the start of a body
    sent: () =>
      emulator.state.topUps.length > 0
        ? emulator.state.topUps.map((t) => t.trx)
        : logged('/account/top-up', (r) => form(r, 'trx')),
  },
  '--mo-url': {
    argv: (v) => ['settings', `--mo-url=${v}`],
    sent: () =>
      stored('moCallbackUrl') ?? logged('/account/settings', (r) => form(r, 'moCallBackUrl')),
  },
  '--dr-url': {
    argv: (v) => ['settings', `--dr-url=${v}`],
    sent: () =>
      stored('drCallbackUrl') ?? logged('/account/settings', (r) => form(r, 'drCallBackUrl')),
  },
  '<id>': {
    argv: (v) => ['secrets', 'get', '--', v],
    sent: () =>
      emulator.requests
        .filter((r) => r.path.startsWith(`/accounts/${KEY}/secrets/`))
        .map((r) => segment(r, 4)),
  },
  '--api-key-of': {
    argv: (v) => ['secrets', 'list', `--api-key-of=${v}`],
    sent: () =>
      emulator.requests.filter((r) => r.path.endsWith('/secrets')).map((r) => segment(r, 2)),
  },
};

function logged(path: string, read: (r: RequestLogEntry) => unknown): unknown[] {
  return emulator.requests.filter((r) => r.path === path).map(read);
}

/** A callback URL the account now holds (it starts with none). */
function stored(field: 'moCallbackUrl' | 'drCallbackUrl'): unknown[] | undefined {
  const value = emulator.state.accounts[KEY]?.[field];
  return value === undefined || value === '' ? undefined : [value];
}

/** What a process receives for a string given on argv (lone surrogates become U+FFFD). */
const asArgv = (v: string) => Buffer.from(v, 'utf8').toString('utf8');

const value = fc
  .oneof(
    fc.string({ unit: 'grapheme', maxLength: 30 }),
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.constantFrom(
      '',
      ' ',
      '\r\n',
      'a\rb',
      '..',
      'é/ü?#%2F',
      '\ud800',
      'https://example.com/\r\n',
      ' https://example.com/in',
      'https:example.com',
      'https://example.com/in',
      `https://example.com/${'x'.repeat(60_000)}`,
      'x'.repeat(60_000),
    ),
  )
  .filter((v) => !v.includes('\u0000')); // argv cannot hold NUL: see the stdin case below

function expectRefusedOrExact(result: CliResult, flag: string, expected: string): void {
  expect(result.stdout + result.stderr).not.toContain(CANARY);
  const firstLine = result.stderr.split('\n')[0] ?? '';
  if (emulator.requests.length > 0) {
    expect(FLAGS[flag]!.sent()).toEqual([expected]);
  } else if (/^error: API error 4(13|14|31) /.test(firstLine)) {
    // sent, and refused by Node's HTTP parser for its size before the emulator could log it
    expect(Buffer.byteLength(expected)).toBeGreaterThan(8_000);
    expect(result.code).toBe(1);
  } else {
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(firstLine).toMatch(/^error: /);
    expect(firstLine).toContain(flag);
  }
}

describe('every flag value: refused naming the flag before any request, or sent exactly', () => {
  it('property over --trx, --mo-url, --dr-url, <id>, --api-key-of (spawned, bounded)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...Object.keys(FLAGS)), value, async (flag, v) => {
        emulator.reset();
        const result = await runCli(FLAGS[flag]!.argv(v), { env: env() });
        expectRefusedOrExact(result, flag, asArgv(v));
      }),
      { numRuns: 16 },
    );
  }, 120_000);

  it('property over the new secret on stdin (NUL, CR/LF, Unicode): refused, or it authenticates', async () => {
    const secret = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.constantFrom('Abcdefg1\u0000', 'Abcdefg1\r', 'Ünïcode1Secret', 'Good5Secret'),
    );
    await fc.assert(
      fc.asyncProperty(secret, async (v) => {
        emulator.reset();
        const result = await runCli(['secrets', 'create', '--secret-stdin'], {
          env: env(),
          stdin: `${v}\n`,
        });
        expect(result.stdout + result.stderr).not.toContain(CANARY);
        const posted = emulator.requests.filter((r) => r.method === 'POST');
        // documented: the first line of stdin, without surrounding whitespace
        const expected = Buffer.from(v, 'utf8').toString('utf8').split(/\r?\n/)[0]!.trim();
        if (posted.length === 0) {
          expect(result.code).toBe(2);
          expect(result.stderr).toMatch(/^error: (the new secret|the first line of stdin)/);
        } else if (posted[0]!.status === 201) {
          const client = new Acct(
            { apiKey: KEY, apiSecret: expected },
            { restHost: emulator.url, apiHost: emulator.url },
          );
          await expect(client.accounts.getBalance()).resolves.toEqual(
            expect.objectContaining({ autoReload: true }),
          );
          expect(result.code).toBe(0);
        } else {
          expect(result.code).toBe(1);
        }
      }),
      { numRuns: 5 },
    );
  }, 120_000);

  it('--min and --timeout (the CLI bounds them): refused naming the flag, or used as given', async () => {
    const numbers = fc.oneof(
      value,
      fc.integer({ min: -5, max: 4_000_000 }).map(String),
      fc.double({ min: 0, max: 50, noNaN: true }).map((n) => n.toFixed(2)),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('--min', '--timeout'), numbers, async (flag, v) => {
        emulator.reset();
        const argv = flag === '--min' ? ['balance', `--min=${v}`] : [`--timeout=${v}`, 'balance'];
        const result = await runCli(argv, { env: env() });
        expect(result.stdout + result.stderr).not.toContain(CANARY);
        if (emulator.requests.length === 0) {
          expect(result.code).toBe(2);
          expect(result.stderr).toMatch(new RegExp(`^error: ${flag} must be `));
        } else if (flag === '--min') {
          expect(result.code).toBe(Number(v) > 7 ? 3 : 0);
        } else {
          // a valid timeout is used: a tiny one may run out before the emulator answers
          if (result.code === 4) expect(Number(v)).toBeLessThan(1000);
          else expect(result.code).toBe(0);
        }
      }),
      { numRuns: 4 },
    );
  }, 120_000);
});
