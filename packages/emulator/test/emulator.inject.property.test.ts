import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  EmulatorOptionError,
  startEmulator,
  type InjectOptions,
  type RunningEmulator,
} from '@acct/emulator';
import { render } from './helpers/errors';
import { DEMO_AUTH } from './helpers/http';
import { anyValue, CANARY, headerName, hostileString, rawGet, withCanary } from './helpers/hostile';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
beforeEach(() => emulator.reset());
afterAll(() => emulator.close());

const PATH = '/account/get-balance';
const balance = () => rawGet(`${emulator.url}${PATH}`, { authorization: DEMO_AUTH });

/** Injects; returns the typed error if refused, after checking it is one and leaks nothing. */
function tryInject(options: unknown): EmulatorOptionError | undefined {
  try {
    emulator.inject(options as InjectOptions);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(EmulatorOptionError);
    expect(render(error)).not.toContain(CANARY);
    expect(emulator.emulator.hasFaults).toBe(false);
    return error as EmulatorOptionError;
  }
}

describe('inject() under hostile input (property)', () => {
  it('a header is refused at the call, or served exactly; the server always answers', async () => {
    const seen = { accepted: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.oneof({ arbitrary: headerName, weight: 3 }, hostileString),
        fc.oneof(
          { arbitrary: fc.stringMatching(/^[!-~]([ -~]{0,30}[!-~])?$/), weight: 4 },
          hostileString,
          withCanary,
        ),
        fc.option(fc.integer({ min: 100, max: 700 }), { nil: undefined }),
        async (name, value, status) => {
          emulator.reset();
          const refused = tryInject({
            method: 'GET',
            path: PATH,
            status,
            headers: { [name]: value },
          });
          seen[refused === undefined ? 'accepted' : 'refused'] += 1;
          const reply = await balance();
          if (refused === undefined) {
            expect(reply.status).toBe(status ?? 200);
            expect(reply.headers[name.toLowerCase()]).toBe(value);
          } else {
            expect([reply.status, reply.body]).toEqual([200, '{"value":10.5,"autoReload":true}']);
          }
        },
      ),
      { numRuns: 150 },
    );
    // both outcomes were tried, so the property could have failed either way
    expect(seen.accepted).toBeGreaterThan(10);
    expect(seen.refused).toBeGreaterThan(10);
  });

  it('a body is refused at the call, or served exactly', async () => {
    const seen = { accepted: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(hostileString, withCanary, fc.jsonValue({ maxDepth: 3 }), anyValue),
        fc.integer({ min: 200, max: 599 }),
        async (body, status) => {
          emulator.reset();
          const refused = tryInject({ path: PATH, status, body });
          seen[refused === undefined ? 'accepted' : 'refused'] += 1;
          const reply = await balance();
          if (refused !== undefined) {
            expect(reply.status).toBe(200);
            return;
          }
          expect(reply.status).toBe(status);
          const sent =
            typeof body === 'string' ? body : (JSON.stringify(body) as string | undefined);
          if (sent !== undefined)
            expect(reply.body).toBe([204, 205, 304].includes(status) ? '' : sent);
        },
      ),
      { numRuns: 150 },
    );
    expect(seen.accepted).toBeGreaterThan(10);
    expect(seen.refused).toBeGreaterThan(10);
  });

  it('any options are refused with the typed error or queued; the server keeps answering', async () => {
    const option = <T>(arb: fc.Arbitrary<T>) => fc.oneof(arb, anyValue);
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            method: option(fc.constantFrom('GET', 'get', 'POST', 'BREW')),
            path: option(fc.constantFrom(PATH, '/accounts/{api_key}/secrets', '/x')),
            status: option(fc.integer({ min: 100, max: 700 })),
            headers: option(fc.dictionary(headerName, fc.string({ maxLength: 8 }), { maxKeys: 3 })),
            body: anyValue,
            delayMs: option(fc.integer({ min: 0, max: 20 })),
            dropConnection: option(fc.boolean()),
            commit: option(fc.boolean()),
            times: option(fc.integer({ min: 0, max: 3 })),
            extra: anyValue,
          },
          { requiredKeys: [] },
        ),
        async (options) => {
          emulator.reset();
          const refused = tryInject(options);
          const delayMs = (options as { delayMs?: unknown }).delayMs;
          if (refused === undefined && typeof delayMs === 'number' && delayMs > 50) return;
          await balance().catch(() => undefined); // a drop is fine; a dead server is not
          emulator.reset();
          expect((await balance()).status).toBe(200);
        },
      ),
      { numRuns: 200 },
    );
  });
});
