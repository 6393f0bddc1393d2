import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '@acct/emulator';
import {
  callbackUrlProblem,
  minEurProblem,
  secretIdProblem,
  trxProblem,
} from '../src/internal/argument-rules';
import { isPrintableName } from '../src/internal/printable-name';
import { connectClient, errorOf, type Connected } from './helpers/connect-client';

type Emu = Awaited<ReturnType<typeof startEmulator>>;
type Entry = Emu['requests'][number];

// the server's own secret: it must never show in any result or log line, whatever the agent sends
const API_KEY = 'prop0001';
const API_SECRET = 'Canary7SecretValue';
// a secret typed in the wrong place by the agent: a refusal never repeats it
const OTHER = 'Zebra7Canary9Value';
const MB = 'x'.repeat(1024 * 1024);

let emulator: Emu;
let conn: Connected;
let dir: string;

beforeAll(async () => {
  emulator = await startEmulator({
    port: 0,
    accounts: [{ apiKey: API_KEY, secrets: [API_SECRET], balance: 5 }],
  });
  dir = await mkdtemp(join(tmpdir(), 'acct-mcp-prop-'));
  conn = await connectClient({
    apiKey: API_KEY,
    apiSecret: API_SECRET,
    restHost: emulator.url,
    apiHost: emulator.url,
    allowWrite: true,
    allowTopUp: true,
    trx: 'operator-trx-1',
    secretOut: join(dir, 'never-written.txt'),
  });
});
afterAll(async () => {
  await conn.close();
  await emulator.close();
  await rm(dir, { recursive: true, force: true });
});

/** Strings that break things: control characters, lone surrogates, near-URLs, 1 MB. */
const nasty = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.stringMatching(/^[\x21-\x7e]{1,30}$/),
  fc.webUrl(),
  fc.constantFrom(
    '',
    ' ',
    '.',
    '..',
    '\r\n',
    '\u0000',
    '\ud800',
    'a\udc00b',
    'https://example.com/\r\nX-Injected: 1',
    'https:example.com',
    ' https://example.com/',
    'https://example.com/hook',
    'https://example.com',
    'HTTPS://EXAMPLE.COM/',
    'javascript:alert(1)',
    MB,
    `https://example.com/${MB}`,
  ),
);

/** Any value an agent may send: nasty strings, some carrying a canary, and non-strings. */
const value = fc.oneof(
  { weight: 4, arbitrary: nasty },
  { weight: 1, arbitrary: fc.tuple(nasty, nasty).map(([a, b]) => `${a}${API_SECRET}${b}`) },
  { weight: 1, arbitrary: nasty.map((s) => `${OTHER}${s}`) },
  { weight: 1, arbitrary: fc.oneof(fc.double(), fc.integer(), fc.boolean(), fc.constant(null)) },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
);

interface Case {
  tool: string;
  arg: string;
  problem: (value: unknown) => string | undefined;
  /** Which request carries the value, and the value as the server received it. */
  sent?: { method: string; path: RegExp; read: (entry: Entry) => unknown };
}

const form = (name: string) => (entry: Entry) => new URLSearchParams(entry.body).get(name);
const lastSegment = (entry: Entry) => decodeURIComponent(entry.path.split('/').pop() ?? '');

const CASES: Case[] = [
  { tool: 'get_balance', arg: 'min_eur', problem: minEurProblem },
  {
    tool: 'get_secret',
    arg: 'secret_id',
    problem: secretIdProblem,
    sent: { method: 'GET', path: /^\/accounts\/prop0001\/secrets\/./, read: lastSegment },
  },
  {
    tool: 'revoke_secret',
    arg: 'secret_id',
    problem: secretIdProblem,
    sent: { method: 'DELETE', path: /^\/accounts\/prop0001\/secrets\/./, read: lastSegment },
  },
  {
    tool: 'update_account_callbacks',
    arg: 'mo_callback_url',
    problem: callbackUrlProblem,
    sent: { method: 'POST', path: /^\/account\/settings$/, read: form('moCallBackUrl') },
  },
  {
    tool: 'update_account_callbacks',
    arg: 'dr_callback_url',
    problem: callbackUrlProblem,
    sent: { method: 'POST', path: /^\/account\/settings$/, read: form('drCallBackUrl') },
  },
  {
    tool: 'top_up',
    arg: 'trx',
    problem: trxProblem,
    sent: { method: 'POST', path: /^\/account\/top-up$/, read: form('trx') },
  },
  {
    tool: 'rotate_secret',
    arg: 'revoke',
    problem: (v) => (v === 'none' || v === 'previous' ? undefined : 'must be "none" or "previous"'),
  },
];

const HINT = 'Fix the parameters named in invalid_parameters and call again.';

/** What the agent and the log saw of one call, for the canary checks. */
const seenSince = (seen: number, logs: number): string =>
  [...conn.seen.slice(seen), ...conn.logs.slice(logs)].join('\n');

describe('every tool argument: refused before any request, or sent exactly', () => {
  it.each(CASES)('$tool $arg', async ({ tool, arg, problem, sent }) => {
    await fc.assert(
      fc.asyncProperty(
        value.filter(
          (v) => v !== undefined && (arg !== 'revoke' || (v !== 'none' && v !== 'previous')),
        ),
        async (v) => {
          const [requests, seen, logs] = [
            emulator.requests.length,
            conn.seen.length,
            conn.logs.length,
          ];
          const result = await conn.call(tool, { [arg]: v });
          const text = seenSince(seen, logs);
          expect(text).not.toContain(API_SECRET);
          const reason = problem(v);
          if (reason !== undefined) {
            expect(result.isError).toBe(true);
            expect(errorOf(result)).toEqual({
              code: 'ACCT_VALIDATION',
              title: 'Invalid input',
              detail: `[@acct/mcp-server] ${tool}: invalid arguments: ${arg}`,
              hint: HINT,
              invalid_parameters: [{ name: arg, reason }],
            });
            expect(emulator.requests.length).toBe(requests);
            expect(text).not.toContain(OTHER);
            return;
          }
          const after = emulator.requests.slice(requests);
          if (result.isError === true && errorOf(result).code === 'ACCT_VALIDATION') {
            // a stricter rule of the SDK below: still refused before any request
            expect(after).toEqual([]);
            return;
          }
          if (sent === undefined) {
            expect(after.length).toBeGreaterThan(0);
            return;
          }
          const carrying = after.filter((e) => e.method === sent.method && sent.path.test(e.path));
          expect(carrying).toHaveLength(1);
          // the emulator's log redacts its own secrets by value: compare only what it kept
          if (typeof v === 'string' && !v.includes(API_SECRET)) {
            expect(sent.read(carrying[0]!)).toBe(v);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it.each([
    'get_balance',
    'get_account_settings',
    'list_secrets',
    'get_secret',
    'update_account_callbacks',
    'rotate_secret',
    'revoke_secret',
    'top_up',
  ])('%s refuses an unknown argument by name (or length), never echoing it', async (tool) => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          nasty,
          nasty.map((s) => `${OTHER}${s}`),
          nasty.map((s) => `${s}${API_SECRET}`),
        ),
        value,
        async (name, v) => {
          fc.pre(
            ![
              'min_eur',
              'secret_id',
              'mo_callback_url',
              'dr_callback_url',
              'revoke',
              'trx',
            ].includes(name) && name !== '__proto__',
          );
          const [requests, seen, logs] = [
            emulator.requests.length,
            conn.seen.length,
            conn.logs.length,
          ];
          const result = await conn.call(tool, { [name]: v });
          const error = errorOf(result);
          expect(error.code).toBe('ACCT_VALIDATION');
          const params = error.invalid_parameters as { name: string; reason: string }[];
          const shown = isPrintableName(name) ? name : `an argument of ${name.length} characters`;
          expect(params[0]!.name).toBe(shown);
          expect(params[0]!.reason).toMatch(new RegExp(`^is not an argument of ${tool}`));
          expect(emulator.requests.length).toBe(requests);
          const text = seenSince(seen, logs);
          expect(text).not.toContain(API_SECRET);
          expect(text).not.toContain(OTHER);
        },
      ),
      { numRuns: 50 },
    );
  });
});
