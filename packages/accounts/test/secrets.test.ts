import { describe, expect, it } from '@jest/globals';
import { http, HttpResponse as Reply } from 'msw';
import {
  BadRequestError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  ValidationError,
} from '@acct/http';
import { Secrets } from '@acct/accounts';
import {
  API,
  API_KEY,
  BASIC,
  CANARY_SECRET,
  failure,
  pick,
  recordingServer,
  REST,
  UA,
} from '../../../test/support/recorder';
import { labelled } from './support/label';

const { server, seen } = recordingServer();

const secrets = () =>
  new Secrets(
    { apiKey: API_KEY, apiSecret: CANARY_SECRET },
    { restHost: REST, apiHost: API, retry: { retries: 2, baseDelay: 1, maxBackoff: 1 } },
  );

const ID = '01234567-aaaa-bbbb-cccc-defdefdefdef';
const secretInfo = (key: string, id: string) => ({
  _links: { self: { href: `/accounts/${key}/secrets/${id}` } },
  id,
  created_at: '2018-12-03T10:07:23Z',
});
const list = (key: string, ids: string[]) => ({
  _links: { self: { href: `/accounts/${key}/secrets` } },
  _embedded: { secrets: ids.map((id) => secretInfo(key, id)) },
});

const JSON_HEADERS = (contentType: string | undefined) => ({
  authorization: BASIC,
  accept: 'application/json',
  'content-type': contentType,
  'user-agent': UA,
});

describe('Secrets', () => {
  it('listSecrets sends GET /accounts/{key}/secrets on the API host', async () => {
    server.use(
      http.get(`${API}/accounts/${API_KEY}/secrets`, () => Reply.json(list(API_KEY, [ID]))),
    );
    await expect(secrets().listSecrets(API_KEY)).resolves.toEqual(list(API_KEY, [ID]));
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      method: 'GET',
      url: `${API}/accounts/${API_KEY}/secrets`,
      query: {},
      body: '',
    });
    expect(pick(seen[0]!.headers)).toEqual(JSON_HEADERS(undefined));
  });

  it('getSecret sends GET /accounts/{key}/secrets/{id}', async () => {
    server.use(
      http.get(`${API}/accounts/${API_KEY}/secrets/${ID}`, () =>
        Reply.json(secretInfo(API_KEY, ID)),
      ),
    );
    await expect(secrets().getSecret(API_KEY, ID)).resolves.toEqual(secretInfo(API_KEY, ID));
    expect(seen[0]).toMatchObject({
      method: 'GET',
      url: `${API}/accounts/${API_KEY}/secrets/${ID}`,
    });
    expect(pick(seen[0]!.headers)).toEqual(JSON_HEADERS(undefined));
  });

  it('createSecret sends JSON {secret} and resolves the 201 body', async () => {
    server.use(
      http.post(`${API}/accounts/sub-key/secrets`, () =>
        Reply.json(secretInfo('sub-key', ID), { status: 201 }),
      ),
    );
    await expect(secrets().createSecret('sub-key', 'NewSecret2025')).resolves.toEqual(
      secretInfo('sub-key', ID),
    );
    expect(seen[0]).toMatchObject({
      method: 'POST',
      url: `${API}/accounts/sub-key/secrets`,
      body: '{"secret":"NewSecret2025"}',
    });
    expect(pick(seen[0]!.headers)).toEqual(JSON_HEADERS('application/json'));
  });

  it('deleteSecret sends DELETE and resolves undefined on 204', async () => {
    server.use(
      http.delete(
        `${API}/accounts/${API_KEY}/secrets/${ID}`,
        () => new Reply(null, { status: 204 }),
      ),
    );
    await expect(secrets().deleteSecret(API_KEY, ID)).resolves.toBeUndefined();
    expect(seen[0]).toMatchObject({ method: 'DELETE', body: '' });
    expect(pick(seen[0]!.headers)).toEqual(JSON_HEADERS(undefined));
  });

  it('deleteSecret resolves a 404 on a retry: the lost first attempt revoked it', async () => {
    let calls = 0;
    server.use(
      http.delete(`${API}/accounts/${API_KEY}/secrets/${ID}`, () =>
        ++calls === 1
          ? Reply.json({}, { status: 503 })
          : Reply.json({ title: 'Invalid ID' }, { status: 404 }),
      ),
    );
    await expect(secrets().deleteSecret(API_KEY, ID)).resolves.toBeUndefined();
    expect(seen.map((s) => s.method)).toEqual(['DELETE', 'DELETE']);
  });

  it('deleteSecret rejects a 404 on the first attempt with NotFoundError', async () => {
    server.use(
      http.delete(`${API}/accounts/${API_KEY}/secrets/${ID}`, () =>
        Reply.json({ title: 'Invalid ID' }, { status: 404 }),
      ),
    );
    await expect(secrets().deleteSecret(API_KEY, ID)).rejects.toBeInstanceOf(NotFoundError);
    expect(seen).toHaveLength(1);
  });

  it('URI-encodes every path segment', async () => {
    server.use(http.get(`${API}/*`, () => Reply.json(secretInfo('x', 'y'))));
    await secrets().getSecret('a.b_c-D9', '../x?y#z%2e/');
    expect(seen[0]!.url).toBe(`${API}/accounts/a.b_c-D9/secrets/..%2Fx%3Fy%23z%252e%2F`);
  });

  it('retries a 503 on a GET, never on a create', async () => {
    let calls = 0;
    server.use(
      http.get(`${API}/accounts/${API_KEY}/secrets`, () =>
        ++calls === 1 ? Reply.json({}, { status: 503 }) : Reply.json(list(API_KEY, [])),
      ),
      http.post(`${API}/accounts/${API_KEY}/secrets`, () => Reply.json({}, { status: 503 })),
    );
    await secrets().listSecrets(API_KEY);
    expect(seen).toHaveLength(2);
    seen.length = 0;
    await expect(secrets().createSecret(API_KEY, 'NewSecret2025')).rejects.toBeInstanceOf(
      InternalServerError,
    );
    expect(seen).toHaveLength(1);
  });

  it('lifts problem JSON onto the error (detail, invalidParameters)', async () => {
    server.use(
      http.post(`${API}/accounts/${API_KEY}/secrets`, () =>
        Reply.json(
          {
            type: 'https://developer.nexmo.com/api-errors/account/secret-management#validation',
            title: 'Bad Request',
            detail: 'The request failed due to secret validation errors',
            instance: 'bf0ca0bf927b3b52e3cb03217e1a1ddf',
            invalid_parameters: [
              { name: 'secret', reason: 'Does not meet complexity requirements' },
            ],
          },
          { status: 400, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
    const err = await failure(secrets().createSecret(API_KEY, 'NewSecret2025'));
    expect(err).toBeInstanceOf(BadRequestError);
    expect(err).toMatchObject({
      status: 400,
      title: 'Bad Request',
      detail: 'The request failed due to secret validation errors',
      instance: 'bf0ca0bf927b3b52e3cb03217e1a1ddf',
      requestId: 'bf0ca0bf927b3b52e3cb03217e1a1ddf',
      invalidParameters: [{ name: 'secret', reason: 'Does not meet complexity requirements' }],
      message: '400 Bad Request: The request failed due to secret validation errors',
    });
  });

  it('rejects the last secret deletion with PermissionDeniedError', async () => {
    server.use(
      http.delete(`${API}/accounts/${API_KEY}/secrets/${ID}`, () =>
        Reply.json(
          { title: 'Secret Deletion Forbidden', detail: 'Can not delete the last secret' },
          { status: 403, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
    const err = await failure(secrets().deleteSecret(API_KEY, ID));
    expect(err).toBeInstanceOf(PermissionDeniedError);
    expect(err.detail).toBe('Can not delete the last secret');
  });

  describe('bad input, before any request', () => {
    const ASCII =
      'must contain only visible ASCII characters (U+0021 to U+007E): no space, control ' +
      'character or non-ASCII character';
    it.each(
      labelled<[unknown, string[]]>([
        ['Sh0rt', ['must be 8 to 25 characters long']],
        [
          'abcdefghijk',
          [
            'must contain at least one upper case letter (A-Z)',
            'must contain at least one digit (0-9)',
          ],
        ],
        ['ABCDEFGH12', ['must contain at least one lower case letter (a-z)']],
        ['Abcdefgh123456789012345678', ['must be 8 to 25 characters long']],
        [12345678, ['must be a string, got a number']],
        ['Abcd1234\r\n', [ASCII]],
        ['Abcd\r\n1234', [ASCII]],
        [' Abcd1234', [ASCII]],
        ['Abcd1234\u0000', [ASCII]],
        ['Abcdef1\ud800', [ASCII]],
        ['Abcdefgh1É', [ASCII]],
        [`Ab1${'x'.repeat(1024 * 1024)}`, ['must be 8 to 25 characters long']],
      ]),
    )(
      'createSecret rejects %s (issue 13: a secret with CR/LF is never created)',
      async (_label, secret, reasons) => {
        const err = await failure(secrets().createSecret(API_KEY, secret as string));
        expect(err).toBeInstanceOf(ValidationError);
        expect(err.invalidParameters).toEqual(
          reasons.map((reason) => ({ name: 'secret', reason })),
        );
        expect(err.message).toBe(
          `[@acct/accounts] secret does not meet the rules: ${reasons.map((r) => `secret ${r}`).join('; ')}`,
        );
        expect(seen).toHaveLength(0);
      },
    );

    const KEY_PASS = "pass the API key whose secrets to manage, such as 'abcd1234'";
    const KEY_CHARS = (n: number) =>
      `must contain only letters, digits, '.', '_' and '-' (character ${n} is not one)`;
    it.each(
      labelled<[unknown, string]>([
        ['', 'must not be empty'],
        [' ', KEY_CHARS(1)],
        [' abcd1234', KEY_CHARS(1)],
        ['abcd1234\r\n', KEY_CHARS(9)],
        ['abcd\u00001234', KEY_CHARS(5)],
        ['acct-demo:Secret1', KEY_CHARS(10)],
        ['a/b', KEY_CHARS(2)],
        ['clé', KEY_CHARS(3)],
        ['\ud800', KEY_CHARS(1)],
        ['k'.repeat(65), 'must be at most 64 characters, got 65'],
        ['k'.repeat(1024 * 1024), 'must be at most 64 characters, got 1048576'],
        [undefined, 'must be a string, got undefined'],
        [7, 'must be a string, got a number'],
        ['.', "must not be '.' or '..', which would change the path"],
        ['..', "must not be '.' or '..', which would change the path"],
      ]),
    )('rejects apiKey %s in every method (issue 13)', async (_label, apiKey, reason) => {
      const s = secrets();
      for (const call of [
        () => s.listSecrets(apiKey as string),
        () => s.getSecret(apiKey as string, ID),
        () => s.createSecret(apiKey as string, 'NewSecret2025'),
        () => s.deleteSecret(apiKey as string, ID),
        () => s.rotateSecret(apiKey as string, 'NewSecret2025'),
      ]) {
        const err = await failure(call());
        expect(err).toBeInstanceOf(ValidationError);
        expect(err.invalidParameters).toEqual([
          { name: 'apiKey', reason: `${reason}: ${KEY_PASS}` },
        ]);
        expect(err.message).toBe(
          `[@acct/accounts] apiKey is invalid: apiKey ${reason}: ${KEY_PASS}`,
        );
      }
      expect(seen).toHaveLength(0);
    });

    const ID_PASS =
      "pass the secret's id from listSecrets(), such as 'ad6dc56f-07b5-46e1-a527-85530e625800'";
    const ID_CHARS = (n: number) =>
      `must contain only visible ASCII characters (no space, control or non-ASCII character) (character ${n} is not one)`;
    it.each(
      labelled<[unknown, string]>([
        ['', 'must not be empty'],
        [null, 'must be a string, got null'],
        ['.', "must not be '.' or '..', which would change the path"],
        ['..', "must not be '.' or '..', which would change the path"],
        [' ' + ID, ID_CHARS(1)],
        [ID + '\r\n', ID_CHARS(37)],
        ['a\u0000b', ID_CHARS(2)],
        ['i'.repeat(65), 'must be at most 64 characters, got 65'],
        ['i'.repeat(1024 * 1024), 'must be at most 64 characters, got 1048576'],
      ]),
    )('rejects id %s in getSecret and deleteSecret (issue 13)', async (_label, id, reason) => {
      for (const call of [
        () => secrets().deleteSecret(API_KEY, id as string),
        () => secrets().getSecret(API_KEY, id as string),
      ]) {
        const err = await failure(call());
        expect(err).toBeInstanceOf(ValidationError);
        expect(err.invalidParameters).toEqual([{ name: 'id', reason: `${reason}: ${ID_PASS}` }]);
      }
      expect(seen).toHaveLength(0);
    });

    it('accepts a 64-character key and id of the allowed characters', async () => {
      const key = 'aB9._-'.repeat(11).slice(0, 64);
      const id = Array.from({ length: 64 }, (_, i) => String.fromCharCode(0x21 + i)).join('');
      server.use(http.get(`${API}/*`, () => Reply.json(secretInfo('x', 'y'))));
      await secrets().getSecret(key, id);
      expect(seen[0]!.path).toBe(`/accounts/${key}/secrets/${encodeURIComponent(id)}`);
    });
  });

  it('resolves a 404 for an unknown key with NotFoundError', async () => {
    server.use(
      http.get(`${API}/accounts/nobody/secrets`, () =>
        Reply.json(
          { title: 'Invalid API Key', detail: "API key 'nobody' not found" },
          { status: 404, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
    const err = await failure(secrets().listSecrets('nobody'));
    expect(err).toBeInstanceOf(NotFoundError);
    expect(err.message).toBe("404 Invalid API Key: API key 'nobody' not found");
  });
});
