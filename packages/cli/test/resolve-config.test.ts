import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { UsageError, resolveConfig } from '@acct/cli';

describe('resolveConfig', () => {
  it('takes credentials and hosts from the environment', () => {
    expect(
      resolveConfig(
        {},
        {
          ACCT_API_KEY: 'env-key',
          ACCT_API_SECRET: 'Env1Secret',
          ACCT_REST_HOST: 'http://127.0.0.1:4010/',
          ACCT_API_HOST: 'https://api.example.test',
        },
      ),
    ).toEqual({
      apiKey: 'env-key',
      apiSecret: 'Env1Secret',
      restHost: 'http://127.0.0.1:4010',
      apiHost: 'https://api.example.test',
      json: false,
      verbose: false,
      color: true,
    });
  });

  it('lets flags win over the environment, and treats empty variables as unset', () => {
    expect(
      resolveConfig(
        {
          apiKey: 'flag-key',
          apiSecret: 'Flag1Secret',
          restHost: 'http://flag.test',
          timeout: '2500',
          json: true,
          verbose: true,
        },
        {
          ACCT_API_KEY: 'env-key',
          ACCT_API_SECRET: 'Env1Secret',
          ACCT_REST_HOST: 'http://env.test',
          ACCT_API_HOST: '',
        },
      ),
    ).toEqual({
      apiKey: 'flag-key',
      apiSecret: 'Flag1Secret',
      restHost: 'http://flag.test',
      timeout: 2500,
      json: true,
      verbose: true,
      color: true,
    });
    expect(resolveConfig({}, { ACCT_API_KEY: '' })).toEqual({
      json: false,
      verbose: false,
      color: true,
    });
  });

  it('turns colour off with --no-color, NO_COLOR or TERM=dumb', () => {
    expect(resolveConfig({ color: false }, {}).color).toBe(false);
    expect(resolveConfig({}, { NO_COLOR: '1' }).color).toBe(false);
    expect(resolveConfig({}, { NO_COLOR: '' }).color).toBe(true);
    expect(resolveConfig({}, { TERM: 'dumb' }).color).toBe(false);
  });

  it('refuses a bad timeout or host with a usage error naming the flag, never the value', () => {
    for (const timeout of ['0', '-5', 'abc', '1.5', '', ' 5', '3600001', '99999999999']) {
      expect(() => resolveConfig({ timeout }, {})).toThrow(UsageError);
    }
    expect(resolveConfig({ timeout: '3600000' }, {}).timeout).toBe(3_600_000);
    expect(() => resolveConfig({ timeout: 'soon' }, {})).toThrow(
      '--timeout must be a whole number of milliseconds from 1 to 3600000, such as 5000 (got a string of 4 characters)',
    );
    const hostRule =
      'must be an absolute http(s) URL such as https://rest.nexmo.com, without spaces, ' +
      'credentials, query or fragment, at most 2048 characters';
    expect(() => resolveConfig({}, { ACCT_REST_HOST: 'ftp://x' })).toThrow(
      `ACCT_REST_HOST ${hostRule} (got a string of 7 characters)`,
    );
    expect(() => resolveConfig({ apiHost: 'not a url' }, {})).toThrow(
      `--api-host ${hostRule} (got a string of 9 characters)`,
    );
    for (const host of [
      'https:example.com',
      ' https://example.com',
      'https://example.com/\n',
      'https://example.com?',
      'https://example.com#x',
      'https://user:Canary7Secret@example.com',
      'https://EXAMPLE.com',
    ]) {
      expect(() => resolveConfig({ restHost: host }, {})).toThrow(`--rest-host ${hostRule}`);
    }
    expect(resolveConfig({ restHost: 'http://127.0.0.1:4010/' }, {}).restHost).toBe(
      'http://127.0.0.1:4010',
    );
  });

  it('property: any --timeout or host is refused naming the flag (never echoed), or kept as given', () => {
    const value = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.integer().map(String),
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.constantFrom('\ud800', 'a\u0000b', 'http://h\r\n', 'x'.repeat(1_000_000)),
    );
    fc.assert(
      fc.property(value, fc.constantFrom('timeout', 'restHost', 'apiHost'), (v, flag) => {
        const canary = `Canary7Secret${v}`;
        for (const input of [v, canary]) {
          let config;
          try {
            config = resolveConfig({ [flag]: input }, {});
          } catch (err) {
            expect(err).toBeInstanceOf(UsageError);
            const message = (err as UsageError).message;
            const name =
              flag === 'timeout' ? '--timeout' : flag === 'restHost' ? '--rest-host' : '--api-host';
            expect(message.startsWith(`${name} must be `)).toBe(true);
            expect(message).not.toContain('Canary7Secret');
            expect(message.length).toBeLessThan(250);
            continue;
          }
          if (flag === 'timeout') expect(String(config.timeout)).toBe(input);
          else expect(config[flag as 'restHost']).toBe(input.replace(/\/+$/, ''));
        }
      }),
      { numRuns: 300 },
    );
  });
});
