import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { HTTP_DEFAULTS, ResponseTypes, ValidationError } from '@acct/http';
import { CONFIG_DEFAULTS, resolveConfig, type ConfigParams } from '@acct/server-client';

declare const __ACCT_VERSION__: string;

const UA = `acct-node/${__ACCT_VERSION__} node/${process.version}`;
const ENV = ['ACCT_API_KEY', 'ACCT_API_SECRET', 'ACCT_REST_HOST', 'ACCT_API_HOST'] as const;
const saved: Record<string, string | undefined> = {};
beforeEach(() => {
  for (const name of ENV) {
    saved[name] = process.env[name];
    delete process.env[name];
  }
});
afterEach(() => {
  for (const name of ENV) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

/** The ValidationError that resolveConfig throws for `options`. */
const refusal = (options: unknown): ValidationError => {
  try {
    resolveConfig(options as ConfigParams);
  } catch (err) {
    expect(err).toBeInstanceOf(ValidationError);
    return err as ValidationError;
  }
  throw new Error('resolveConfig accepted the options');
};

describe('resolveConfig', () => {
  it('fills in every default from the one table of @acct/http, and freezes the result', () => {
    const config = resolveConfig();
    expect(config).toEqual({
      restHost: 'https://rest.nexmo.com',
      apiHost: 'https://api.nexmo.com',
      timeout: 10000,
      deadline: 60000,
      retry: {
        retries: 2,
        baseDelay: 200,
        maxBackoff: 5000,
        maxRetryAfter: 60000,
        methods: ['GET', 'HEAD', 'DELETE', 'OPTIONS'],
        statuses: [408, 429, 500, 502, 503, 504],
      },
      appendUserAgent: '',
      userAgent: UA,
      responseType: ResponseTypes.json,
      fetch: undefined,
      agent: undefined,
      logger: undefined,
    });
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.retry)).toBe(true);
    expect(CONFIG_DEFAULTS.timeout).toBe(HTTP_DEFAULTS.timeout);
    expect(CONFIG_DEFAULTS.retry).toBe(HTTP_DEFAULTS.retry);
    expect(CONFIG_DEFAULTS.responseType).toBe(HTTP_DEFAULTS.responseType);
  });

  it('keeps given values, strips trailing slashes and appends to the User-Agent', () => {
    const fetch = async () => {
      throw new Error('unused');
    };
    const logger = () => undefined;
    const agent = { keepAlive: true };
    const options: ConfigParams = {
      restHost: 'http://127.0.0.1:8080/',
      apiHost: 'http://127.0.0.1:9090/prefix',
      timeout: 500,
      deadline: 2000,
      retry: { retries: 5, baseDelay: 1 },
      appendUserAgent: 'billing/1.2',
      responseType: ResponseTypes.text,
      fetch,
      agent,
      logger,
    };
    const before = JSON.stringify(options);
    const config = resolveConfig(options);
    expect(config).toMatchObject({
      restHost: 'http://127.0.0.1:8080',
      apiHost: 'http://127.0.0.1:9090/prefix',
      timeout: 500,
      deadline: 2000,
      retry: { retries: 5, baseDelay: 1, maxBackoff: 5000 },
      userAgent: `${UA} billing/1.2`,
      responseType: 'text',
    });
    expect([config.fetch, config.agent, config.logger]).toEqual([fetch, agent, logger]);
    expect(JSON.stringify(options)).toBe(before);
  });

  it('accepts retry: false and a resolved config passed again', () => {
    expect(resolveConfig({ retry: false }).retry).toBe(false);
    const config = resolveConfig({ timeout: 1234 });
    expect(resolveConfig(config)).toEqual(config);
  });

  it.each([
    [{ restHost: 'rest.nexmo.com' }, 'restHost'],
    [{ apiHost: 'ftp://api.nexmo.com' }, 'apiHost'],
    [{ apiHost: 42 }, 'apiHost'],
    [{ restHost: 'https://u:p@rest.nexmo.com' }, 'restHost'],
    [{ restHost: 'https://rest.nexmo.com/?a=1' }, 'restHost'],
    [{ restHost: 'https://x/?' }, 'restHost'],
    [{ restHost: 'https://x/#' }, 'restHost'],
    [{ apiHost: 'https://x#frag' }, 'apiHost'],
    [{ restHost: ' https://x' }, 'restHost'],
    [{ restHost: 'https:x.example' }, 'restHost'],
    [{ restHost: 'https://x/a b' }, 'restHost'],
    [{ timeout: 0 }, 'timeout'],
    [{ timeout: '10' }, 'timeout'],
    [{ timeout: 3e9 }, 'timeout'],
    [{ deadline: null }, 'deadline'],
    [{ deadline: 1.5 }, 'deadline'],
    [{ retry: true }, 'retry'],
    [{ retry: { retries: -1 } }, 'retry.retries'],
    [{ retry: { statuses: null } }, 'retry.statuses'],
    [{ retry: { methods: ['FETCH'] } }, 'retry.methods[0]'],
    [{ retry: { retry: 1 } }, 'retry'],
    [{ appendUserAgent: 'x\r\nInjected: 1' }, 'appendUserAgent'],
    [{ appendUserAgent: 'x'.repeat(201) }, 'appendUserAgent'],
    [{ responseType: 'xml' }, 'responseType'],
    [{ fetch: 'node-fetch' }, 'fetch'],
    [{ logger: console }, 'logger'],
    [{ resthost: 'https://x' }, 'options'],
    [null, 'options'],
    [[], 'options'],
    [new Map(), 'options'],
  ])('refuses %j with a ValidationError naming %s', (options, name) => {
    expect(refusal(options).invalidParameters[0]?.name).toBe(name);
  });

  it('says exactly what is wrong with a host and suggests the right option name', () => {
    expect(refusal({ restHost: 'https://x/?' }).message).toBe(
      '[@acct/server-client] restHost must not hold a query, a fragment, whitespace or credentials: pass only scheme, host, port and path',
    );
    expect(refusal({ resthost: 'https://x' }).message).toBe(
      '[@acct/server-client] options has an unknown option "resthost": did you mean "restHost"?',
    );
  });

  it('property: a host is either refused with ValidationError or kept exactly (minus trailing slashes)', () => {
    const host = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.webUrl().map((u) => `${u}?`),
      fc.webUrl().map((u) => `${u}#`),
      fc.constantFrom('https://x/\ud800', 'https://x/\r\n', 'http://127.0.0.1:1', 'https://x\0'),
    );
    fc.assert(
      fc.property(host, (restHost) => {
        let config;
        try {
          config = resolveConfig({ restHost });
        } catch (err) {
          expect(err).toBeInstanceOf(ValidationError);
          expect((err as ValidationError).invalidParameters[0]?.name).toBe('restHost');
          return;
        }
        expect(config.restHost).toBe(restHost.replace(/\/+$/, ''));
        expect(restHost).not.toMatch(/[?#\s]/);
      }),
      { numRuns: 300 },
    );
  });

  it('property: timeouts are integers from 1 to 2147483647, anything else is refused', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constant(null)),
        (timeout) => {
          const ok =
            Number.isInteger(timeout) &&
            (timeout as number) >= 1 &&
            (timeout as number) <= 2147483647;
          if (ok) expect(resolveConfig({ timeout: timeout as number }).timeout).toBe(timeout);
          else expect(refusal({ timeout }).invalidParameters[0]?.name).toBe('timeout');
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('resolveConfig: hosts from the environment', () => {
  it('reads ACCT_REST_HOST and ACCT_API_HOST when building, explicit options winning', () => {
    process.env.ACCT_REST_HOST = 'http://127.0.0.1:4010';
    process.env.ACCT_API_HOST = 'http://127.0.0.1:4011/';
    expect(resolveConfig()).toMatchObject({
      restHost: 'http://127.0.0.1:4010',
      apiHost: 'http://127.0.0.1:4011',
    });
    expect(resolveConfig({ restHost: 'https://rest.example' }).restHost).toBe(
      'https://rest.example',
    );
  });

  it('ignores an empty variable and names the variable of a bad one', () => {
    process.env.ACCT_REST_HOST = '';
    expect(resolveConfig().restHost).toBe('https://rest.nexmo.com');
    process.env.ACCT_API_HOST = 'api.example?x';
    expect(refusal(undefined).invalidParameters[0]?.name).toBe('apiHost (from ACCT_API_HOST)');
  });
});
