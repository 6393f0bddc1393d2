import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  Emulator,
  EmulatorOptionError,
  startEmulator,
  type StartEmulatorOptions,
} from '@acct/emulator';
import { expectOptionError, render } from './helpers/errors';
import { anyValue, CANARY, hostileString } from './helpers/hostile';

const rejection = (options: unknown): Promise<unknown> =>
  startEmulator(options as StartEmulatorOptions).then(
    async (running) => {
      await running.close();
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );

const HOST =
  'must be a host name or IP address (1 to 253 visible ASCII characters, no "/", "?", "#" or "@"), e.g. \'127.0.0.1\', got ';

describe('startEmulator options', () => {
  it.each<[string, unknown, string, string]>([
    [
      'a port of -1',
      { port: -1 },
      'startEmulator.port',
      'must be an integer from 0 to 65535, got -1',
    ],
    [
      'a port of 65536',
      { port: 65536 },
      'startEmulator.port',
      'must be an integer from 0 to 65535, got 65536',
    ],
    [
      'a fractional port',
      { port: 1.5 },
      'startEmulator.port',
      'must be an integer from 0 to 65535, got 1.5',
    ],
    [
      'a string port',
      { port: '4010' },
      'startEmulator.port',
      'must be an integer from 0 to 65535, got a string of 4 characters',
    ],
    ['an empty host', { host: '' }, 'startEmulator.host', `${HOST}an empty string`],
    [
      'a host with CR LF',
      { host: '127.0.0.1\r\n' },
      'startEmulator.host',
      `${HOST}a string of 11 characters`,
    ],
    [
      'a host with a path',
      { host: '127.0.0.1/x' },
      'startEmulator.host',
      `${HOST}a string of 11 characters`,
    ],
    [
      'a 1 MB host',
      { host: 'h'.repeat(1024 * 1024) },
      'startEmulator.host',
      `${HOST}a string of 1048576 characters`,
    ],
    [
      'a zero headersTimeout',
      { headersTimeout: 0 },
      'startEmulator.headersTimeout',
      'must be an integer from 1 to 3600000, got 0',
    ],
    [
      'an infinite requestTimeout',
      { requestTimeout: Infinity },
      'startEmulator.requestTimeout',
      'must be an integer from 1 to 3600000, got Infinity',
    ],
    [
      'a negative keepAliveTimeout',
      { keepAliveTimeout: -1 },
      'startEmulator.keepAliveTimeout',
      'must be an integer from 0 to 3600000, got -1',
    ],
    [
      'headersTimeout over requestTimeout',
      { headersTimeout: 2000, requestTimeout: 1000 },
      'startEmulator.headersTimeout',
      'must not be larger than requestTimeout (Node refuses it)',
    ],
    [
      'a core that is not an Emulator',
      { emulator: {} },
      'startEmulator.emulator',
      'must be an Emulator (new Emulator()), got an object',
    ],
    [
      'accounts beside an emulator',
      { emulator: new Emulator(), accounts: [] },
      'startEmulator.accounts',
      'cannot go with emulator: seed the Emulator you pass instead',
    ],
    [
      'a misspelt option',
      { prot: 0 },
      'startEmulator options',
      'has an unknown option "prot": did you mean "port"?',
    ],
    [
      'options that are not an object',
      'fast',
      'startEmulator options',
      'must be a plain object such as { port: 0 }, got a string of 4 characters',
    ],
  ])('rejects %s before listening', async (_name, options, option, reason) => {
    const error = await rejection(options);
    expectOptionError(
      () => {
        throw error;
      },
      option,
      reason,
    );
  });

  it('accepts every bound at its edge', async () => {
    const running = await startEmulator({
      port: 0,
      host: '127.0.0.1',
      headersTimeout: 3_600_000,
      requestTimeout: 3_600_000,
      keepAliveTimeout: 0,
    });
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    await running.close();
  });
});

describe('startEmulator options under hostile input (property)', () => {
  it('refuses with the typed error before listening, or listens on loopback and serves', async () => {
    // values that could pass are limited to loopback and a free port, so no run leaves the
    // machine or takes a fixed port
    const notListenable = (value: unknown) =>
      typeof value !== 'string' || !/^[\x21-\x7e]+$/.test(value) || /[/?#@]/.test(value);
    const seen = { accepted: 0, refused: 0 };
    const often = <T>(valid: fc.Arbitrary<T>, other: fc.Arbitrary<unknown>) =>
      fc.oneof({ arbitrary: valid, weight: 5 }, { arbitrary: other, weight: 1 });
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            port: often(
              fc.constant(0),
              anyValue.filter((v) => typeof v !== 'number' || !Number.isInteger(v)),
            ),
            host: often(fc.constant('127.0.0.1'), hostileString.filter(notListenable)),
            headersTimeout: often(fc.integer({ min: 1000, max: 5000 }), anyValue),
            requestTimeout: often(fc.integer({ min: 5000, max: 10_000 }), anyValue),
            keepAliveTimeout: often(fc.integer({ min: 0, max: 5000 }), anyValue),
            accounts: fc.oneof(
              fc.constant([{ apiKey: 'k', secrets: [CANARY] }]),
              fc.constant([{ apiKey: 'k', secrets: [`${CANARY}\r\n`] }]),
              anyValue,
            ),
          },
          { requiredKeys: [] },
        ),
        async (options) => {
          let running;
          try {
            running = await startEmulator(options as StartEmulatorOptions);
          } catch (error) {
            seen.refused += 1;
            expect(error).toBeInstanceOf(EmulatorOptionError);
            expect(render(error)).not.toContain(CANARY);
            return;
          }
          seen.accepted += 1;
          try {
            expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
            expect((await fetch(`${running.url}/nope`)).status).toBe(404);
          } finally {
            await running.close();
          }
        },
      ),
      { numRuns: 60 },
    );
    expect(seen.accepted).toBeGreaterThan(3);
    expect(seen.refused).toBeGreaterThan(10);
  });
});
