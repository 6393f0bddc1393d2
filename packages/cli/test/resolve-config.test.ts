import { describe, expect, it } from '@jest/globals';
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

  it('refuses a bad timeout or host with a usage error', () => {
    for (const timeout of ['0', '-5', 'abc', '1.5', '']) {
      expect(() => resolveConfig({ timeout }, {})).toThrow(UsageError);
    }
    expect(() => resolveConfig({ timeout: 'soon' }, {})).toThrow(
      "--timeout must be a positive whole number of milliseconds, got 'soon'",
    );
    expect(() => resolveConfig({}, { ACCT_REST_HOST: 'ftp://x' })).toThrow(
      "--rest-host/ACCT_REST_HOST must be an absolute http(s) URL, got 'ftp://x'",
    );
    expect(() => resolveConfig({ apiHost: 'not a url' }, {})).toThrow(
      "--api-host/ACCT_API_HOST must be an absolute http(s) URL, got 'not a url'",
    );
  });
});
