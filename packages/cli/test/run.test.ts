import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import createDebug from 'debug';
import { startEmulator, type RunningEmulator } from '@acct/emulator';
import { createProgram, formatBalance, run } from '@acct/cli';
import { fakeIo, type FakeIo } from './helpers/fake-io';

declare const __ACCT_VERSION__: string;

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await emulator.close();
});
beforeEach(() => emulator.reset());

const env = () => ({
  ACCT_API_KEY: 'acct-demo',
  ACCT_API_SECRET: 'Demo1Secret',
  ACCT_REST_HOST: emulator.url,
  ACCT_API_HOST: emulator.url,
});

/** Types `answer` once `prompt` has appeared on stderr. */
function answerWhen(io: FakeIo, prompt: string, answer: string, occurrence = 1): void {
  const poll = setInterval(() => {
    if (io.err().split(prompt).length > occurrence) {
      clearInterval(poll);
      io.stdin.write(answer);
    }
  }, 5);
}

describe('run (in-process)', () => {
  it('prints the version and help, and exits 2 on usage errors', async () => {
    const version = fakeIo();
    expect(await run(['--version'], version)).toBe(0);
    expect(version.out()).toBe(`${__ACCT_VERSION__}\n`);
    const help = fakeIo();
    expect(await run(['secrets', 'rotate', '--help'], help)).toBe(0);
    expect(help.out()).toContain('Example:\n  $ printf');
    expect(help.out()).toContain('--api-key <key>');
    const none = fakeIo();
    expect(await run([], none)).toBe(2);
    expect(none.err()).toContain('Usage: acct');
    const unknown = fakeIo();
    expect(await run(['balance', '--bogus'], unknown)).toBe(2);
    expect(unknown.err()).toBe(
      'error: unknown option --bogus (argument 2): run `acct --help` for the options\n' +
        'hint: run `acct balance --help` for usage\n',
    );
    const missing = fakeIo(env());
    expect(await run(['top-up'], missing)).toBe(2);
    expect(missing.err()).toBe(
      'error: `acct top-up` needs --trx <ref>\nhint: run `acct top-up --help` for usage\n',
    );
    const badTimeout = fakeIo(env());
    expect(await run(['--timeout', '0', 'balance'], badTimeout)).toBe(2);
  });

  it('every command has an example in its help', () => {
    const program = createProgram(fakeIo());
    const all = program.commands.flatMap((c) => [c, ...c.commands]);
    expect(all.map((c) => c.name())).toEqual([
      'balance',
      'top-up',
      'settings',
      'secrets',
      'list',
      'get',
      'create',
      'revoke',
      'rotate',
      'emulator',
      'tour',
    ]);
    for (const command of all) {
      let text = '';
      command.configureOutput({ writeOut: (s) => (text += s) });
      command.outputHelp();
      expect(text).toMatch(/\nExamples?:\n {2}\$ [^\n]*\bacct /);
    }
  });

  it('balance --min passes when the balance is enough', async () => {
    const io = fakeIo(env());
    expect(await run(['balance', '--min', '10.50'], io)).toBe(0);
    expect(io.out()).toBe(`Balance: ${formatBalance(10.5)}\nAuto-reload: on\n`);
  });

  it('top-up asks on a terminal: yes tops up, anything else charges nothing (exit 2)', async () => {
    const no = fakeIo(env(), { stdin: true });
    answerWhen(no, '[y/N] ', 'n\n');
    expect(await run(['top-up', '--trx', 't1'], no)).toBe(2);
    expect(no.err()).toBe(
      'Top up account acct-demo with transaction t1? This charges the payment method. [y/N] error: cancelled: did not top up\n',
    );
    expect(emulator.state.topUps).toHaveLength(0);
    const yes = fakeIo(env(), { stdin: true });
    answerWhen(yes, '[y/N] ', 'y\n');
    expect(await run(['top-up', '--trx', 't1'], yes)).toBe(0);
    expect(yes.out()).toBe('Top-up accepted (transaction t1).\n');
    expect(emulator.state.topUps).toHaveLength(1);
  });

  it('create prompts twice for a hidden secret on a terminal', async () => {
    const io = fakeIo(env(), { stdin: true });
    answerWhen(io, 'New secret: ', 'Typed4Secret\r');
    answerWhen(io, 'Repeat the new secret: ', 'Typed4Secret\r');
    expect(await run(['secrets', 'create'], io)).toBe(0);
    expect(io.err()).toBe('New secret: \nRepeat the new secret: \n');
    expect(io.out()).toMatch(/^Created secret [\w-]+ \(created \S+\)\.\n$/);
    expect(emulator.state.accounts['acct-demo']?.secrets).toHaveLength(2);

    const differ = fakeIo(env(), { stdin: true });
    answerWhen(differ, 'New secret: ', 'Typed4Secret\r');
    answerWhen(differ, 'Repeat the new secret: ', 'Typed5Secret\r');
    expect(await run(['secrets', 'create'], differ)).toBe(2);
    expect(differ.err()).toBe(
      'New secret: \nRepeat the new secret: \nerror: the two secrets typed differ: nothing was changed\n',
    );
  });

  it('rotate without --revoke-previous keeps the previous secrets and says so', async () => {
    const io = fakeIo(env());
    io.stdin.end('Kept5Secret\n');
    expect(await run(['secrets', 'rotate', '--secret-stdin'], io)).toBe(0);
    expect(io.out()).toBe('Kept5Secret\n');
    expect(io.err()).toContain(
      'The previous secrets still work: revoke them with `acct secrets revoke <id>` once nothing uses them.\n',
    );
    const both = fakeIo(env());
    expect(await run(['secrets', 'create', '--secret', 'A1bcdefgh', '--secret-stdin'], both)).toBe(
      2,
    );
    expect(both.err()).toBe(
      'warning: --secret on the command line is visible to other users of this machine (ps) and ' +
        'stays in your shell history: use --secret-stdin or the hidden prompt instead\n' +
        'error: pass either --secret or --secret-stdin, not both\n',
    );
    const empty = fakeIo(env());
    empty.stdin.end('\n');
    expect(await run(['secrets', 'create', '--secret-stdin'], empty)).toBe(2);
    expect(empty.err()).toBe('error: the new secret is empty\n');
  });

  it('secrets list and revoke in human form, for another account with --api-key-of', async () => {
    const io = fakeIo(env());
    expect(await run(['secrets', 'list', '--api-key-of', 'acct-demo'], io)).toBe(0);
    const id = emulator.state.accounts['acct-demo']?.secrets[0]?.id;
    expect(io.out()).toMatch(new RegExp(`^1 secret of acct-demo:\\n {2}${id} {2}created \\S+\\n$`));
    const last = fakeIo(env());
    expect(await run(['--json', 'secrets', 'revoke', String(id), '--yes'], last)).toBe(1);
    expect(JSON.parse(last.err())).toEqual({
      error: {
        code: 'ACCT_HTTP_PERMISSION_DENIED',
        message: expect.stringMatching(/^API error 403 .*; request id: \w+$/),
        status: 403,
        hint:
          'an account always keeps one secret: use `acct secrets rotate --revoke-previous` to ' +
          'replace the last one; or this API key may not manage the secrets of that account (a ' +
          'sub-account key, or the wrong key): check ACCT_API_KEY (or --api-key) and --api-key-of',
      },
    });
  });

  it('--verbose writes the acct:* debug logs on stderr, still without the secret', async () => {
    const io = fakeIo({ ...env(), ACCT_API_SECRET: 'Demo1Secret' });
    expect(await run(['--verbose', '--json', 'balance'], io)).toBe(0);
    expect(io.err()).toMatch(/acct:/);
    // with --json every stderr line is a JSON object, the debug lines too
    const lines = io.err().trimEnd().split('\n');
    expect(lines).toEqual([expect.stringMatching(/^{"info":".* acct:http GET http:.*-> 200 /)]);
    for (const line of lines) expect(Object.keys(JSON.parse(line) as object)).toEqual(['info']);
    expect(io.err()).not.toContain('Demo1Secret');
    expect(io.err()).not.toContain(Buffer.from('acct-demo:Demo1Secret').toString('base64'));
    expect(createDebug.enabled('acct:http')).toBe(false);
  });

  it('emulator runs until SIGINT', async () => {
    const io = fakeIo();
    const done = run(['emulator', '--port', '0', '--json'], io);
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (io.out() !== '') {
          clearInterval(poll);
          resolve();
        }
      }, 5);
    });
    const info = JSON.parse(io.out());
    expect(info).toEqual({
      url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
      apiKey: 'acct-demo',
      apiSecret: 'Demo1Secret',
    });
    process.emit('SIGINT', 'SIGINT');
    expect(await done).toBe(0);
    expect(io.err()).toBe('{"info":"emulator stopped (SIGINT)"}\n');
    const bad = fakeIo();
    expect(await run(['emulator', '--port', '70000'], bad)).toBe(2);
    const busy = fakeIo();
    expect(await run(['emulator', '--port', String(new URL(emulator.url).port)], busy)).toBe(2);
    expect(busy.err()).toMatch(
      /^error: cannot listen on 127\.0\.0\.1:\d+ \(EADDRINUSE\): pass another --port or --host\n$/,
    );
    const host = fakeIo();
    expect(await run(['emulator', '--host', 'a b\nc'], host)).toBe(2);
    expect(host.err()).toBe(
      'error: --host must be an IP address or host name such as 127.0.0.1 (got a string of 5 characters)\n',
    );
  });

  it('tour runs in-process too', async () => {
    const io = fakeIo();
    expect(await run(['tour'], io)).toBe(0);
    expect(io.out()).toContain('Tour complete.');
  });

  it('every command in --json and human form, in-process', async () => {
    const io = (tty = false) => fakeIo(env(), { stdin: tty });
    const settings = io();
    expect(await run(['settings'], settings)).toBe(0);
    expect(settings.out()).toContain('Inbound SMS callback:      (not set)\n');
    const settingsJson = io();
    expect(
      await run(['--json', 'settings', '--mo-url', 'https://example.com/mo'], settingsJson),
    ).toBe(0);
    expect(JSON.parse(settingsJson.out())['mo-callback-url']).toBe('https://example.com/mo');
    const id = String(emulator.state.accounts['acct-demo']?.secrets[0]?.id);
    const getJson = io();
    expect(await run(['--json', 'secrets', 'get', id], getJson)).toBe(0);
    expect(JSON.parse(getJson.out()).id).toBe(id);
    const listJson = io();
    expect(await run(['--json', 'secrets', 'list'], listJson)).toBe(0);
    expect(JSON.parse(listJson.out())._embedded.secrets).toHaveLength(1);
    const created = io();
    created.stdin.end('Other6Secret\n');
    expect(await run(['--json', 'secrets', 'create', '--secret-stdin'], created)).toBe(0);
    const newId = JSON.parse(created.out()).id as string;
    const revoke = io(true);
    answerWhen(revoke, '[y/N] ', 'yes\n');
    expect(await run(['secrets', 'revoke', newId], revoke)).toBe(0);
    expect(revoke.out()).toBe(`Revoked secret ${newId}.\n`);
    const topUp = io();
    expect(await run(['--json', 'top-up', '--trx', 'j1', '--yes'], topUp)).toBe(0);
    expect(JSON.parse(topUp.out())['error-code']).toBe('200');
    // the rotation revokes Demo1Secret: it comes last
    const rotate = io(true);
    answerWhen(rotate, '[y/N] ', 'y\n');
    answerWhen(rotate, 'New secret: ', 'Rotated7Secret\r');
    answerWhen(rotate, 'Repeat the new secret: ', 'Rotated7Secret\r');
    expect(await run(['secrets', 'rotate', '--revoke-previous'], rotate)).toBe(0);
    expect(rotate.out()).toBe('Rotated7Secret\n');
    expect(rotate.err()).toContain(`Revoked the previous secret: ${id}.\n`);
  });

  it('tour --live in-process: read-only steps, and exit 2 without credentials', async () => {
    const live = fakeIo(env());
    expect(await run(['tour', '--live'], live)).toBe(0);
    expect(live.out()).toContain(`   // ${formatBalance(10.5)}, auto-reload on\n`);
    expect(live.out()).toContain('   // inbound SMS:       (not set)\n');
    const none = fakeIo();
    expect(await run(['tour', '--live'], none)).toBe(2);
  });
});
