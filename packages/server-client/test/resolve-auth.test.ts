import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { Auth, InvalidApiKeyError, MissingApiKeyError } from '@acct/auth';
import { ValidationError } from '@acct/http';
import { resolveAuth } from '@acct/server-client';

const basic = (key: string, secret: string) =>
  `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`;

describe('resolveAuth', () => {
  const saved = { key: process.env.ACCT_API_KEY, secret: process.env.ACCT_API_SECRET };
  const restore = (name: string, value: string | undefined) => {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  };
  beforeEach(() => {
    delete process.env.ACCT_API_KEY;
    delete process.env.ACCT_API_SECRET;
  });
  afterEach(() => {
    restore('ACCT_API_KEY', saved.key);
    restore('ACCT_API_SECRET', saved.secret);
  });

  it('uses an AuthInterface as it is', () => {
    const auth = new Auth({ apiKey: 'abcd1234', apiSecret: 'Abcdef123456' });
    expect(resolveAuth(auth)).toBe(auth);
  });

  it('fills apiKey and apiSecret from the environment, read when called', async () => {
    process.env.ACCT_API_KEY = 'envkey12';
    process.env.ACCT_API_SECRET = 'EnvSecret123';
    const auth = resolveAuth();
    process.env.ACCT_API_KEY = 'later999';
    await expect(auth.createBasicHeader()).resolves.toBe(basic('envkey12', 'EnvSecret123'));
  });

  it('lets explicit values win, one by one', async () => {
    process.env.ACCT_API_KEY = 'envkey12';
    process.env.ACCT_API_SECRET = 'EnvSecret123';
    await expect(resolveAuth({ apiKey: 'given123' }).createBasicHeader()).resolves.toBe(
      basic('given123', 'EnvSecret123'),
    );
  });

  it('treats an empty variable as unset', async () => {
    process.env.ACCT_API_KEY = '';
    await expect(
      resolveAuth({ apiSecret: 'Abcdef123456' }).createBasicHeader(),
    ).rejects.toBeInstanceOf(MissingApiKeyError);
  });

  it('passes anything else to Auth, whose first call names the problem', async () => {
    process.env.ACCT_API_KEY = 'envkey12';
    await expect(
      resolveAuth({
        apiKey: 1234 as unknown as string,
        apiSecret: 'Abcdef123456',
      }).createBasicHeader(),
    ).rejects.toBeInstanceOf(InvalidApiKeyError);
  });

  it('never throws for credentials whose getters throw: the first call rejects, typed', async () => {
    const hostile = {
      get apiKey(): string {
        throw new Error('Canary9Zebra7Secret');
      },
      apiSecret: 'Abcdef123456',
    };
    const auth = resolveAuth(hostile);
    const err: unknown = await auth.createBasicHeader().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect(String(err)).not.toContain('Canary9Zebra7Secret');
  });
});
