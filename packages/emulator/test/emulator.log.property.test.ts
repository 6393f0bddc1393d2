import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { Emulator, startEmulator, type RunningEmulator } from '@acct/emulator';
import { basic } from './helpers/http';
import { CANARY, headerName, hostileString, rawGet, withCanary } from './helpers/hostile';

const ACCOUNTS = [{ apiKey: 'k', secrets: [CANARY], autoReload: true }];
const PATHS = [
  '/account/get-balance',
  '/account/top-up',
  '/account/settings',
  '/accounts/k/secrets',
  '/nope',
];

/** Percent-encodes what can be encoded; a lone surrogate is sent raw (the parser must cope). */
function encode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Puts `value` at a random depth of a JSON value. */
const nested = (value: string) =>
  fc
    .constantFrom(
      (v: string) => ({ note: v }),
      (v: string) => ({ secret: 'Abcdefg1', items: [1, { deep: [v] }] }),
      (v: string) => [v],
      (v: string) => ({ [v]: 'key holds it' }),
      (v: string) => v,
    )
    .map((wrap) => wrap(value));

const logShows = (emulator: { requests: unknown }) =>
  JSON.stringify(emulator.requests) + inspect(emulator.requests, { depth: 10 });

describe('the request log never shows a known secret (property)', () => {
  it('a canary in any header, query, form or JSON field, through the core', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...PATHS),
        fc.oneof(headerName, hostileString, withCanary),
        withCanary,
        fc.oneof(hostileString, withCanary),
        fc.oneof(hostileString, withCanary),
        withCanary.chain(nested),
        fc.constantFrom('form', 'json', 'none'),
        fc.boolean(),
        async (path, name, headerValue, queryName, queryValue, json, kind, authenticated) => {
          const emulator = new Emulator({ accounts: ACCOUNTS });
          const headers: Record<string, string> = { [name]: headerValue };
          if (authenticated) headers.authorization = basic('k', CANARY);
          if (kind !== 'none') {
            headers['content-type'] =
              kind === 'form' ? 'application/x-www-form-urlencoded' : 'application/json';
          }
          const body =
            kind === 'form'
              ? `trx=${encode(queryValue)}&${encode(queryName)}=${encode(headerValue)}`
              : kind === 'json'
                ? JSON.stringify(json)
                : undefined;
          await emulator.handle({
            method: kind === 'none' ? 'GET' : 'POST',
            url: `${path}?${encode(queryName)}=${encode(queryValue)}&n=${encode(headerValue)}`,
            headers,
            body,
          });
          expect(emulator.requests).toHaveLength(1);
          expect(logShows(emulator)).not.toContain(CANARY);
        },
      ),
      { numRuns: 200 },
    );
  });

  describe('over the wire', () => {
    let running: RunningEmulator;
    beforeAll(async () => {
      running = await startEmulator({ accounts: ACCOUNTS });
    });
    afterAll(() => running.close());

    it('a canary in any header or query field of a real request', async () => {
      const printable = fc.stringMatching(/^[!-~]{0,12}$/);
      await fc.assert(
        fc.asyncProperty(
          headerName.filter((n) => !['content-type', 'www-authenticate'].includes(n.toLowerCase())),
          printable,
          printable,
          fc.constantFrom(...PATHS),
          async (name, before, after, path) => {
            running.reset();
            const value = `${before}${CANARY}${after}`.trim();
            await rawGet(`${running.url}${path}?q=${encode(value)}&${CANARY}=${encode(before)}`, {
              [name]: value,
              'x-basic': `Basic ${Buffer.from(`k:${CANARY}`).toString('base64')}`,
            });
            expect(running.requests).toHaveLength(1);
            expect(running.requests[0]!.headers['x-basic']).toBe('Basic [REDACTED]');
            expect(logShows(running)).not.toContain(CANARY);
          },
        ),
        { numRuns: 60 },
      );
    });
  });
});
