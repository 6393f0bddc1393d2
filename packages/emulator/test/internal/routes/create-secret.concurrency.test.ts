import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startEmulator, type RunningEmulator } from '@acct/emulator';
import { DEMO_AUTH, postJson } from '../../helpers/http';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());

describe('50 concurrent creates on one key', () => {
  it('give exactly as many 201 as the limit allows (2 secrets in all) and 403 for the rest', async () => {
    const replies = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        postJson(
          `${emulator.url}/accounts/acct-demo/secrets`,
          { secret: `Parallel${i}Secret` },
          DEMO_AUTH,
        ),
      ),
    );
    const statuses = replies.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 403)).toHaveLength(49);
    expect(emulator.state.accounts['acct-demo']!.secrets).toHaveLength(2);
    const created = replies.find((r) => r.status === 201)!.json as { id: string };
    expect(emulator.state.accounts['acct-demo']!.secrets[1]!.id).toBe(created.id);
  });

  it('then 50 concurrent deletes of one secret give one 204 and 49 404s, keeping the other', async () => {
    const [demo, created] = emulator.state.accounts['acct-demo']!.secrets;
    const deleteAll = (id: string) =>
      Promise.all(
        Array.from({ length: 50 }, () =>
          fetch(`${emulator.url}/accounts/acct-demo/secrets/${id}`, {
            method: 'DELETE',
            headers: { authorization: DEMO_AUTH },
          }).then((r) => r.status),
        ),
      );
    const statuses = await deleteAll(created!.id);
    expect(statuses.filter((s) => s === 204)).toHaveLength(1);
    expect(statuses.filter((s) => s === 404)).toHaveLength(49);
    expect(emulator.state.accounts['acct-demo']!.secrets).toEqual([demo]);
    expect(await deleteAll(demo!.id)).toEqual(Array.from({ length: 50 }, () => 403));
  });
});
