import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { startEmulator, type RunningEmulator } from '@acct/emulator';
import { basic, call, ISO_SECONDS, postJson, UUID } from '../../helpers/http';
import { FAMILY, OTHER, PRIMARY } from '../../helpers/seeds';
import { SECRET_RULE_CASES } from '../../../../../test/cases/secret-rules';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ accounts: FAMILY });
});
beforeEach(() => emulator.reset());
afterAll(() => emulator.close());

const create = (key: string, body: unknown, authorization = PRIMARY) =>
  postJson(`${emulator.url}/accounts/${encodeURIComponent(key)}/secrets`, body, authorization);

const validation = (reason: string, instance: string | undefined) => ({
  type: 'https://developer.nexmo.com/api-errors/account/secret-management#validation',
  title: 'Bad Request',
  detail: 'The request failed due to secret validation errors',
  instance,
  invalid_parameters: [{ name: 'secret', reason }],
});

describe('POST /accounts/{api_key}/secrets', () => {
  it('answers 201 with the new secret, which authenticates at once', async () => {
    const reply = await create('primary1', { secret: 'example-4PI-secret' });
    const secrets = emulator.state.accounts.primary1!.secrets;
    const created = secrets[1]!;
    expect(reply.status).toBe(201);
    expect(reply.headers['content-type']).toBe('application/json');
    expect(reply.headers.location).toBe(`/accounts/primary1/secrets/${created.id}`);
    expect(created.id).toMatch(UUID);
    expect(created.createdAt).toMatch(ISO_SECONDS);
    expect(reply.json).toEqual({
      _links: { self: { href: `/accounts/primary1/secrets/${created.id}` } },
      id: created.id,
      created_at: created.createdAt,
    });
    const withNew = await call(`${emulator.url}/account/get-balance`, {
      headers: { authorization: basic('primary1', 'example-4PI-secret') },
    });
    expect(withNew.status).toBe(200);
    const withOld = await call(`${emulator.url}/account/get-balance`, {
      headers: { authorization: PRIMARY },
    });
    expect(withOld.status).toBe(200);
  });

  it("lets a primary account create a sub-account's secret", async () => {
    const reply = await create('sub1', { secret: 'NewSub1Secret' });
    expect(reply.status).toBe(201);
    expect(emulator.state.accounts.sub1!.secrets).toHaveLength(2);
    const asSub = await call(`${emulator.url}/account/get-balance`, {
      headers: { authorization: basic('sub1', 'NewSub1Secret') },
    });
    expect(asSub.status).toBe(200);
  });

  it.each([
    ['7 characters', 'Abcdef1'],
    ['26 characters', `Abcdefgh1${'x'.repeat(17)}`],
    ['no lower case letter', 'ABCDEFGH1'],
    ['no upper case letter', 'abcdefgh1'],
    ['no digit', 'Abcdefghi'],
    ['an empty string', ''],
  ])('answers 400 with invalid_parameters to a secret with %s', async (_name, secret) => {
    const reply = await create('primary1', { secret });
    expect(reply.status).toBe(400);
    expect(reply.headers['content-type']).toBe('application/problem+json');
    expect(reply.json).toEqual(
      validation('Does not meet complexity requirements', reply.headers['x-request-id']),
    );
    expect(emulator.state.accounts.primary1!.secrets).toHaveLength(1);
  });

  it.each([
    ['8 characters', 'Abcdefg1'],
    ['25 characters', `Abcdefgh1${'x'.repeat(16)}`],
  ])('accepts a secret of exactly %s', async (_name, secret) => {
    expect((await create('primary1', { secret })).status).toBe(201);
  });

  it.each([
    ['no body', undefined, 'Is required'],
    ['no secret field', { other: 1 }, 'Is required'],
    ['a JSON array', ['Abcdefgh1'], 'Is required'],
    ['a JSON string', 'Abcdefgh1', 'Is required'],
    ['a numeric secret', { secret: 12345678 }, 'Must be a string'],
  ])('answers 400 with invalid_parameters to %s', async (_name, body, reason) => {
    const reply =
      body === undefined
        ? await call(`${emulator.url}/accounts/primary1/secrets`, {
            method: 'POST',
            headers: { authorization: PRIMARY },
          })
        : await create('primary1', body);
    expect(reply.status).toBe(400);
    expect(reply.json).toEqual(validation(reason, reply.headers['x-request-id']));
  });

  it('answers 403 maximum-secrets-allowed to a third secret', async () => {
    expect((await create('primary1', { secret: 'SecondSecret2' })).status).toBe(201);
    const reply = await create('primary1', { secret: 'ThirdSecret3' });
    expect(reply.status).toBe(403);
    expect(reply.headers['content-type']).toBe('application/problem+json');
    expect(reply.json).toEqual({
      type: 'https://developer.nexmo.com/api-errors/account/secret-management#maximum-secrets-allowed',
      title: 'Secret Addition Forbidden',
      detail: 'Account reached maximum number [2] of allowed secrets',
      instance: reply.headers['x-request-id'],
    });
    expect(emulator.state.accounts.primary1!.secrets).toHaveLength(2);
    const third = await call(`${emulator.url}/account/get-balance`, {
      headers: { authorization: basic('primary1', 'ThirdSecret3') },
    });
    expect(third.status).toBe(401);
  });

  it('answers 404 (not 400) for a key the caller may not manage, whatever the body', async () => {
    const reply = await create('primary1', { secret: 'x' }, OTHER);
    expect(reply.status).toBe(404);
    expect((reply.json as { detail: string }).detail).toBe("API key 'primary1' not found");
  });

  it.each([
    ['text/plain', 'secret=Abcdefgh1'],
    ['application/x-www-form-urlencoded', 'secret=Abcdefgh1'],
  ])('answers 415 to a %s body', async (type, body) => {
    const reply = await call(`${emulator.url}/accounts/primary1/secrets`, {
      method: 'POST',
      headers: { authorization: PRIMARY, 'content-type': type },
      body,
    });
    expect(reply.status).toBe(415);
    expect(reply.json).toEqual({
      type: 'https://developer.nexmo.com/api-errors#unsupported-media-type',
      title: 'Unsupported Media Type',
      detail: 'use application/json',
      instance: reply.headers['x-request-id'],
    });
  });

  it('accepts a +json media type with parameters', async () => {
    const reply = await call(`${emulator.url}/accounts/primary1/secrets`, {
      method: 'POST',
      headers: {
        authorization: PRIMARY,
        'content-type': 'application/vnd.api+json; charset=utf-8',
      },
      body: '{"secret":"Abcdefgh1"}',
    });
    expect(reply.status).toBe(201);
  });
});

describe('POST /accounts/{api_key}/secrets against the shared table of secret rules', () => {
  it.each(SECRET_RULE_CASES.map((c) => [c.why, c.secret, c.valid] as const))(
    '%s',
    async (_why, secret, valid) => {
      const reply = await create('primary1', { secret });
      if (Buffer.byteLength(JSON.stringify({ secret })) > 1024 * 1024) {
        expect(reply.status).toBe(413); // the body is over the limit before the rules are read
      } else if (valid) {
        expect(reply.status).toBe(201);
      } else {
        expect([reply.status, reply.json]).toEqual([
          400,
          validation('Does not meet complexity requirements', reply.headers['x-request-id']),
        ]);
      }
      expect(emulator.state.accounts.primary1!.secrets).toHaveLength(valid ? 2 : 1);
      // the secret sent never shows in the log, accepted or not
      if (secret !== '') expect(JSON.stringify(emulator.requests)).not.toContain(secret);
    },
  );
});
