import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { inspect } from 'node:util';
import fc from 'fast-check';
import { startEmulator, type RunningEmulator } from '@acct/emulator';
import { Accounts, AcctError, Secrets, ValidationError } from '@acct/accounts';

// Property tests against the emulator (a real server on 127.0.0.1): every argument of every
// method, fed what a hostile or careless caller passes, either rejects with a ValidationError
// naming it before any request (the emulator's request log stays empty) or reaches the emulator
// exactly as given. The client's secret (a canary) never appears in any rendering of any error.

const KEY = 'abcd1234';
const CANARY = 'Canary9Zebra7Secret';
const MB = 1024 * 1024;
const RUNS = { numRuns: 100 };

let emu: RunningEmulator;
let accounts: Accounts;
let secrets: Secrets;
let options: { restHost: string; apiHost: string; retry: false };

beforeAll(async () => {
  emu = await startEmulator({
    accounts: [{ apiKey: KEY, secrets: [CANARY], autoReload: true, balance: 5 }],
  });
  options = { restHost: emu.url, apiHost: emu.url, retry: false };
  accounts = new Accounts({ apiKey: KEY, apiSecret: CANARY }, options);
  secrets = new Secrets({ apiKey: KEY, apiSecret: CANARY }, options);
});
beforeEach(() => emu.reset());
afterAll(() => emu.close());

/** Pieces a hostile caller tries: line breaks, NUL, spaces, lone surrogates, non-ASCII, the canary. */
const NASTY = [
  '\r',
  '\n',
  '\r\n',
  '\u0000',
  ' ',
  '\t',
  '\u007f',
  '\u0085',
  '\u2028',
  '\ud800',
  '\udc00',
  '😀',
  'é',
  ':',
  '/',
  '?',
  '#',
  '%',
  '%2e',
  '.',
  '..',
  CANARY,
];

/** Arbitrary Unicode, hostile pieces glued to ASCII, and 1 MB strings. */
const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc
    .array(
      fc.oneof(fc.constantFrom(...NASTY), fc.string({ unit: 'grapheme-ascii', maxLength: 8 })),
      {
        maxLength: 8,
      },
    )
    .map((parts) => parts.join('')),
  fc.constantFrom('x'.repeat(MB), `aA1${'x'.repeat(MB)}`, `https://example.com/${'x'.repeat(MB)}`),
);

/** Strings of visible ASCII (U+0021 to U+007E). */
const visible = (minLength: number, maxLength: number) =>
  fc.string({
    unit: fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)),
    minLength,
    maxLength,
  });

const VISIBLE = /^[\x21-\x7e]*$/;

/** Every way an error may be shown, logged or serialised. */
const renderings = (err: unknown): string[] => {
  const e = err as Error;
  return [e.message, String(e), e.stack ?? '', inspect(e, { depth: 10 }), JSON.stringify(e)];
};

const expectNoCanary = (err: unknown): void => {
  for (const text of renderings(err)) expect(text).not.toContain(CANARY);
};

/** Settles a call into its error, or `undefined` when it resolved. */
const settle = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => undefined,
    (err: unknown) => err ?? new Error('rejected with nothing'),
  );

/** How many runs of the current property were refused, and how many were sent. */
const tally = { refused: 0, sent: 0 };
beforeEach(() => {
  tally.refused = 0;
  tally.sent = 0;
});

/** Both outcomes happened: the property tried values on each side of the rule. */
const expectBothOutcomes = (): void => {
  expect(tally.refused).toBeGreaterThan(5);
  expect(tally.sent).toBeGreaterThan(5);
};

/** The call was refused before any request, with a ValidationError naming `name`. */
function expectRefused(err: unknown, name: string): void {
  tally.refused += 1;
  expect(err).toBeInstanceOf(ValidationError);
  expect((err as ValidationError).invalidParameters[0]!.name).toBe(name);
  expect(emu.requests).toHaveLength(0);
  expectNoCanary(err);
}

describe('hostile input against the emulator', () => {
  it('topUpBalance: trx is refused unsent, or charged exactly as given', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostile, visible(1, 130)), async (trx) => {
        emu.reset();
        const ok = trx.length >= 1 && trx.length <= 128 && VISIBLE.test(trx);
        const err = await settle(accounts.topUpBalance(trx));
        if (!ok) return expectRefused(err, 'trx');
        tally.sent += 1;
        expect(err).toBeUndefined();
        expect(emu.state.topUps.map((t) => t.trx)).toEqual([trx]);
      }),
      RUNS,
    );
    expectBothOutcomes();
  });

  it('updateAccountCallbacks: each URL is refused unsent, or stored exactly as given', async () => {
    const canonical = fc
      .webUrl({ withQueryParameters: true, withFragments: true })
      .map((u) => new URL(u).href);
    const broken = fc
      .tuple(canonical, fc.constantFrom(...NASTY), fc.nat())
      .map(
        ([url, piece, at]) =>
          url.slice(0, at % (url.length + 1)) + piece + url.slice(at % (url.length + 1)),
      );
    const model = (s: string): boolean => {
      if (s === '') return true;
      if (s.length > 2048 || !VISIBLE.test(s) || !URL.canParse(s)) return false;
      const url = new URL(s);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.href === s;
    };
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('moCallBackUrl', 'drCallBackUrl'),
        fc.oneof(hostile, canonical, broken, fc.webUrl(), fc.constant('')),
        async (field, url) => {
          emu.reset();
          const err = await settle(accounts.updateAccountCallbacks({ [field]: url }));
          if (!model(url)) return expectRefused(err, field);
          tally.sent += 1;
          expect(err).toBeUndefined();
          const stored = emu.state.accounts[KEY]!;
          expect(field === 'moCallBackUrl' ? stored.moCallbackUrl : stored.drCallbackUrl).toBe(url);
        },
      ),
      RUNS,
    );
    expectBothOutcomes();
  });

  it('createSecret: the secret is refused unsent, or created exactly as given', async () => {
    const reading = (s: string): boolean => {
      const n = [...s].length;
      return (
        n >= 8 &&
        n <= 25 &&
        VISIBLE.test(s) &&
        /[a-z]/.test(s) &&
        /[A-Z]/.test(s) &&
        /[0-9]/.test(s)
      );
    };
    const likely = visible(5, 24).map((s) => `aA1${s}`);
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostile, likely), async (secret) => {
        emu.reset();
        const err = await settle(secrets.createSecret(KEY, secret));
        if (!reading(secret)) {
          expectRefused(err, 'secret');
          if (secret.length >= 8)
            for (const text of renderings(err)) expect(text).not.toContain(secret);
          return;
        }
        tally.sent += 1;
        expect(err).toBeUndefined();
        expect(emu.state.accounts[KEY]!.secrets).toHaveLength(2);
        // the exact value arrived: it authenticates
        const prover = new Accounts({ apiKey: KEY, apiSecret: secret }, options);
        await expect(prover.getBalance()).resolves.toEqual({ value: 5, autoReload: true });
      }),
      RUNS,
    );
    expectBothOutcomes();
  });

  /**
   * The path segment the emulator logged is `value`, exactly. The emulator's log hides every
   * secret it knows, even inside a path, so a value holding the account's secret arrives hidden.
   */
  const expectArrived = (segment: string, value: string) => {
    if (value.includes(CANARY)) expect(decodeURIComponent(segment)).not.toContain(CANARY);
    else expect(decodeURIComponent(segment)).toBe(value);
  };

  it('Secrets: apiKey is refused unsent in every method, or sent exactly as given', async () => {
    const model = (s: string) => /^[A-Za-z0-9._-]{1,64}$/.test(s) && s !== '.' && s !== '..';
    const methods: Array<(key: string) => Promise<unknown>> = [
      (key) => secrets.listSecrets(key),
      (key) => secrets.getSecret(key, 'id-1'),
      (key) => secrets.createSecret(key, 'NewSecret2025'),
      (key) => secrets.deleteSecret(key, 'id-1'),
      (key) => secrets.rotateSecret(key, 'NewSecret2025'),
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(hostile, fc.stringMatching(/^[A-Za-z0-9._-]{1,70}$/)),
        fc.integer({ min: 0, max: methods.length - 1 }),
        async (key, which) => {
          emu.reset();
          const err = await settle(methods[which]!(key));
          if (!model(key)) return expectRefused(err, 'apiKey');
          tally.sent += 1;
          if (err !== undefined) {
            expect(err).toBeInstanceOf(AcctError);
            expect(err).not.toBeInstanceOf(ValidationError);
            // the service may echo a value it was sent (an id, a key): only the client secret matters
            if (!key.includes(CANARY)) expectNoCanary(err);
          }
          expectArrived(emu.requests[0]!.path.split('/')[2]!, key);
        },
      ),
      { ...RUNS, examples: [[CANARY, 0] as [string, number]] },
    );
    expectBothOutcomes();
  });

  it('getSecret/deleteSecret: id is refused unsent, or sent exactly as given', async () => {
    const model = (s: string) =>
      s.length >= 1 && s.length <= 64 && VISIBLE.test(s) && s !== '.' && s !== '..';
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostile, visible(1, 70)), fc.boolean(), async (id, get) => {
        emu.reset();
        const err = await settle(get ? secrets.getSecret(KEY, id) : secrets.deleteSecret(KEY, id));
        if (!model(id)) return expectRefused(err, 'id');
        tally.sent += 1;
        expect(err).toBeInstanceOf(AcctError); // 404: no such secret
        expect(err).not.toBeInstanceOf(ValidationError);
        if (!id.includes(CANARY)) expectNoCanary(err);
        expect(emu.requests).toHaveLength(1);
        expectArrived(emu.requests[0]!.path.split('/')[4]!, id);
      }),
      // the account's own secret as an id: sent, and hidden in the emulator's log
      { ...RUNS, examples: [[CANARY, true] as [string, boolean]] },
    );
    expectBothOutcomes();
  });

  it('option objects of any shape are refused unsent, or used', async () => {
    const calls: Array<[string, (value: unknown) => Promise<unknown>]> = [
      ['callbacks', (v) => accounts.updateAccountCallbacks(v as never)],
      ['options', (v) => secrets.rotateSecret(KEY, 'NewSecret2025', v as never)],
      ['options', (v) => accounts.getBalance(v as never)],
      ['options', (v) => secrets.listSecrets(KEY, v as never)],
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.anything(),
          fc.constantFrom('previous', 'none', new Map([['revoke', 'previous']]), [], null, {}),
          fc.constant(Object.create(null) as object),
        ),
        fc.integer({ min: 0, max: calls.length - 1 }),
        async (value, which) => {
          emu.reset();
          const [name, call] = calls[which]!;
          const err = await settle(call(value));
          if (err instanceof ValidationError && emu.requests.length === 0) {
            expect(err.invalidParameters[0]!.name).toMatch(new RegExp(`^(${name}|revoke)$`));
            expectNoCanary(err);
            tally.refused += 1;
            return;
          }
          // used: undefined (the defaults) or a plain object, and the call reached the emulator
          if (value !== undefined) {
            expect(value !== null && typeof value === 'object').toBe(true);
            const proto: unknown = Object.getPrototypeOf(value);
            expect(proto === Object.prototype || proto === null).toBe(true);
          }
          expect(emu.requests.length).toBeGreaterThan(0);
          if (err !== undefined) expectNoCanary(err);
          tally.sent += 1;
        },
      ),
      RUNS,
    );
    expectBothOutcomes();
  });
});
