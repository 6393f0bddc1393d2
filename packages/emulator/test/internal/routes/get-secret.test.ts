import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startEmulator, type RunningEmulator } from '@acct/emulator';
import { call } from '../../helpers/http';
import { FAMILY, OTHER, PRIMARY } from '../../helpers/seeds';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ accounts: FAMILY });
});
afterAll(() => emulator.close());

const get = (key: string, id: string, authorization: string) =>
  call(`${emulator.url}/accounts/${encodeURIComponent(key)}/secrets/${id}`, {
    headers: { authorization },
  });

describe('GET /accounts/{api_key}/secrets/{secret_id}', () => {
  it('answers the secret', async () => {
    const [secret] = emulator.state.accounts.sub1!.secrets;
    const reply = await get('sub1', secret!.id, PRIMARY);
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({
      _links: { self: { href: `/accounts/sub1/secrets/${secret!.id}` } },
      id: secret!.id,
      created_at: secret!.createdAt,
    });
  });

  it('answers 404 naming an unknown id', async () => {
    const reply = await get('primary1', '07239aeb-d756-4c32-a1de-cf64f8b21827', PRIMARY);
    expect(reply.status).toBe(404);
    expect(reply.headers['content-type']).toBe('application/problem+json');
    expect(reply.json).toEqual({
      type: 'https://developer.nexmo.com/api-errors#invalid-id',
      title: 'Invalid ID',
      detail: "ID '07239aeb-d756-4c32-a1de-cf64f8b21827' could not be found",
      instance: reply.headers['x-request-id'],
    });
  });

  it("answers 404 for another account's secret id", async () => {
    const [secret] = emulator.state.accounts.other1!.secrets;
    const reply = await get('primary1', secret!.id, PRIMARY);
    expect(reply.status).toBe(404);
    expect((reply.json as { detail: string }).detail).toBe(`ID '${secret!.id}' could not be found`);
  });

  it('answers 404 API key not found before looking at the id', async () => {
    const [secret] = emulator.state.accounts.primary1!.secrets;
    const reply = await get('primary1', secret!.id, OTHER);
    expect(reply.status).toBe(404);
    expect((reply.json as { detail: string }).detail).toBe("API key 'primary1' not found");
  });
});
