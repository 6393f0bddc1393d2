// Property-based tests of the Client constructor and the send*Request helpers: hostile input
// is refused with a typed error before the transport is called, or sent exactly as given, and
// a canary secret never shows in any rendering of the error.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { inspect } from 'node:util';
import { ValidationError, type FetchLike } from '@acct/http';
import { Client, type ConfigParams } from '@acct/server-client';

const CANARY = 'Canary3Client5Secret';
const HOST = 'https://rest.example';

interface Sent {
  url: string;
  init: { method: string; headers: Record<string, string>; body?: string };
}

function client(options: ConfigParams = {}): { client: Client; sent: Sent[] } {
  const sent: Sent[] = [];
  const fetch: FetchLike = async (url, init) => {
    sent.push({ url, init });
    return new Response('{}', { headers: { 'content-type': 'application/json' } });
  };
  const c = new Client(
    { apiKey: 'abcd1234', apiSecret: CANARY },
    { retry: false, fetch, ...options },
  );
  return { client: c, sent };
}

const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 24 }),
  fc.constantFrom('', ' ', 'x\r\ny', 'x\0', '€', '\ud800', CANARY, `api_secret=${CANARY}`),
);

/** Every rendering of an error: none may hold the canary. */
function expectClean(err: unknown): void {
  const e = err as Error;
  const shown = `${e.message}${e.stack}${String(e)}${inspect(e, { depth: 10 })}${JSON.stringify(e)}`;
  expect(shown).not.toContain(CANARY);
}

describe('Client constructor: properties', () => {
  it('each option is refused with ValidationError at construction, or kept', () => {
    const value = fc.oneof(
      hostile,
      fc.integer(),
      fc.double(),
      fc.constant(null),
      fc.object({ maxDepth: 1 }),
    );
    const name = fc.constantFrom<keyof ConfigParams>(
      'restHost',
      'apiHost',
      'timeout',
      'deadline',
      'retry',
      'appendUserAgent',
      'responseType',
      'fetch',
      'logger',
    );
    fc.assert(
      fc.property(name, value, (key, v) => {
        let built: Client | undefined;
        try {
          built = new Client({ apiKey: 'abcd1234', apiSecret: CANARY }, { [key]: v });
        } catch (err) {
          expect(err).toBeInstanceOf(ValidationError);
          expect((err as ValidationError).invalidParameters[0]?.name).toMatch(
            new RegExp(`^${key}`),
          );
          expectClean(err);
          return;
        }
        const config = built.getConfig();
        if (key === 'restHost' || key === 'apiHost')
          expect(config[key]).toBe((v as string).replace(/\/+$/, ''));
        else if (key === 'timeout' || key === 'deadline') expect(config[key]).toBe(v);
        else if (key === 'appendUserAgent')
          expect(config.userAgent.endsWith(` ${v as string}`) || v === '').toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('an options object that is not plain, or has an unknown key, is refused', () => {
    for (const options of [null, [], new Map(), 'x', { resthost: HOST }, { [CANARY]: 1 }]) {
      let caught: unknown;
      try {
        new Client({ apiKey: 'abcd1234', apiSecret: CANARY }, options as ConfigParams);
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(ValidationError);
      expectClean(caught);
    }
  });
});

describe('send*Request: properties', () => {
  it('sendGetRequest: a path and query are refused before fetch, or sent exactly', async () => {
    const query = fc.dictionary(hostile, fc.oneof(hostile, fc.integer(), fc.boolean()), {
      maxKeys: 3,
    });
    await fc.assert(
      fc.asyncProperty(hostile, query, async (segment, params) => {
        const { client: c, sent } = client();
        const url = `${HOST}/${segment}`;
        const result = await c.sendGetRequest(url, params).catch((e: unknown) => e);
        if (result instanceof Error) {
          expect(result).toBeInstanceOf(ValidationError);
          expect(sent).toHaveLength(0);
          expectClean(result);
          return;
        }
        const got = new URL(sent[0]!.url);
        expect(`${got.origin}${got.pathname}`).toBe(url);
        expect([...got.searchParams]).toEqual(
          Object.entries(params).map(([k, v]) => [k, String(v)]),
        );
        expect(sent[0]!.init.headers.authorization).toBe(
          `Basic ${Buffer.from(`abcd1234:${CANARY}`).toString('base64')}`,
        );
      }),
      { numRuns: 150 },
    );
  });

  it('sendPostRequest and sendFormSubmitRequest: a body is refused before fetch, or sent exactly', async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(hostile, hostile, { maxKeys: 3 }), async (payload) => {
        const { client: c, sent } = client();
        const json = await c.sendPostRequest(`${HOST}/json`, payload).catch((e: unknown) => e);
        const form = await c
          .sendFormSubmitRequest(`${HOST}/form`, payload)
          .catch((e: unknown) => e);
        if (json instanceof Error) throw json; // JSON carries any string
        expect(sent[0]!.init.body).toBe(JSON.stringify(payload));
        if (form instanceof Error) {
          expect(form).toBeInstanceOf(ValidationError);
          expect(sent).toHaveLength(1);
          expectClean(form);
          return;
        }
        expect([...new URLSearchParams(sent[1]!.init.body)]).toEqual(Object.entries(payload));
      }),
      { numRuns: 150 },
    );
  });

  it('per-call options: refused before fetch, or applied', async () => {
    const options = fc.oneof(
      fc.record(
        {
          timeout: fc.oneof(fc.integer({ min: -2, max: 3e9 }), fc.double()),
          headers: fc.dictionary(hostile, hostile, { maxKeys: 2 }),
          idempotent: fc.oneof(fc.boolean(), hostile),
          signal: fc.constantFrom(undefined, {}, 'x'),
        },
        { requiredKeys: [] },
      ),
      fc.constantFrom(null, 'x', [], { timout: 5 }, { [CANARY]: true }),
    );
    await fc.assert(
      fc.asyncProperty(options, async (o) => {
        const { client: c, sent } = client();
        const result = await c
          .sendDeleteRequest(`${HOST}/thing`, o as Parameters<Client['sendDeleteRequest']>[1])
          .catch((e: unknown) => e);
        if (result instanceof Error) {
          expect(result).toBeInstanceOf(ValidationError);
          expect(sent).toHaveLength(0);
          expectClean(result);
          return;
        }
        expect(sent).toHaveLength(1);
        const headers = (o as { headers?: Record<string, string> }).headers ?? {};
        for (const [name, value] of Object.entries(headers)) {
          if (name.toLowerCase() !== 'authorization')
            expect(sent[0]!.init.headers[name.toLowerCase()]).toBe(value);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('Client: credentials from the environment', () => {
  it('uses ACCT_API_KEY and ACCT_API_SECRET read at construction, explicit values winning', async () => {
    const saved = [process.env.ACCT_API_KEY, process.env.ACCT_API_SECRET];
    const basic = (k: string, s: string) => `Basic ${Buffer.from(`${k}:${s}`).toString('base64')}`;
    try {
      process.env.ACCT_API_KEY = 'envkey12';
      process.env.ACCT_API_SECRET = CANARY;
      const fromEnv = new Client();
      const keyOnly = new Client({ apiKey: 'given123' });
      const given = new Client({ apiKey: 'given123', apiSecret: 'Given1Secret' });
      delete process.env.ACCT_API_KEY; // read at construction: later changes do not apply
      const headers = await Promise.all(
        [fromEnv, keyOnly, given].map(
          async (c) => (await c.addAuthenticationToRequest({ url: HOST })).headers,
        ),
      );
      expect(headers.map((h) => h?.authorization)).toEqual([
        basic('envkey12', CANARY),
        basic('given123', CANARY),
        basic('given123', 'Given1Secret'),
      ]);
    } finally {
      for (const [name, value] of [
        ['ACCT_API_KEY', saved[0]],
        ['ACCT_API_SECRET', saved[1]],
      ] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });
});
