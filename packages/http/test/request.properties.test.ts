// Property-based tests of request(): whatever a caller passes is either refused with a
// ValidationError before the transport is called, or sent exactly as given.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  ContentType,
  request,
  ValidationError,
  type FetchLike,
  type HttpOptions,
} from '@acct/http';

const URL_ = 'https://rest.example/path';

interface Sent {
  url: string;
  init: { method: string; headers: Record<string, string>; body?: string; redirect: string };
}

/** A fetch that records what it is given and answers 200 `{}`. */
function recorder(): { fetch: FetchLike; sent: Sent[] } {
  const sent: Sent[] = [];
  const fetch: FetchLike = async (url, init) => {
    sent.push({ url, init });
    return new Response('{}', { headers: { 'content-type': 'application/json' } });
  };
  return { fetch, sent };
}

/** Runs `request(options)` with a recording fetch: the error, or what was sent. */
async function attempt(
  options: Omit<HttpOptions, 'fetch'>,
): Promise<{ error?: unknown; sent: Sent[] }> {
  const { fetch, sent } = recorder();
  try {
    await request({ retry: false, ...options, fetch });
    return { sent };
  } catch (error) {
    return { error, sent };
  }
}

/** Refused: a ValidationError and nothing sent. */
function expectRefused(result: { error?: unknown; sent: Sent[] }): void {
  expect(result.error).toBeInstanceOf(ValidationError);
  expect((result.error as ValidationError).invalidParameters.length).toBeGreaterThan(0);
  expect(result.sent).toHaveLength(0);
}

const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom('', ' a', 'a ', 'x\r\ny', 'x\0', '€', 'é', '\ud800', 'a\udc00b', 'ok-value'),
);

describe('request(): properties', () => {
  it('headers: refused before fetch, or every one sent exactly as given', async () => {
    const headers = fc.dictionary(
      fc.oneof(
        fc.constantFrom('x-id', 'X-Trace', 'accept', 'a b', 'é', ''),
        fc.string({ maxLength: 12 }),
      ),
      hostile,
      { maxKeys: 4 },
    );
    await fc.assert(
      fc.asyncProperty(headers, async (given) => {
        const result = await attempt({ url: URL_, headers: given });
        if (result.error !== undefined) return expectRefused(result);
        expect(result.sent).toHaveLength(1);
        const sent = result.sent[0]!.init.headers;
        for (const [name, value] of Object.entries(given))
          expect(sent[name.toLowerCase()]).toBe(value);
        // and what was accepted is what fetch's own Headers accepts unchanged
        const checked = new Headers(sent);
        for (const [name, value] of Object.entries(given)) expect(checked.get(name)).toBe(value);
      }),
      { numRuns: 200 },
    );
  });

  it('a headers argument that is not a plain object of strings is refused', async () => {
    for (const headers of ['abc', ['a'], new Map([['a', 'b']]), { a: 1 }, { a: null }, null]) {
      expectRefused(await attempt({ url: URL_, headers: headers as never }));
    }
  });

  it('params: refused before fetch, or sent exactly as given', async () => {
    const scalar = fc.oneof(hostile, fc.integer(), fc.double(), fc.boolean());
    const params = fc.dictionary(
      hostile,
      fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), fc.constant(null)),
      {
        maxKeys: 4,
      },
    );
    await fc.assert(
      fc.asyncProperty(params, async (given) => {
        const result = await attempt({ url: URL_, params: given });
        if (result.error !== undefined) return expectRefused(result);
        const expected: Array<[string, string]> = [];
        for (const [name, value] of Object.entries(given)) {
          if (value === null) continue;
          for (const item of Array.isArray(value) ? value : [value])
            expected.push([name, String(item)]);
        }
        const url = new URL(result.sent[0]!.url);
        expect(`${url.origin}${url.pathname}`).toBe(URL_);
        expect([...url.searchParams]).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('JSON bodies: refused before fetch, or sent as the JSON of the value', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue(), fc.anything()), async (data) => {
        const result = await attempt({ url: URL_, method: 'POST', data, type: ContentType.JSON });
        if (result.error !== undefined) return expectRefused(result);
        expect(result.sent[0]!.init.body).toBe(JSON.stringify(data));
        if (data !== undefined) {
          expect(result.sent[0]!.init.headers['content-type']).toBe('application/json');
        }
      }),
      { numRuns: 200 },
    );
  });

  it('form bodies: refused before fetch, or sent exactly as given', async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(hostile, hostile, { maxKeys: 4 }), async (data) => {
        const result = await attempt({
          url: URL_,
          method: 'POST',
          data,
          type: ContentType.FORM_URLENCODED,
        });
        if (result.error !== undefined) return expectRefused(result);
        expect([...new URLSearchParams(result.sent[0]!.init.body)]).toEqual(Object.entries(data));
      }),
      { numRuns: 200 },
    );
  });

  it('text bodies of 1 MB and with lone surrogates: refused, or sent exactly', async () => {
    const big = 'a'.repeat(1 << 20);
    const sent = await attempt({ url: URL_, method: 'POST', data: big });
    expect(sent.sent[0]!.init.body).toBe(big);
    expectRefused(await attempt({ url: URL_, method: 'POST', data: `x\ud800` }));
  });

  it('URLs: refused before fetch, or fetched exactly as given', async () => {
    const url = fc.oneof(
      fc.webUrl({ withQueryParameters: true }),
      fc.webUrl({ withFragments: true }),
      hostile,
      hostile.map((s) => `https://rest.example/${s}`),
      fc.constantFrom('https://u:p@x.example/', 'ftp://x/', '/relative', 'https://x/\ud800'),
    );
    await fc.assert(
      fc.asyncProperty(url, async (given) => {
        const result = await attempt({ url: given });
        if (result.error !== undefined) return expectRefused(result);
        expect(result.sent[0]!.url).toBe(given);
        expect(result.sent[0]!.init.redirect).toBe('manual');
      }),
      { numRuns: 200 },
    );
  });

  it('timeouts and deadlines: integers from 1 to 2147483647, else refused', async () => {
    const value = fc.oneof(
      fc.integer(),
      fc.double(),
      fc.constantFrom(3e9, 0, -1, 2147483647, 2147483648, NaN),
      hostile,
    );
    await fc.assert(
      fc.asyncProperty(value, fc.constantFrom('timeout', 'deadline'), async (v, name) => {
        const result = await attempt({ url: URL_, [name]: v });
        const valid = typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 2147483647;
        if (!valid) {
          expectRefused(result);
          expect((result.error as ValidationError).invalidParameters[0]?.name).toBe(name);
        } else expect(result.sent).toHaveLength(1);
      }),
      { numRuns: 150 },
    );
  });

  it('retry options: refused before fetch unless each field has the right type', async () => {
    const field = fc.oneof(
      fc.integer({ min: -5, max: 20 }),
      fc.constant(null),
      hostile,
      fc.array(fc.integer({ min: 0, max: 700 }), { maxLength: 3 }),
      fc.constantFrom(['GET'], ['FETCH'], [503]),
    );
    const retry = fc.oneof(
      fc.record(
        {
          retries: field,
          baseDelay: field,
          maxBackoff: field,
          maxRetryAfter: field,
          methods: field,
          statuses: field,
        },
        { requiredKeys: [] },
      ),
      fc.constantFrom(false, true, null, 'x', { retires: 1 }),
    );
    await fc.assert(
      fc.asyncProperty(retry, async (r) => {
        const result = await attempt({ url: URL_, retry: r as HttpOptions['retry'] });
        if (result.error !== undefined) return expectRefused(result);
        expect(result.sent).toHaveLength(1);
        if (r !== false && r !== null && typeof r === 'object') {
          const o = r as Record<string, unknown>;
          for (const key of ['retries', 'baseDelay', 'maxBackoff', 'maxRetryAfter']) {
            if (o[key] !== undefined) expect(Number.isInteger(o[key])).toBe(true);
          }
          for (const key of ['methods', 'statuses']) {
            if (o[key] !== undefined) expect(Array.isArray(o[key])).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('the concrete cases of issue 12 are each refused before anything is sent', async () => {
    const cases: Array<[unknown, string]> = [
      [{ url: URL_, retry: { statuses: null } }, 'retry.statuses'],
      [{ url: URL_, timeout: 3e9 }, 'timeout'],
      [{ url: URL_, signal: {} }, 'signal'],
      [{ url: URL_, headers: 'abc' }, 'headers'],
      [{ url: URL_, headers: { 'x-price': '€5' } }, 'headers.x-price'],
      [{ url: URL_, params: { id: '\ud800' } }, 'params.id'],
      [{ url: URL_, tiemout: 5 }, 'options'],
    ];
    for (const [options, name] of cases) {
      const result = await attempt(options as HttpOptions);
      expectRefused(result);
      expect((result.error as ValidationError).invalidParameters[0]?.name).toBe(name);
    }
    const err = (await request(null as never).catch((e: unknown) => e)) as ValidationError;
    expect(err).toBeInstanceOf(ValidationError);
    expect(err.message).toBe(
      '[@acct/http] options must be a plain object such as { url: ... }, got null',
    );
  });
});
