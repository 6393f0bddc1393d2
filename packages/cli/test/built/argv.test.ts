// The argv mistakes of issue 13, each run as a real process with a canary secret on argv: every
// one is reported by the option's name or the argument's position, never by a value, before any
// request; the secret on argv is warned about; --json turns the error into one JSON line.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { startEmulator, type RunningEmulator } from '@acct/emulator';
import { CANARY, WARN_API_SECRET, demoEnv, runCli } from '../helpers/spawn-cli';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await emulator.close();
});
beforeEach(() => emulator.reset());

const HELP = 'hint: run `acct --help` for usage\n';

/** [argv, the exact stderr after the warning] */
const MISTAKES: [string[], string][] = [
  [
    [`--api-secrt=${CANARY}`, 'balance'],
    'error: unknown option --api-secrt (argument 1): did you mean --api-secret?\n' + HELP,
  ],
  [
    ['--timeout', '--api-secret', CANARY, 'balance'],
    'error: --timeout needs a value (argument 1): --timeout <ms>\n' + HELP,
  ],
  [
    ['--api-secret', CANARY, 'balance', CANARY],
    'error: unexpected argument 4: `acct balance` takes no arguments\n' +
      'hint: run `acct balance --help` for usage\n',
  ],
  [
    ['--api-key', 'acct-demo', CANARY, '--api-secret', CANARY],
    'error: unknown command (argument 3): `acct` has balance, top-up, settings, secrets, emulator, tour\n' +
      HELP,
  ],
  [
    ['--api-secret', 'Other1Secret', '--api-secret', CANARY, 'balance'],
    'error: --api-secret is given twice (arguments 2 and 4): pass it once\n' + HELP,
  ],
  [
    ['--timeout', '5', '--timeout', CANARY, '--api-secret', CANARY, 'balance'],
    'error: --timeout is given twice (arguments 2 and 4): pass it once\n' + HELP,
  ],
  [
    [`--json=${CANARY}`, '--api-secret', CANARY, 'balance'],
    'error: --json takes no value (argument 1): pass --json alone\n' + HELP,
  ],
  [
    ['--api-secret', CANARY, '--yes', 'top-up', '--trx', 't1'],
    'error: unknown option --yes (argument 3): it is an option of `acct top-up`, ' +
      '`acct secrets revoke`, `acct secrets rotate`; put it after the command\n' +
      HELP,
  ],
  [
    ['--api-secret', CANARY, 'secrets', 'get', '--api-key-of'],
    'error: --api-key-of needs a value (argument 5): --api-key-of <key>\n' +
      'hint: run `acct secrets get --help` for usage\n',
  ],
  [
    [`-${CANARY}`, '--api-secret', CANARY, 'balance'],
    'error: unknown option (argument 1): run `acct --help` for the options\n' + HELP,
  ],
  [
    [`--${CANARY}=x`, '--api-secret', CANARY, 'balance'],
    'error: unknown option (argument 1): run `acct --help` for the options\n' + HELP,
  ],
  [
    ['--api-secret', CANARY, 'secrets', CANARY],
    'error: unknown command (argument 4): `acct secrets` has list, get, create, revoke, rotate\n' +
      'hint: run `acct secrets --help` for usage\n',
  ],
  [
    ['balanse', '--api-secret', CANARY],
    'error: unknown command (argument 1): did you mean `acct balance`?\n' + HELP,
  ],
  [
    ['--api-secret', CANARY, 'secrets', 'revoke'],
    'error: `acct secrets revoke` needs <id>\nhint: run `acct secrets revoke --help` for usage\n',
  ],
  [
    ['--api-secret', CANARY, 'top-up', '--yes'],
    'error: `acct top-up` needs --trx <ref>\nhint: run `acct top-up --help` for usage\n',
  ],
];

describe('argv mistakes (built bin, canary secret on argv)', () => {
  it.each(MISTAKES)('%j: named by flag or position, exit 2, no request', async (argv, stderr) => {
    const result = await runCli(argv, { env: demoEnv(emulator.url) });
    expect(result).toEqual({
      code: 2,
      signal: null,
      stdout: '',
      stderr: WARN_API_SECRET + stderr,
    });
    expect(emulator.requests).toHaveLength(0);
  });

  it('with --json each mistake is one {"error":...} line after the warning line', async () => {
    for (const [argv, stderr] of MISTAKES.slice(0, 5)) {
      const result = await runCli(['--json', ...argv], { env: demoEnv(emulator.url) });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).not.toContain(CANARY);
      const lines = result.stderr
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l) as unknown);
      const [message = '', hint = ''] = stderr.trimEnd().split('\nhint: ');
      expect(lines).toEqual([
        { warning: WARN_API_SECRET.trimEnd().replace(/^warning: /, '') },
        {
          error: {
            code: 'ACCT_CLI_USAGE',
            // positions count from the first argument, which is now --json
            message: message
              .replace(/^error: /, '')
              .replace(
                /argument(s?) (\d+)( and )?(\d+)?/,
                (_m, s: string, a: string, and, b) =>
                  `argument${s} ${Number(a) + 1}${and === undefined ? '' : ` and ${Number(b) + 1}`}`,
              ),
            status: null,
            hint,
          },
        },
      ]);
    }
    expect(emulator.requests).toHaveLength(0);
  });

  it('a secret on argv works but warns, naming the environment or stdin alternative', async () => {
    const env = demoEnv(emulator.url);
    const withFlag = await runCli(['--api-secret', 'Demo1Secret', '--json', 'balance'], { env });
    expect(withFlag).toEqual({
      code: 0,
      signal: null,
      stdout: '{\n  "value": 10.5,\n  "autoReload": true\n}\n',
      stderr: `{"warning":${JSON.stringify(WARN_API_SECRET.slice(9, -1))}}\n`,
    });
    const inline = await runCli(['--api-secret=Demo1Secret', 'balance'], { env });
    expect(inline.code).toBe(0);
    expect(inline.stderr).toBe(WARN_API_SECRET);
    const fromEnv = await runCli(['balance'], { env });
    expect(fromEnv.stderr).toBe('');
  });

  it('a bare `acct` shows the help and says a command is needed (exit 2)', async () => {
    const result = await runCli([]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Usage: acct \[options\] \[command\]\n/);
    expect(result.stderr).toMatch(
      /\nerror: `acct` needs a command: one of balance, top-up, settings, secrets, emulator, tour\nhint: run `acct --help` for usage\n$/,
    );
    const json = await runCli(['--json']);
    expect(JSON.parse(json.stderr)).toEqual({
      error: {
        code: 'ACCT_CLI_USAGE',
        message:
          '`acct` needs a command: one of balance, top-up, settings, secrets, emulator, tour',
        status: null,
        hint: 'run `acct --help` for usage',
      },
    });
  });
});
