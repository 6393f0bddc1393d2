import { inspect } from 'node:util';
import { describe, expect, it } from '@jest/globals';
import { Emulator, type EmulatorRequest } from '@acct/emulator';
import { basic } from './helpers/http';

const CANARY = 'Canary9Secret';
const seeded = () =>
  new Emulator({ accounts: [{ apiKey: 'k', secrets: [CANARY], autoReload: true }] });
const logText = (emulator: Emulator) =>
  JSON.stringify(emulator.requests) + inspect(emulator.requests, { depth: 10 });
const get = (url: string, headers: EmulatorRequest['headers'] = {}): EmulatorRequest => ({
  method: 'GET',
  url,
  headers,
});
const json = (url: string, body: unknown, authorization?: string): EmulatorRequest => ({
  method: 'POST',
  url,
  headers: {
    'content-type': 'application/json',
    ...(authorization === undefined ? {} : { authorization }),
  },
  body: JSON.stringify(body),
});

describe('the request log redacts by name, following the shared table', () => {
  it('hides x-authorization and apikey, which the name-only list let through', async () => {
    const emulator = seeded();
    await emulator.handle(
      get('/account/get-balance?apikey=k1', {
        'x-authorization': 'Basic a2V5OnNlY3JldA==',
        apikey: 'k1',
        'x-signature': 'abc',
        accept: 'application/json',
      }),
    );
    const [entry] = emulator.requests;
    expect(entry!.headers).toEqual({
      'x-authorization': '[REDACTED]',
      apikey: '[REDACTED]',
      'x-signature': '[REDACTED]',
      accept: 'application/json',
    });
    expect(entry!.query).toEqual({ apikey: '[REDACTED]' });
  });
});

describe('the request log redacts by value', () => {
  it('hides a Basic or Bearer credential in any header', async () => {
    const emulator = seeded();
    await emulator.handle(
      get('/account/get-balance', {
        'x-forwarded-auth': `Basic ${Buffer.from('other:Unknown1Secret').toString('base64')}`,
        'x-note': 'sent with bearer eyJhbGciOi.x.y, retried',
      }),
    );
    expect(emulator.requests[0]!.headers).toEqual({
      'x-forwarded-auth': 'Basic [REDACTED]',
      'x-note': 'sent with bearer [REDACTED], retried',
    });
  });

  it('hides a seeded secret in any header, query field, form field or JSON field', async () => {
    const emulator = seeded();
    await emulator.handle(
      get(`/account/get-balance?note=was%20${CANARY}&${CANARY}=1`, {
        'x-note': `key k secret ${CANARY}`,
        [`x-${CANARY}`]: '1',
      }),
    );
    await emulator.handle({
      method: 'POST',
      url: '/account/top-up',
      headers: {
        authorization: basic('k', CANARY),
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: `trx=${CANARY}-order`,
    });
    await emulator.handle(
      json(
        '/accounts/k/secrets',
        { secret: 'New1Secret', note: [{ deep: `(${CANARY})` }] },
        basic('k', CANARY),
      ),
    );
    expect(logText(emulator)).not.toContain(CANARY);
    const [first, second, third] = emulator.requests;
    // the canary's own name holds "Secret", so its value goes by name too
    expect(first!.query).toEqual({ note: 'was [REDACTED]', '[REDACTED]': '[REDACTED]' });
    expect(first!.headers).toEqual({
      'x-note': 'key k secret [REDACTED]',
      'x-[redacted]': '[REDACTED]',
    });
    expect(second!.body).toBe('trx=%5BREDACTED%5D-order');
    expect(third!.body).toBe('{"secret":"[REDACTED]","note":[{"deep":"([REDACTED])"}]}');
  });

  it('keeps hiding a revoked secret, and hides every secret received in a create request', async () => {
    const emulator = seeded();
    const created = await emulator.handle(
      json('/accounts/k/secrets', { secret: 'Second2Secret' }, basic('k', CANARY)),
    );
    const { id } = JSON.parse(created.body) as { id: string };
    const seededId = emulator.state.accounts.k!.secrets[0]!.id;
    const revoked = await emulator.handle({
      method: 'DELETE',
      url: `/accounts/k/secrets/${seededId}`,
      headers: { authorization: basic('k', 'Second2Secret') },
    });
    expect([revoked.status, id.length]).toEqual([204, 36]);
    // refused by the rules (too short), by someone without credentials: still a secret
    await emulator.handle(json('/accounts/k/secrets', { secret: 'Short1x' }));
    emulator.reset();
    await emulator.handle(
      get('/account/get-balance', { 'x-a': CANARY, 'x-b': 'Second2Secret', 'x-c': 'Short1x!' }),
    );
    expect(emulator.requests[0]!.headers).toEqual({
      'x-a': '[REDACTED]',
      'x-b': '[REDACTED]',
      'x-c': '[REDACTED]!',
    });
  });

  it('hides a secret that holds another known secret, whole', async () => {
    const emulator = new Emulator({
      accounts: [
        { apiKey: 'a', secrets: ['Abc12345'] },
        { apiKey: 'b', secrets: ['xAbc12345y'] },
      ],
    });
    await emulator.handle(get('/account/get-balance', { 'x-a': 'xAbc12345y', 'x-b': 'Abc12345' }));
    expect(emulator.requests[0]!.headers).toEqual({ 'x-a': '[REDACTED]', 'x-b': '[REDACTED]' });
  });

  it('keeps a field named __proto__ as an own field', async () => {
    const emulator = seeded();
    await emulator.handle(get('/account/get-balance?__proto__=x&a=1', { 'x-a': '1' }));
    expect(Object.keys(emulator.requests[0]!.query)).toEqual(['__proto__', 'a']);
  });

  it('never shows the clear secrets it keeps for scrubbing', () => {
    const emulator = seeded();
    expect(inspect(emulator, { depth: 10, showHidden: true })).not.toContain(CANARY);
    expect(JSON.stringify(emulator)).not.toContain(CANARY);
  });
});
