import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { startEmulator, type RunningEmulator } from '@acct/emulator';
import { basic, call, postJson } from '../../helpers/http';
import { FAMILY, OTHER, PRIMARY } from '../../helpers/seeds';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ accounts: FAMILY });
});
beforeEach(() => emulator.reset());
afterAll(() => emulator.close());

const remove = (key: string, id: string, authorization = PRIMARY) =>
  call(`${emulator.url}/accounts/${encodeURIComponent(key)}/secrets/${id}`, {
    method: 'DELETE',
    headers: { authorization },
  });
const balanceStatus = async (authorization: string) =>
  (await call(`${emulator.url}/account/get-balance`, { headers: { authorization } })).status;

describe('DELETE /accounts/{api_key}/secrets/{secret_id}', () => {
  it('answers 204 without a body and the revoked secret stops at once', async () => {
    await postJson(
      `${emulator.url}/accounts/primary1/secrets`,
      { secret: 'Rotated1Secret' },
      PRIMARY,
    );
    const [old, fresh] = emulator.state.accounts.primary1!.secrets;
    const reply = await remove('primary1', old!.id, basic('primary1', 'Rotated1Secret'));
    expect(reply.status).toBe(204);
    expect(reply.text).toBe('');
    expect(reply.headers['content-type']).toBeUndefined();
    expect(emulator.state.accounts.primary1!.secrets).toEqual([fresh]);
    expect(await balanceStatus(PRIMARY)).toBe(401);
    expect(await balanceStatus(basic('primary1', 'Rotated1Secret'))).toBe(200);
  });

  it('lets the caller revoke the very secret it authenticated with', async () => {
    await postJson(
      `${emulator.url}/accounts/primary1/secrets`,
      { secret: 'Rotated1Secret' },
      PRIMARY,
    );
    const [old] = emulator.state.accounts.primary1!.secrets;
    expect((await remove('primary1', old!.id, PRIMARY)).status).toBe(204);
    expect(await balanceStatus(PRIMARY)).toBe(401);
  });

  it('answers 403 delete-last-secret for the only secret', async () => {
    const [only] = emulator.state.accounts.primary1!.secrets;
    const reply = await remove('primary1', only!.id);
    expect(reply.status).toBe(403);
    expect(reply.headers['content-type']).toBe('application/problem+json');
    expect(reply.json).toEqual({
      type: 'https://developer.nexmo.com/api-errors/account/secret-management#delete-last-secret',
      title: 'Secret Deletion Forbidden',
      detail:
        'Can not delete the last secret. The account must always have at least 1 secret active at any time',
      instance: reply.headers['x-request-id'],
    });
    expect(emulator.state.accounts.primary1!.secrets).toEqual([only]);
    expect(await balanceStatus(PRIMARY)).toBe(200);
  });

  it("lets a primary account revoke a sub-account's secret", async () => {
    await postJson(`${emulator.url}/accounts/sub1/secrets`, { secret: 'NewSub1Secret' }, PRIMARY);
    const [old] = emulator.state.accounts.sub1!.secrets;
    expect((await remove('sub1', old!.id)).status).toBe(204);
    expect(await balanceStatus(basic('sub1', 'Sub1Secret1'))).toBe(401);
  });

  it('answers 404 naming an unknown id', async () => {
    const reply = await remove('primary1', 'no-such-id');
    expect(reply.status).toBe(404);
    expect(reply.json).toEqual({
      type: 'https://developer.nexmo.com/api-errors#invalid-id',
      title: 'Invalid ID',
      detail: "ID 'no-such-id' could not be found",
      instance: reply.headers['x-request-id'],
    });
  });

  it('answers 404 API key not found for a key the caller may not manage', async () => {
    const [secret] = emulator.state.accounts.primary1!.secrets;
    const reply = await remove('primary1', secret!.id, OTHER);
    expect(reply.status).toBe(404);
    expect((reply.json as { detail: string }).detail).toBe("API key 'primary1' not found");
    expect(emulator.state.accounts.primary1!.secrets).toHaveLength(1);
  });
});
