import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { startEmulator, type RunningEmulator } from '@acct/emulator';
import { call, ISO_SECONDS, UUID } from '../../helpers/http';
import { FAMILY, OTHER, PRIMARY, SUB1 } from '../../helpers/seeds';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ accounts: FAMILY });
});
beforeEach(() => emulator.reset());
afterAll(() => emulator.close());

const list = (key: string, authorization: string) =>
  call(`${emulator.url}/accounts/${encodeURIComponent(key)}/secrets`, {
    headers: { authorization },
  });

describe('GET /accounts/{api_key}/secrets', () => {
  it('answers the HAL list of the account secrets', async () => {
    const reply = await list('primary1', PRIMARY);
    const [secret] = emulator.state.accounts.primary1!.secrets;
    expect(secret!.id).toMatch(UUID);
    expect(secret!.createdAt).toMatch(ISO_SECONDS);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/json');
    expect(reply.json).toEqual({
      _links: { self: { href: '/accounts/primary1/secrets' } },
      _embedded: {
        secrets: [
          {
            _links: { self: { href: `/accounts/primary1/secrets/${secret!.id}` } },
            id: secret!.id,
            created_at: secret!.createdAt,
          },
        ],
      },
    });
  });

  it("lets a primary account list a sub-account's secrets, key URI-encoded in links", async () => {
    const reply = await list('sub 2/x', PRIMARY);
    const [secret] = emulator.state.accounts['sub 2/x']!.secrets;
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({
      _links: { self: { href: '/accounts/sub%202%2Fx/secrets' } },
      _embedded: {
        secrets: [
          {
            _links: { self: { href: `/accounts/sub%202%2Fx/secrets/${secret!.id}` } },
            id: secret!.id,
            created_at: secret!.createdAt,
          },
        ],
      },
    });
  });

  it.each([
    ['a sub-account naming its primary', 'primary1', SUB1],
    ['a sub-account naming its sibling', 'sub 2/x', SUB1],
    ['an unrelated account naming a primary', 'primary1', OTHER],
    ['an unrelated account naming a sub-account', 'sub1', OTHER],
    ['a primary naming an unrelated account', 'other1', PRIMARY],
    ['a key that does not exist', 'ghost', PRIMARY],
  ])('answers 404 (never 403) to %s', async (_name, key, authorization) => {
    const reply = await list(key, authorization);
    expect(reply.status).toBe(404);
    expect(reply.headers['content-type']).toBe('application/problem+json');
    expect(reply.json).toEqual({
      type: 'https://developer.nexmo.com/api-errors#invalid-api-key',
      title: 'Invalid API Key',
      detail: `API key '${key}' not found`,
      instance: reply.headers['x-request-id'],
    });
  });
});
