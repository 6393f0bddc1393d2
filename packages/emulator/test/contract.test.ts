// The wire contract: every path, method and documented status of spec/account.yml is served,
// and every documented body matches the spec's schema (fields, nothing undocumented, types).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { startEmulator, type RunningEmulator } from '@acct/emulator';
import { basic, call, type Reply } from './helpers/http';

interface Schema {
  $ref?: string;
  type?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  oneOf?: Schema[];
  required?: string[];
  example?: unknown;
  enum?: unknown[];
}
interface Operation {
  responses: Record<string, { $ref?: string; content?: Record<string, { schema?: Schema }> }>;
}
interface Spec {
  paths: Record<string, Record<string, Operation>>;
  components: {
    schemas: Record<string, Schema>;
    responses: Record<string, Operation['responses'][string]>;
  };
}

const spec = parse(readFileSync(new URL('../spec/account.yml', import.meta.url), 'utf8')) as Spec;

function resolve<T extends object>(node: T & { $ref?: string }): T {
  if (node.$ref === undefined) return node;
  const [, , section, name] = node.$ref.split('/');
  const components = spec.components as unknown as Record<string, Record<string, T>>;
  return resolve(components[section!]![name!]!);
}

/** Why `value` does not match `schema`, or null when it does. */
function mismatch(schema: Schema, value: unknown, at = '$'): string | null {
  const s = resolve(schema);
  if (s.oneOf) {
    const failures = s.oneOf.map((option) => mismatch(option, value, at));
    return failures.some((f) => f === null) ? null : failures.join(' | ');
  }
  const type =
    s.type ?? (s.properties ? 'object' : s.example === undefined ? undefined : typeof s.example);
  if (type === 'object') {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      return `${at} is not an object`;
    const properties = s.properties ?? {};
    for (const key of Object.keys(value)) {
      if (!(key in properties)) return `${at}.${key} is not in the spec`;
    }
    for (const [key, inner] of Object.entries(properties)) {
      if (!(key in value)) return `${at}.${key} is missing`;
      const problem = mismatch(inner, (value as Record<string, unknown>)[key], `${at}.${key}`);
      if (problem !== null) return problem;
    }
    return null;
  }
  if (type === 'array') {
    if (!Array.isArray(value)) return `${at} is not an array`;
    for (const [i, item] of value.entries()) {
      const problem = s.items ? mismatch(s.items, item, `${at}[${i}]`) : null;
      if (problem !== null) return problem;
    }
    return null;
  }
  if (type === 'integer') return Number.isInteger(value) ? null : `${at} is not an integer`;
  if (type !== undefined && typeof value !== type) return `${at} is not a ${type}`;
  if (s.enum && !s.enum.includes(value)) return `${at} is not one of ${JSON.stringify(s.enum)}`;
  return null;
}

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({
    accounts: [
      { apiKey: 'key1', secrets: ['Key1Secret1'], autoReload: true },
      { apiKey: 'off1', secrets: ['Off1Secret1'], autoReload: false },
    ],
  });
});
beforeEach(() => emulator.reset());
afterAll(() => emulator.close());

const AUTH = basic('key1', 'Key1Secret1');
const WRONG = basic('key1', 'Wrong1Secret');
const form = (authorization: string, body: string): RequestInit => ({
  method: 'POST',
  headers: { authorization, 'content-type': 'application/x-www-form-urlencoded' },
  body,
});
const json = (method: string, authorization: string, body?: unknown): RequestInit => ({
  method,
  headers: { authorization, 'content-type': 'application/json' },
  ...(body === undefined ? {} : { body: JSON.stringify(body) }),
});
const secretId = () => emulator.state.accounts.key1!.secrets[0]!.id;

/** How to make each documented status of each operation happen. */
const SCENARIOS: Record<string, Record<string, () => Promise<Reply>>> = {
  'get /account/get-balance': {
    200: () => call(`${emulator.url}/account/get-balance`, { headers: { authorization: AUTH } }),
    401: () => call(`${emulator.url}/account/get-balance`, { headers: { authorization: WRONG } }),
  },
  'post /account/top-up': {
    200: () =>
      call(`${emulator.url}/account/top-up`, form(AUTH, 'trx=8ef2447e69604f642ae59363aa5f781b')),
    401: () => call(`${emulator.url}/account/top-up`, form(basic('off1', 'Off1Secret1'), 'trx=1')),
  },
  'post /account/settings': {
    200: () =>
      call(
        `${emulator.url}/account/settings`,
        form(AUTH, 'moCallBackUrl=https%3A%2F%2Fexample.com%2Fmo'),
      ),
    401: () => call(`${emulator.url}/account/settings`, form(WRONG, '')),
  },
  'get /accounts/{api_key}/secrets': {
    200: () => call(`${emulator.url}/accounts/key1/secrets`, { headers: { authorization: AUTH } }),
    401: () => call(`${emulator.url}/accounts/key1/secrets`, { headers: { authorization: WRONG } }),
    404: () =>
      call(`${emulator.url}/accounts/abc123/secrets`, { headers: { authorization: AUTH } }),
  },
  'post /accounts/{api_key}/secrets': {
    201: () =>
      call(
        `${emulator.url}/accounts/key1/secrets`,
        json('POST', AUTH, { secret: 'example-4PI-secret' }),
      ),
    400: () =>
      call(`${emulator.url}/accounts/key1/secrets`, json('POST', AUTH, { secret: 'short' })),
    401: () =>
      call(
        `${emulator.url}/accounts/key1/secrets`,
        json('POST', WRONG, { secret: 'example-4PI-secret' }),
      ),
    404: () =>
      call(
        `${emulator.url}/accounts/abc123/secrets`,
        json('POST', AUTH, { secret: 'example-4PI-secret' }),
      ),
  },
  'get /accounts/{api_key}/secrets/{secret_id}': {
    200: () =>
      call(`${emulator.url}/accounts/key1/secrets/${secretId()}`, {
        headers: { authorization: AUTH },
      }),
    401: () =>
      call(`${emulator.url}/accounts/key1/secrets/${secretId()}`, {
        headers: { authorization: WRONG },
      }),
    404: () =>
      call(`${emulator.url}/accounts/key1/secrets/07239aeb-d756-4c32-a1de-cf64f8b21827`, {
        headers: { authorization: AUTH },
      }),
  },
  'delete /accounts/{api_key}/secrets/{secret_id}': {
    204: async () => {
      await call(
        `${emulator.url}/accounts/key1/secrets`,
        json('POST', AUTH, { secret: 'example-4PI-secret' }),
      );
      return call(`${emulator.url}/accounts/key1/secrets/${secretId()}`, json('DELETE', AUTH));
    },
    401: () => call(`${emulator.url}/accounts/key1/secrets/${secretId()}`, json('DELETE', WRONG)),
    403: () => call(`${emulator.url}/accounts/key1/secrets/${secretId()}`, json('DELETE', AUTH)),
    404: () => call(`${emulator.url}/accounts/key1/secrets/unknown-id`, json('DELETE', AUTH)),
  },
};

const documented = Object.entries(spec.paths).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([method]) => method !== 'servers')
    .flatMap(([method, operation]) =>
      Object.keys(operation.responses).map(
        (status) => [`${method} ${path}`, status, operation.responses[status]!] as const,
      ),
    ),
);

describe('contract with spec/account.yml', () => {
  it('has a scenario for exactly the operations and statuses the spec documents', () => {
    const fromSpec = documented.map(([operation, status]) => `${operation} ${status}`).sort();
    const fromScenarios = Object.entries(SCENARIOS)
      .flatMap(([operation, statuses]) =>
        Object.keys(statuses).map((status) => `${operation} ${status}`),
      )
      .sort();
    expect(fromScenarios).toEqual(fromSpec);
    expect(fromSpec).toHaveLength(20);
  });

  it.each(documented)(
    '%s answers %s with the documented body',
    async (operation, status, response) => {
      const reply = await SCENARIOS[operation]![status]!();
      expect(reply.status).toBe(Number(status));
      const content = resolve(response).content;
      const media = content?.['application/json'];
      if (status === '204') {
        expect(reply.text).toBe('');
      } else if (media?.schema !== undefined) {
        expect(reply.headers['content-type']).toMatch(/^application\/(problem\+)?json$/);
        expect(mismatch(media.schema, reply.json)).toBeNull();
      } else {
        // documented without a body schema (settings 401): the family's error body
        expect(reply.json).toEqual({
          'error-code': '401',
          'error-code-label': 'authentication failed',
        });
      }
    },
  );

  it('checks schemas strictly (a broken body is reported)', () => {
    const balance = spec.components.schemas.accountBalance!;
    expect(mismatch(balance, { value: 1, autoReload: false })).toBeNull();
    expect(mismatch(balance, { value: '1', autoReload: false })).toBe('$.value is not a number');
    expect(mismatch(balance, { value: 1 })).toBe('$.autoReload is missing');
    expect(mismatch(balance, { value: 1, autoReload: false, extra: 1 })).toBe(
      '$.extra is not in the spec',
    );
    expect(
      mismatch(spec.components.schemas.accountSettings!, {
        'mo-callback-url': '',
        'dr-callback-url': '',
        'max-outbound-request': 1.5,
        'max-inbound-request': 1,
        'max-calls-per-second': 1,
      }),
    ).toBe('$.max-outbound-request is not an integer');
  });
});
