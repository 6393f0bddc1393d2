import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Command, CommanderError } from 'commander';
import fc from 'fast-check';
import { startEmulator, type RunningEmulator } from '@acct/emulator';
import { UsageError, run } from '@acct/cli';
import { scanArgv } from '../../src/internal/argv-scan';
import { buildProgram } from '../../src/internal/build-program';
import { Session } from '../../src/internal/session';
import { fakeIo } from '../helpers/fake-io';

const CANARY = 'Canary7Secret';
/** Marks generated free text, so a message that echoes any of it is caught. */
const MARK = 'Zq9';

const VOCABULARY = [
  'balance',
  'top-up',
  'settings',
  'secrets',
  'list',
  'get',
  'create',
  'revoke',
  'rotate',
  'help',
  'emulator',
  'tour',
  '--json',
  '--verbose',
  '--no-color',
  '--api-key',
  '--api-secret',
  '--rest-host',
  '--api-host',
  '--timeout',
  '--min',
  '--trx',
  '--yes',
  '-y',
  '--mo-url',
  '--dr-url',
  '--api-key-of',
  '--secret',
  '--secret-stdin',
  '--revoke-previous',
  '--live',
  '--port',
  '--host',
  '--',
  '-',
  '5',
  '',
];

/** Free text of every awkward kind: Unicode, CR/LF, NUL, lone surrogates, long. */
const freeText = fc
  .oneof(
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    fc.string({ unit: 'binary', maxLength: 20 }),
    fc.constantFrom('\r\n', '\u0000', '\ud800', 'x'.repeat(100_000), '=', '-x', '--x=y'),
  )
  .map((s) => `${MARK}${s}`);

const token = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...VOCABULARY) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      CANARY,
      `--api-secret=${CANARY}`,
      `--api-secrt=${CANARY}`,
      `--secret=${CANARY}`,
      `--${CANARY}`,
      `-${CANARY}`,
      `--json=${CANARY}`,
    ),
  },
  { weight: 2, arbitrary: freeText },
  { weight: 1, arbitrary: freeText.map((s) => `--${s}`) },
  { weight: 1, arbitrary: freeText.map((s) => `--trx=${s}`) },
);
const argvArb = fc.array(token, { maxLength: 8 });

const program = (): Command => buildProgram(new Session(fakeIo()));

/** The program with every action replaced by one that does nothing. */
function inertProgram(): Command {
  const root = program();
  for (const command of root.commands.flatMap((c) => [c, ...c.commands])) {
    if (command.commands.length === 0) command.action(() => undefined);
  }
  return root;
}

describe('scanArgv', () => {
  it('reads flags, values, the command path and the secrets on argv', () => {
    const scan = scanArgv(
      ['--json', '--api-secret', CANARY, 'secrets', 'get', 'id-1', '--api-key-of=sub', '-V'],
      program(),
    );
    expect(scan.error).toBeUndefined();
    expect(scan.json).toBe(true);
    expect(scan.path).toEqual(['secrets', 'get']);
    expect([...scan.given]).toEqual([
      ['--json', 1],
      ['--api-secret', 3],
      ['--api-key-of', 7],
      ['--version', 8],
    ]);
    expect(scan.secretFlags).toEqual(['--api-secret']);
    expect(scan.secretValues).toEqual([CANARY]);
    expect(scan.argv.at(-1)).toBe('-v');
  });

  it('takes anything after -- as an argument, and a value starting with - when it is no flag', () => {
    const ok = scanArgv(['secrets', 'get', '--', '--json'], program());
    expect([ok.error, ok.json, ok.path]).toEqual([undefined, false, ['secrets', 'get']]);
    const dash = scanArgv(['balance', '--min', '-5'], program());
    expect(dash.error).toBeUndefined();
    const help = scanArgv(['secrets', '--help'], program());
    expect([help.error, help.help]).toEqual([undefined, true]);
    for (const argv of [['help', 'secrets', 'list'], ['secrets', 'help', 'list'], ['help']]) {
      const scan = scanArgv(argv, program());
      expect([scan.error, scan.help]).toEqual([undefined, true]);
    }
    expect(scanArgv(['help', CANARY], program()).error?.message).toBe(
      'unknown command (argument 2): `acct` has balance, top-up, settings, secrets, emulator, tour',
    );
  });

  it('property: never throws, and a message never holds a value from argv', () => {
    fc.assert(
      fc.property(argvArb, (argv) => {
        const scan = scanArgv(argv, program());
        if (scan.error === undefined) return;
        expect(scan.error).toBeInstanceOf(UsageError);
        expect(scan.error.message).not.toContain(CANARY);
        expect(scan.error.message).not.toContain(MARK);
        expect(scan.error.message.length).toBeLessThan(200);
      }),
      { numRuns: 2000 },
    );
  });

  it('property: what it accepts, commander parses without an error of its own', async () => {
    await fc.assert(
      fc.asyncProperty(argvArb, async (argv) => {
        const scan = scanArgv(argv, program());
        if (scan.error !== undefined) return;
        try {
          await inertProgram().parseAsync(scan.argv, { from: 'user' });
        } catch (error) {
          // only help and version end the parse, with exit code 0
          expect(error).toBeInstanceOf(CommanderError);
          expect((error as CommanderError).exitCode).toBe(0);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('run() over arbitrary argv (in-process, against the emulator)', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await emulator.close();
  });

  it('property: the canary secret never reaches stdout or stderr; argv mistakes send nothing', async () => {
    const safe = token.filter((t) => t !== 'emulator' && t !== 'tour' && t !== 'help');
    await fc.assert(
      fc.asyncProperty(fc.array(safe, { maxLength: 8 }), async (argv) => {
        emulator.reset();
        const io = fakeIo({
          ACCT_API_KEY: 'acct-demo',
          ACCT_API_SECRET: CANARY,
          ACCT_REST_HOST: emulator.url,
          ACCT_API_HOST: emulator.url,
        });
        io.stdin.end();
        const code = await run(['--timeout', '2000', ...argv], io);
        expect(io.out() + io.err()).not.toContain(CANARY);
        if (scanArgv(['--timeout', '2000', ...argv], program()).error !== undefined) {
          expect(code).toBe(2);
          expect(emulator.requests).toHaveLength(0);
        }
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});
