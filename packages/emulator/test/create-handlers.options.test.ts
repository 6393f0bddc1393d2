import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { http } from 'msw';
import { createHandlers, Emulator, EmulatorOptionError } from '@acct/emulator';
import { render } from './helpers/errors';
import { anyValue, CANARY, hostileString, withCanary } from './helpers/hostile';

describe('createHandlers options under hostile input (property)', () => {
  it('refuses a host with the typed error, or intercepts exactly that base URL', () => {
    const seen = { accepted: 0, refused: 0 };
    fc.assert(
      fc.property(
        fc.oneof({ arbitrary: fc.webUrl(), weight: 4 }, hostileString, withCanary, anyValue),
        fc.oneof(
          { arbitrary: fc.webUrl(), weight: 4 },
          fc.webUrl({ withQueryParameters: true, withFragments: true }),
          hostileString,
        ),
        (restHost, apiHost) => {
          let handlers: ReturnType<typeof http.all>[];
          try {
            handlers = createHandlers({ http, restHost, apiHost } as Parameters<
              typeof createHandlers<ReturnType<typeof http.all>>
            >[0]);
          } catch (error) {
            seen.refused += 1;
            expect(error).toBeInstanceOf(EmulatorOptionError);
            expect(render(error)).not.toContain(CANARY);
            return;
          }
          seen.accepted += 1;
          const base = (host: string) => {
            const url = new URL(host);
            expect([url.search, url.hash, url.username, url.password]).toEqual(['', '', '', '']);
            return `${url.origin}${url.pathname.replace(/\/+$/, '')}/*`;
          };
          const paths = handlers.map((h) => h.info.path);
          expect(new Set(paths)).toEqual(
            new Set([
              base((restHost as string | undefined) ?? 'https://rest.nexmo.com'),
              base(apiHost),
            ]),
          );
        },
      ),
      { numRuns: 300 },
    );
    expect(seen.accepted).toBeGreaterThan(10);
    expect(seen.refused).toBeGreaterThan(10);
  });

  it('refuses any other option value with the typed error, or makes handlers', () => {
    fc.assert(
      fc.property(
        fc.record(
          { emulator: anyValue, accounts: anyValue, http: fc.oneof(fc.constant(http), anyValue) },
          {
            requiredKeys: [],
          },
        ),
        (options) => {
          try {
            expect(createHandlers(options as never).length).toBe(2);
            expect(options.http).toBe(http);
          } catch (error) {
            expect(error).toBeInstanceOf(EmulatorOptionError);
            expect(render(error)).not.toContain(CANARY);
          }
        },
      ),
      { numRuns: 200 },
    );
    expect(createHandlers({ http, emulator: new Emulator() })).toHaveLength(2);
  });
});
