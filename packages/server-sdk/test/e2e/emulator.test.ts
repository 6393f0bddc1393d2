import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { DEMO_ACCOUNT, startEmulator, type RunningEmulator } from '@acct/emulator';
import {
  Acct,
  AuthenticationError,
  AutoReloadNotEnabledError,
  InternalServerError,
  MaximumSecretsError,
  NetworkError,
  NotFoundError,
  PermissionDeniedError,
  SecretRotationError,
  ValidationError,
  type ConfigParams,
} from '@acct/server-sdk';

const { apiKey, apiSecret } = DEMO_ACCOUNT;
let emu: RunningEmulator;

beforeAll(async () => {
  emu = await startEmulator({
    port: 0,
    accounts: [
      { apiKey, secrets: [apiSecret], balance: 10.5, autoReload: true, topUpAmount: 10 },
      { apiKey: 'no-reload', secrets: ['NoReload1Secret'], autoReload: false },
    ],
  });
});
beforeEach(() => emu.reset());
afterAll(() => emu.close());

const acct = (secret: string = apiSecret, options: ConfigParams = {}, key: string = apiKey) =>
  new Acct(
    { apiKey: key, apiSecret: secret },
    {
      restHost: emu.url,
      apiHost: emu.url,
      retry: { retries: 2, baseDelay: 1, maxBackoff: 5 },
      ...options,
    },
  );
const topUps = () => emu.state.topUps.length;
const secretIds = (key = apiKey) => emu.state.accounts[key]!.secrets.map((s) => s.id);

describe('end to end against the emulator', () => {
  it('reads the balance', async () => {
    await expect(acct().accounts.getBalance()).resolves.toEqual({ value: 10.5, autoReload: true });
  });

  it('tops up once and the balance grows', async () => {
    const a = acct();
    await expect(a.accounts.topUpBalance('8ef2447e69604f642ae59363aa5f781b')).resolves.toEqual({
      'error-code': '200',
      'error-code-label': 'success',
    });
    expect(topUps()).toBe(1);
    expect(emu.state.topUps[0]).toMatchObject({ apiKey, trx: '8ef2447e69604f642ae59363aa5f781b' });
    await expect(a.accounts.getBalance()).resolves.toEqual({ value: 20.5, autoReload: true });
  });

  it('rejects a top-up without auto-reload with AutoReloadNotEnabledError', async () => {
    const err = await acct('NoReload1Secret', {}, 'no-reload')
      .accounts.topUpBalance('trx-1')
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AutoReloadNotEnabledError);
    expect(err).toMatchObject({ status: 401, errorCodeLabel: 'not auto-reload enabled' });
    expect(topUps()).toBe(0);
  });

  it('rejects wrong credentials with AuthenticationError', async () => {
    const err = await acct('Wrong1Secret')
      .accounts.getBalance()
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AuthenticationError);
    expect(err).not.toBeInstanceOf(AutoReloadNotEnabledError);
    expect(err).toMatchObject({ status: 401 });
  });

  it('reads and updates the callback URLs', async () => {
    const a = acct();
    const before = await a.accounts.getAccountSettings();
    expect(Object.keys(before).sort()).toEqual([
      'dr-callback-url',
      'max-calls-per-second',
      'max-inbound-request',
      'max-outbound-request',
      'mo-callback-url',
    ]);
    const after = await a.accounts.updateAccountCallbacks({
      moCallBackUrl: 'https://example.com/webhooks/inbound-sms',
    });
    expect(after['mo-callback-url']).toBe('https://example.com/webhooks/inbound-sms');
    expect(after['dr-callback-url']).toBe(before['dr-callback-url']);
    const unset = await a.accounts.updateAccountCallbacks({ moCallBackUrl: '' });
    expect(unset['mo-callback-url']).toBe('');
    expect(emu.state.accounts[apiKey]!.moCallbackUrl).toBe('');
  });

  it('lists, creates, gets and deletes secrets', async () => {
    const a = acct();
    const list = await a.secrets.listSecrets(apiKey);
    expect(list._embedded.secrets.map((s) => s.id)).toEqual(secretIds());
    const created = await a.secrets.createSecret(apiKey, 'Second2Secret');
    expect(secretIds()).toEqual([...list._embedded.secrets.map((s) => s.id), created.id]);
    const got = await a.secrets.getSecret(apiKey, created.id);
    expect(got).toEqual(created);
    await expect(acct('Second2Secret').accounts.getBalance()).resolves.toMatchObject({
      value: 10.5,
    });
    await expect(a.secrets.deleteSecret(apiKey, created.id)).resolves.toBeUndefined();
    await expect(a.secrets.getSecret(apiKey, created.id)).rejects.toBeInstanceOf(NotFoundError);
    const last = secretIds()[0]!;
    await expect(a.secrets.deleteSecret(apiKey, last)).rejects.toBeInstanceOf(
      PermissionDeniedError,
    );
  });

  it('rotates: the new secret authenticates, the old one stops after revocation', async () => {
    const oldIds = secretIds();
    const { created, revoked } = await acct().secrets.rotateSecret(apiKey, 'Rotated3Secret', {
      revoke: 'previous',
    });
    expect(revoked).toEqual(oldIds);
    expect(secretIds()).toEqual([created.id]);
    await expect(acct('Rotated3Secret').accounts.getBalance()).resolves.toMatchObject({
      value: 10.5,
    });
    await expect(acct().accounts.getBalance()).rejects.toBeInstanceOf(AuthenticationError);
  });

  it("rotates with revoke: 'none' keeping the old secret working", async () => {
    const { revoked } = await acct().secrets.rotateSecret(apiKey, 'Rotated3Secret');
    expect(revoked).toEqual([]);
    expect(secretIds()).toHaveLength(2);
    await expect(acct().accounts.getBalance()).resolves.toMatchObject({ value: 10.5 });
    const err = await acct()
      .secrets.rotateSecret(apiKey, 'Another4Secret')
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MaximumSecretsError);
    expect((err as MaximumSecretsError).secretIds).toEqual(secretIds());
  });

  it('rolls back when the new secret does not authenticate', async () => {
    const before = secretIds();
    emu.inject({ method: 'GET', path: '/account/get-balance', status: 401 });
    const err = await acct()
      .secrets.rotateSecret(apiKey, 'Rotated3Secret', { revoke: 'previous' })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SecretRotationError);
    expect(err).toMatchObject({ stage: 'verify', rolledBack: true });
    expect((err as SecretRotationError).cause).toBeInstanceOf(AuthenticationError);
    expect(secretIds()).toEqual(before);
  });

  it('rejects bad input before any request', async () => {
    const a = acct();
    const count = emu.requests.length;
    await expect(a.secrets.createSecret(apiKey, 'weak')).rejects.toBeInstanceOf(ValidationError);
    await expect(a.secrets.getSecret('', 'x')).rejects.toBeInstanceOf(ValidationError);
    await expect(a.accounts.topUpBalance(5 as never)).rejects.toBeInstanceOf(ValidationError);
    await expect(
      a.accounts.updateAccountCallbacks({ drCallBackUrl: 'not a url' }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(emu.requests.length).toBe(count);
  });

  describe('retries with injected faults', () => {
    it('retries a 503 on GET and succeeds', async () => {
      emu.inject({ method: 'GET', path: '/account/get-balance', status: 503 });
      await expect(acct().accounts.getBalance()).resolves.toMatchObject({ value: 10.5 });
      expect(emu.requests.filter((r) => r.path === '/account/get-balance')).toHaveLength(2);
    });

    it('never re-sends a top-up answered 503', async () => {
      emu.inject({ method: 'POST', path: '/account/top-up', status: 503 });
      await expect(acct().accounts.topUpBalance('trx-1')).rejects.toBeInstanceOf(
        InternalServerError,
      );
      expect(emu.requests.filter((r) => r.path === '/account/top-up')).toHaveLength(1);
      expect(topUps()).toBe(0);
    });

    it('never re-sends a top-up whose connection dropped after charging', async () => {
      emu.inject({ method: 'POST', path: '/account/top-up', dropConnection: true, commit: true });
      await expect(acct().accounts.topUpBalance('trx-1')).rejects.toBeInstanceOf(NetworkError);
      expect(emu.requests.filter((r) => r.path === '/account/top-up')).toHaveLength(1);
      expect(topUps()).toBe(1);
    });

    it('resolves a revoke whose first answer was lost and whose retry finds it gone', async () => {
      const created = await acct().secrets.createSecret(apiKey, 'Second2Secret');
      emu.inject({
        method: 'DELETE',
        path: '/accounts/{api_key}/secrets/{secret_id}',
        status: 503,
        commit: true,
      });
      await expect(acct().secrets.deleteSecret(apiKey, created.id)).resolves.toBeUndefined();
      expect(emu.requests.filter((r) => r.method === 'DELETE')).toHaveLength(2);
      expect(secretIds()).not.toContain(created.id);
    });

    it('still rejects an unknown id on the first attempt with NotFoundError', async () => {
      await expect(acct().secrets.deleteSecret(apiKey, 'no-such-id')).rejects.toMatchObject({
        status: 404,
        attempts: 1,
      });
    });

    it('never re-sends a secret creation answered 503', async () => {
      const before = secretIds();
      emu.inject({ method: 'POST', path: '/accounts/{api_key}/secrets', status: 503 });
      await expect(acct().secrets.createSecret(apiKey, 'Second2Secret')).rejects.toBeInstanceOf(
        InternalServerError,
      );
      expect(emu.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
      expect(secretIds()).toEqual(before);
    });
  });
});
