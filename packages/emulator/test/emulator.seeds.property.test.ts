import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { Emulator, EmulatorOptionError, type AccountSeed } from '@acct/emulator';
import { render } from './helpers/errors';
import { basic } from './helpers/http';
import { anyValue, CANARY, hostileString, withCanary } from './helpers/hostile';

describe('seeds under hostile input (property)', () => {
  it('a seed is refused with the typed error, or seeded exactly and served', async () => {
    const seen = { accepted: 0, refused: 0 };
    // mostly well-formed, so both outcomes are tried often
    const maybe = <T>(arb: fc.Arbitrary<T>, other: fc.Arbitrary<unknown> = anyValue) =>
      fc.oneof({ arbitrary: arb, weight: 6 }, { arbitrary: other, weight: 1 });
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            apiKey: maybe(fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/), hostileString),
            secrets: maybe(
              fc.array(fc.constantFrom(CANARY, 'Abcdefg1'), { minLength: 1, maxLength: 2 }),
              fc.array(fc.oneof(withCanary, hostileString, anyValue), { maxLength: 3 }),
            ),
            balance: maybe(fc.double({ noNaN: true, noDefaultInfinity: true })),
            moCallBackUrl: maybe(
              fc.oneof(fc.webUrl(), fc.constantFrom('', 'https:example.com', 'https://e.x/\r\n')),
            ),
            drCallbackUrl: maybe(fc.webUrl()),
            autoReload: maybe(fc.boolean()),
            maxCallsPerSecond: maybe(fc.nat()),
          },
          { requiredKeys: ['apiKey', 'secrets'] },
        ),
        async (seed) => {
          let emulator: Emulator;
          try {
            emulator = new Emulator({ accounts: [seed as AccountSeed] });
          } catch (error) {
            seen.refused += 1;
            expect(error).toBeInstanceOf(EmulatorOptionError);
            expect(render(error)).not.toContain(CANARY);
            return;
          }
          seen.accepted += 1;
          const apiKey = seed.apiKey as string; // accepted, so a string
          const account = emulator.state.accounts[apiKey]!;
          expect(account.apiKey).toBe(apiKey);
          if (typeof seed.balance === 'number') expect(account.balance).toBe(seed.balance);
          if (typeof seed.moCallBackUrl === 'string') {
            expect(account.moCallBackUrl).toBe(seed.moCallBackUrl);
          }
          if (typeof seed.drCallbackUrl === 'string') {
            expect(account.drCallBackUrl).toBe(seed.drCallbackUrl);
          }
          const [secret] = seed.secrets as string[];
          const reply = await emulator.handle({
            method: 'GET',
            url: '/account/get-balance',
            headers: { authorization: basic(apiKey, secret!) },
          });
          expect(reply.status).toBe(200);
          expect(JSON.stringify(emulator.requests)).not.toContain(CANARY);
        },
      ),
      { numRuns: 200 },
    );
    expect(seen.accepted).toBeGreaterThan(10);
    expect(seen.refused).toBeGreaterThan(10);
  });
});
