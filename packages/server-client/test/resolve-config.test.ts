import { describe, expect, it } from '@jest/globals';
import { ResponseTypes, ValidationError } from '@acct/http';
import { CONFIG_DEFAULTS, resolveConfig, type ConfigParams } from '@acct/server-client';

declare const __ACCT_VERSION__: string;

const UA = `acct-node/${__ACCT_VERSION__} node/${process.version}`;

const rejects = (options: unknown, name: string, reason: string) => {
  let caught: unknown;
  try {
    resolveConfig(options as ConfigParams);
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(ValidationError);
  expect((caught as ValidationError).code).toBe('ACCT_VALIDATION');
  expect((caught as ValidationError).invalidParameters).toEqual([{ name, reason }]);
  expect((caught as ValidationError).message).toBe(
    `[@acct/server-client] invalid option ${name}: it ${reason}`,
  );
};

describe('resolveConfig', () => {
  it('fills in every default and freezes the result', () => {
    const config = resolveConfig();
    expect(config).toEqual({
      restHost: 'https://rest.nexmo.com',
      apiHost: 'https://api.nexmo.com',
      timeout: 10000,
      deadline: 60000,
      retry: { retries: 2 },
      appendUserAgent: '',
      userAgent: UA,
      responseType: ResponseTypes.JSON,
      fetch: undefined,
      agent: undefined,
      logger: undefined,
    });
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.retry)).toBe(true);
    expect(Object.isFrozen(CONFIG_DEFAULTS)).toBe(true);
  });

  it('keeps given values, strips trailing slashes and appends to the User-Agent', () => {
    const fetch = async () => {
      throw new Error('unused');
    };
    const logger = () => undefined;
    const agent = { keepAlive: true };
    const options: ConfigParams = {
      restHost: 'http://127.0.0.1:8080/',
      apiHost: 'http://127.0.0.1:9090/prefix//',
      timeout: 500,
      deadline: 2000,
      retry: { retries: 5, baseDelay: 1 },
      appendUserAgent: 'billing/1.2',
      responseType: ResponseTypes.TEXT,
      fetch,
      agent,
      logger,
    };
    const before = JSON.stringify(options);
    const config = resolveConfig(options);
    expect(config).toEqual({
      restHost: 'http://127.0.0.1:8080',
      apiHost: 'http://127.0.0.1:9090/prefix',
      timeout: 500,
      deadline: 2000,
      retry: { retries: 5, baseDelay: 1 },
      appendUserAgent: 'billing/1.2',
      userAgent: `${UA} billing/1.2`,
      responseType: ResponseTypes.TEXT,
      fetch,
      agent,
      logger,
    });
    expect(config.agent).toBe(agent);
    expect(config.retry).not.toBe(options.retry);
    expect(JSON.stringify(options)).toBe(before);
  });

  it('accepts retry: false', () => {
    expect(resolveConfig({ retry: false }).retry).toBe(false);
  });

  it('returns an already resolved config as is, and re-resolves a copy', () => {
    const config = resolveConfig({ timeout: 1234 });
    expect(resolveConfig(config)).toBe(config);
    const copy = { ...config };
    const again = resolveConfig(copy);
    expect(again).not.toBe(copy);
    expect(again).toEqual(config);
  });

  it.each([
    [
      { restHost: 'rest.nexmo.com' },
      'restHost',
      'must be an absolute http(s) URL, such as https://rest.nexmo.com',
    ],
    [{ apiHost: 'ftp://api.nexmo.com' }, 'apiHost', 'must use http: or https:'],
    [{ apiHost: 42 }, 'apiHost', 'must be an absolute http(s) URL string'],
    [
      { restHost: 'https://u:p@rest.nexmo.com' },
      'restHost',
      'must not carry a query, a fragment or credentials',
    ],
    [
      { restHost: 'https://rest.nexmo.com/?a=1' },
      'restHost',
      'must not carry a query, a fragment or credentials',
    ],
    [{ timeout: 0 }, 'timeout', 'must be a positive number of milliseconds'],
    [{ timeout: '10' }, 'timeout', 'must be a positive number of milliseconds'],
    [{ deadline: Infinity }, 'deadline', 'must be a positive number of milliseconds'],
    [{ retry: true }, 'retry', 'must be false or an object such as { retries: 2 }'],
    [{ retry: { retries: -1 } }, 'retry', 'needs retries to be a whole number >= 0'],
    [
      { appendUserAgent: 'x\r\nInjected: 1' },
      'appendUserAgent',
      'must be a string without line breaks',
    ],
    [{ responseType: 'xml' }, 'responseType', 'must be one of "json", "text"'],
    [{ fetch: 'node-fetch' }, 'fetch', 'must be a function'],
    [{ logger: console }, 'logger', 'must be a function'],
    [null, 'options', 'must be an object such as { timeout: 5000 }'],
    [[], 'options', 'must be an object such as { timeout: 5000 }'],
  ])('rejects %j with a ValidationError naming the option', (options, name, reason) => {
    rejects(options, name, reason);
  });
});
