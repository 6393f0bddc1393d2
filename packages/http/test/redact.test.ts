import { describe, expect, it } from '@jest/globals';
import { redact } from '@acct/http';
import { SENSITIVE_NAME_CASES } from '../../../test/cases/sensitive-names';

const R = '[REDACTED]';

describe('redact', () => {
  it('redacts authorization-like headers whole, keeping the others', () => {
    const headers = {
      Authorization: 'Basic a2V5OnNlY3JldA==',
      'proxy-authorization': 'Basic eA==',
      cookie: 'a=b',
      'Set-Cookie': 'session=1',
      'x-api-key': 'k',
      accept: 'application/json',
    };
    expect(redact(headers)).toEqual({
      Authorization: R,
      'proxy-authorization': R,
      cookie: R,
      'Set-Cookie': R,
      'x-api-key': R,
      accept: 'application/json',
    });
  });

  it('redacts secret-like fields at any depth, case-insensitively, never mutating', () => {
    const input = {
      api_key: 'k',
      API_SECRET: 's',
      secret: 's',
      sig: 's',
      token: 's',
      private_key: 's',
      privateKey: 's',
      Password: 's',
      client_secret: 's',
      access_token: 's',
      nested: [{ apiSecret: 's', ok: 1 }],
      none: undefined,
      nil: null,
    };
    const copy = structuredClone(input);
    expect(redact(input)).toEqual({
      api_key: R,
      API_SECRET: R,
      secret: R,
      sig: R,
      token: R,
      private_key: R,
      privateKey: R,
      Password: R,
      client_secret: R,
      access_token: R,
      nested: [{ apiSecret: R, ok: 1 }],
      none: undefined,
      nil: null,
    });
    expect(input).toEqual(copy);
  });

  it('redacts URLs in their query and user info', () => {
    expect(
      redact('https://rest.nexmo.com/account/get-balance?api_key=k&api_secret=s3cr%20t&x=1#f'),
    ).toBe(`https://rest.nexmo.com/account/get-balance?api_key=${R}&api_secret=${R}&x=1#f`);
    expect(redact('https://user:pa55@example.com/?Token=abc')).toBe(
      `https://user:${R}@example.com/?Token=${R}`,
    );
    expect(redact('https://example.com/?api%5Fsecret=x')).toBe(
      `https://example.com/?api%5Fsecret=${R}`,
    );
    expect(redact(new URL('https://example.com/p?sig=abc&b=2')).href).toBe(
      `https://example.com/p?sig=${R}&b=2`,
    );
  });

  it('redacts form strings, JSON strings and credentials in free text', () => {
    expect(redact('api_key=k&api_secret=s&password=')).toBe(
      `api_key=${R}&api_secret=${R}&password=${R}`,
    );
    expect(redact('{"secret": "Abc123456", "id": "x", "esc\\"aped": "y"}')).toBe(
      `{"secret": "${R}", "id": "x", "esc\\"aped": "y"}`,
    );
    expect(redact('failed with Bearer eyJhbGciOi.x.y and Basic a2V5OnNlY3JldA==')).toBe(
      `failed with Bearer ${R} and Basic ${R}`,
    );
    expect(redact('GET /\nAuthorization: Basic abc\ncookie: a=b\nhost: x')).toBe(
      `GET /\nAuthorization: ${R}\ncookie: ${R}\nhost: x`,
    );
    expect(redact('nothing to see')).toBe('nothing to see');
    expect(redact('50% off=yes&%E0%A4%A=1')).toBe('50% off=yes&%E0%A4%A=1');
  });

  it('redacts a 1 MB text with a long run of name characters in one pass (no quadratic scan)', () => {
    // before the fix each start inside the run was tried: 200,000 characters took about 20 s,
    // past the test timeout, and a 1 MB non-JSON body in a ParseError blocked for minutes
    const run = 'x'.repeat(200_000);
    expect(redact(`api_secret=S3cretValue&${run}`)).toBe(`api_secret=${R}&${run}`);
    expect(redact(`${run} token=T0ken ${run}`)).toBe(`${run} token=${R} ${run}`);
    expect(redact(`${run}api_key=K3y&a=1`)).toBe(`${run}api_key=${R}&a=1`);
  });

  it('stays linear on escaped quotes and dotted runs, and still redacts long names', () => {
    // each of these took seconds (quadratic backtracking) before the look-behinds
    const quotes = '\\"'.repeat(100_000);
    expect(redact(`{"a":"${quotes}`)).toBe(`{"a":"${quotes}`);
    const dotted = 'a-'.repeat(20_000);
    expect(redact(`${dotted}a@x`)).toBe(`${dotted}a@x`);
    // a name of any length is still seen whole: no bound that would redact less
    const long = 'x'.repeat(300);
    expect(redact(`${long}_api_secret=S3cret`)).toBe(`${long}_api_secret=${R}`);
    expect(redact(`{"${long}_token": "T0ken"}`)).toBe(`{"${long}_token": "${R}"}`);
    expect(redact(`x-${long}-authorization: Basic Zm9vOmJhcg==`)).toBe(
      `x-${long}-authorization: ${R}`,
    );
  });

  it('is idempotent', () => {
    const once = redact({
      url: 'https://x.example/?api_secret=s',
      authorization: 'Bearer abcdefgh',
    });
    expect(redact(once)).toEqual(once);
  });

  it('copies URLSearchParams and Headers redacted', () => {
    const params = new URLSearchParams({ api_secret: 's', a: 'https://x/?token=t' });
    expect([...redact(params)]).toEqual([
      ['api_secret', R],
      ['a', `https://x/?token=${R}`],
    ]);
    expect(params.get('api_secret')).toBe('s');
    const headers = new Headers({ authorization: 'Basic x', accept: 'a' });
    expect([...redact(headers)]).toEqual([
      ['accept', 'a'],
      ['authorization', R],
    ]);
  });

  it('handles circular structures and leaves other values alone', () => {
    const a: Record<string, unknown> = { secret: 's' };
    a.self = a;
    a.list = [a];
    const out = redact(a);
    expect(out.secret).toBe(R);
    expect(out.self).toBe(out);
    expect((out.list as unknown[])[0]).toBe(out);
    const date = new Date(0);
    expect(redact(date)).toBe(date);
    expect(redact(42)).toBe(42);
    expect(redact(null)).toBeNull();
    expect(redact(undefined)).toBeUndefined();
    const bare = Object.assign(Object.create(null) as object, { token: 't' });
    expect(redact(bare)).toEqual({ token: R });
  });
});

describe('redact against the shared table of sensitive names (test/cases/sensitive-names.ts)', () => {
  it.each(SENSITIVE_NAME_CASES.map((c) => [c.name, c.sensitive] as const))(
    '%s: sensitive %s, as an object key, a query pair, a JSON pair and a header line',
    (name, sensitive) => {
      const value = 'Val1e-x';
      const shown = sensitive ? R : value;
      expect(redact({ [name]: value })).toEqual({ [name]: shown });
      expect(redact(`https://h.example/p?${name}=${value}`)).toBe(
        `https://h.example/p?${name}=${shown}`,
      );
      expect(redact(`{"${name}":"${value}"}`)).toBe(`{"${name}":"${shown}"}`);
      expect(redact(new Headers({ [name]: value })).get(name)).toBe(shown);
    },
  );
});
