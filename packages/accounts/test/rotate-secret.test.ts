import { describe, expect, it } from '@jest/globals';
import { inspect } from 'node:util';
import { http, HttpResponse as Reply } from 'msw';
import {
  AuthenticationError,
  BadRequestError,
  InternalServerError,
  ParseError,
  RateLimitError,
  ValidationError,
} from '@acct/http';
import { MaximumSecretsError, SecretRotationError, Secrets } from '@acct/accounts';
import {
  API,
  API_KEY,
  BASIC,
  CANARY_SECRET,
  failure,
  recordingServer,
  REST,
} from '../../../test/support/recorder';
import { labelled } from './support/label';

const { server, seen } = recordingServer();

const NEW_SECRET = 'NewSecret2025';
const NEW_BASIC = `Basic ${Buffer.from(`${API_KEY}:${NEW_SECRET}`).toString('base64')}`;
const OLD = 'old-1';
const NEW = 'new-1';

const secrets = () =>
  new Secrets(
    { apiKey: API_KEY, apiSecret: CANARY_SECRET },
    { restHost: REST, apiHost: API, retry: { retries: 1, baseDelay: 1, maxBackoff: 1 } },
  );

const info = (id: string) => ({
  _links: { self: { href: `/accounts/${API_KEY}/secrets/${id}` } },
  id,
  created_at: '2018-12-03T10:07:23Z',
});

/** A small stateful secrets API: `ids` live, the balance accepts `accepts` Basic headers. */
function account(
  ids: string[],
  opts: {
    newAuthenticates?: boolean;
    deleteFails?: string[];
    /** Answer the create with this instead of 201; `commits` says whether it created first. */
    createReply?: { reply: () => Response; commits: boolean };
    /** Lists fail after the first one. */
    listFailsLater?: boolean;
  } = {},
) {
  const state = { ids: [...ids], lists: 0 };
  server.use(
    http.get(`${API}/accounts/${API_KEY}/secrets`, () =>
      ++state.lists > 1 && opts.listFailsLater
        ? Reply.json({}, { status: 404 })
        : Reply.json({
            _links: { self: { href: `/accounts/${API_KEY}/secrets` } },
            _embedded: { secrets: state.ids.map(info) },
          }),
    ),
    http.post(`${API}/accounts/${API_KEY}/secrets`, () => {
      if (!opts.createReply || opts.createReply.commits) state.ids.push(NEW);
      return opts.createReply ? opts.createReply.reply() : Reply.json(info(NEW), { status: 201 });
    }),
    http.delete(`${API}/accounts/${API_KEY}/secrets/:id`, ({ params }) => {
      if (opts.deleteFails?.includes(params.id as string)) return Reply.json({}, { status: 500 });
      state.ids = state.ids.filter((id) => id !== params.id);
      return new Reply(null, { status: 204 });
    }),
    http.get(`${REST}/account/get-balance`, ({ request }) =>
      request.headers.get('authorization') === NEW_BASIC && opts.newAuthenticates !== false
        ? Reply.json({ value: 1, autoReload: false })
        : Reply.json(
            { 'error-code': '401', 'error-code-label': 'authentication failed' },
            { status: 401 },
          ),
    ),
  );
  return state;
}

const calls = () => seen.map((s) => `${s.method} ${new URL(s.url).pathname}`);

describe('Secrets.rotateSecret', () => {
  it("creates, proves with the new secret, keeps the old one by default (revoke: 'none')", async () => {
    const state = account([OLD]);
    await expect(secrets().rotateSecret(API_KEY, NEW_SECRET)).resolves.toEqual({
      created: info(NEW),
      revoked: [],
    });
    expect(state.ids).toEqual([OLD, NEW]);
    expect(calls()).toEqual([
      `GET /accounts/${API_KEY}/secrets`,
      `POST /accounts/${API_KEY}/secrets`,
      'GET /account/get-balance',
    ]);
    expect(seen[0]!.headers.authorization).toBe(BASIC);
    expect(seen[1]!.body).toBe(JSON.stringify({ secret: NEW_SECRET }));
    expect(seen[2]!.headers.authorization).toBe(NEW_BASIC);
  });

  it("revokes the previous secrets with revoke: 'previous'", async () => {
    const state = account([OLD]);
    await expect(
      secrets().rotateSecret(API_KEY, NEW_SECRET, { revoke: 'previous' }),
    ).resolves.toEqual({ created: info(NEW), revoked: [OLD] });
    expect(state.ids).toEqual([NEW]);
    expect(calls().at(-1)).toBe(`DELETE /accounts/${API_KEY}/secrets/${OLD}`);
  });

  it('refuses, changing nothing, when the key already holds two secrets', async () => {
    const state = account([OLD, 'old-2']);
    const err = await failure(secrets().rotateSecret(API_KEY, NEW_SECRET));
    expect(err).toBeInstanceOf(MaximumSecretsError);
    expect(err).toMatchObject({
      code: 'ACCT_MAXIMUM_SECRETS',
      apiKey: API_KEY,
      secretIds: [OLD, 'old-2'],
      message:
        `[@acct/accounts] API key ${API_KEY} already has 2 secrets (old-1, old-2), the maximum: ` +
        'delete one with deleteSecret() before rotating',
    });
    expect(JSON.parse(JSON.stringify(err))).toEqual({
      name: 'MaximumSecretsError',
      code: 'ACCT_MAXIMUM_SECRETS',
      message: err.message,
      apiKey: API_KEY,
      secretIds: [OLD, 'old-2'],
    });
    expect(state.ids).toEqual([OLD, 'old-2']);
    expect(calls()).toEqual([`GET /accounts/${API_KEY}/secrets`]);
  });

  it('deletes the new secret again and rejects when it does not authenticate', async () => {
    const state = account([OLD], { newAuthenticates: false });
    const err = await failure(secrets().rotateSecret(API_KEY, NEW_SECRET, { revoke: 'previous' }));
    expect(err).toBeInstanceOf(SecretRotationError);
    expect(err).toMatchObject({
      code: 'ACCT_SECRET_ROTATION',
      stage: 'verify',
      createdId: NEW,
      rolledBack: true,
      revoked: [],
      message:
        `[@acct/accounts] rotating the secret of ${API_KEY} failed: the new secret did not ` +
        'authenticate, so it was deleted again (see cause)',
    });
    expect(err.cause).toBeInstanceOf(AuthenticationError);
    expect(state.ids).toEqual([OLD]);
    expect(calls().at(-1)).toBe(`DELETE /accounts/${API_KEY}/secrets/${NEW}`);
  });

  it('never shows the old or the new secret in any rendering of its errors', async () => {
    const failures = [];
    account([OLD], { newAuthenticates: false });
    failures.push(await failure(secrets().rotateSecret(API_KEY, NEW_SECRET)));
    account([OLD], {
      createReply: { reply: () => new Reply(null, { status: 201 }), commits: true },
    });
    failures.push(await failure(secrets().rotateSecret(API_KEY, NEW_SECRET)));
    account([OLD], { deleteFails: [OLD] });
    failures.push(
      await failure(secrets().rotateSecret(API_KEY, NEW_SECRET, { revoke: 'previous' })),
    );
    expect(failures.map((e) => (e as { stage?: string }).stage)).toEqual([
      'verify',
      'create',
      'revoke',
    ]);
    for (const err of failures) {
      for (const text of [
        err.message,
        String(err),
        err.stack,
        inspect(err, { depth: 10 }),
        JSON.stringify(err),
      ]) {
        expect(text).not.toContain(CANARY_SECRET);
        expect(text).not.toContain(NEW_SECRET);
        expect(text).not.toContain(BASIC.slice(6));
        expect(text).not.toContain(NEW_BASIC.slice(6));
      }
    }
  });

  it('says so when the rollback itself fails', async () => {
    const state = account([OLD], { newAuthenticates: false, deleteFails: [NEW] });
    const err = await failure(secrets().rotateSecret(API_KEY, NEW_SECRET));
    expect(err).toMatchObject({ stage: 'verify', createdId: NEW, rolledBack: false });
    expect(err.message).toBe(
      `[@acct/accounts] rotating the secret of ${API_KEY} failed: the new secret did not ` +
        `authenticate and deleting it failed: delete secret ${NEW} with deleteSecret() (see cause)`,
    );
    expect(state.ids).toEqual([OLD, NEW]);
  });

  it('reports a failed revocation with what was revoked', async () => {
    account([OLD], { deleteFails: [OLD] });
    const err = await failure(secrets().rotateSecret(API_KEY, NEW_SECRET, { revoke: 'previous' }));
    expect(err).toBeInstanceOf(SecretRotationError);
    expect(err).toMatchObject({ stage: 'revoke', createdId: NEW, rolledBack: false, revoked: [] });
    expect(err.cause).toBeInstanceOf(InternalServerError);
    expect(err.message).toBe(
      `[@acct/accounts] rotating the secret of ${API_KEY} failed while revoking previous secrets: ` +
        `the new secret ${NEW} works; revoked so far: []; delete the rest with deleteSecret()`,
    );
    expect(JSON.parse(JSON.stringify(err))).toEqual({
      name: 'SecretRotationError',
      code: 'ACCT_SECRET_ROTATION',
      message: err.message,
      apiKey: API_KEY,
      stage: 'revoke',
      createdId: NEW,
      rolledBack: false,
      revoked: [],
    });
  });

  describe('when the create is answered without the secret (a 2xx without its JSON)', () => {
    const LOST = `[@acct/accounts] rotating the secret of ${API_KEY} failed: the answer to creating the new secret was unreadable (see cause)`;
    const empty201 = () => new Reply(null, { status: 201 });

    it.each([
      ['a 201 without a body', empty201],
      [
        'a 200 with an HTML page',
        () => Reply.text('<p>ok</p>', { headers: { 'content-type': 'text/html' } }),
      ],
    ])(
      '%s: lists again and deletes the new secret (no half-done rotation)',
      async (_what, reply) => {
        const state = account([OLD], { createReply: { reply, commits: true } });
        const err = await failure(
          secrets().rotateSecret(API_KEY, NEW_SECRET, { revoke: 'previous' }),
        );
        expect(err).toBeInstanceOf(SecretRotationError);
        expect(err).toMatchObject({
          stage: 'create',
          createdId: NEW,
          rolledBack: true,
          revoked: [],
        });
        expect(err.message).toBe(
          `${LOST}; the secret it created was deleted again: nothing changed`,
        );
        expect(err.cause).toBeInstanceOf(ParseError);
        expect(state.ids).toEqual([OLD]);
        expect(calls()).toEqual([
          `GET /accounts/${API_KEY}/secrets`,
          `POST /accounts/${API_KEY}/secrets`,
          `GET /accounts/${API_KEY}/secrets`,
          `DELETE /accounts/${API_KEY}/secrets/${NEW}`,
        ]);
      },
    );

    it('rethrows the ParseError when the list shows nothing was created', async () => {
      const state = account([OLD], { createReply: { reply: empty201, commits: false } });
      const err = await failure(secrets().rotateSecret(API_KEY, NEW_SECRET));
      expect(err).toBeInstanceOf(ParseError);
      expect(state.ids).toEqual([OLD]);
    });

    it('says which secret to delete when deleting it fails', async () => {
      const state = account([OLD], {
        createReply: { reply: empty201, commits: true },
        deleteFails: [NEW],
      });
      const err = await failure(secrets().rotateSecret(API_KEY, NEW_SECRET));
      expect(err).toMatchObject({ stage: 'create', createdId: NEW, rolledBack: false });
      expect(err.message).toBe(
        `${LOST} and deleting the secret it created failed: delete secret ${NEW} with deleteSecret()`,
      );
      expect(state.ids).toEqual([OLD, NEW]);
    });

    it('says to list the secrets when they cannot be listed again', async () => {
      account([OLD], { createReply: { reply: empty201, commits: true }, listFailsLater: true });
      const err = await failure(secrets().rotateSecret(API_KEY, NEW_SECRET));
      expect(err).toMatchObject({ stage: 'create', createdId: '', rolledBack: false });
      expect(err.message).toBe(
        `${LOST} and the secrets could not be listed: list them with listSecrets() and delete ` +
          'the one you did not have before',
      );
    });

    it.each([
      ['a 400 (refused: nothing created)', 400, BadRequestError],
      ['a 503 (outcome unknown: left to the caller)', 503, InternalServerError],
      ['a 429 (outcome unknown: left to the caller)', 429, RateLimitError],
    ])('rethrows %s as it is, without listing again', async (_what, status, errorClass) => {
      account([OLD], {
        createReply: { reply: () => Reply.json({}, { status }), commits: false },
      });
      await expect(secrets().rotateSecret(API_KEY, NEW_SECRET)).rejects.toBeInstanceOf(errorClass);
      expect(calls()).toEqual([
        `GET /accounts/${API_KEY}/secrets`,
        `POST /accounts/${API_KEY}/secrets`,
      ]);
    });
  });

  it('rejects a list without _embedded.secrets with ParseError, changing nothing', async () => {
    server.use(http.get(`${API}/accounts/${API_KEY}/secrets`, () => Reply.json({ _links: {} })));
    const err = await failure(secrets().rotateSecret(API_KEY, NEW_SECRET));
    expect(err).toBeInstanceOf(ParseError);
    expect(err.message).toBe(
      '[@acct/accounts] the list of secrets has no _embedded.secrets array: check that apiHost ' +
        'points at the Account API',
    );
    expect(calls()).toEqual([`GET /accounts/${API_KEY}/secrets`]);
  });

  it('validates the secret before any request', async () => {
    const weak = await failure(secrets().rotateSecret(API_KEY, 'weak'));
    expect(weak).toBeInstanceOf(ValidationError);
    expect(weak.message).toMatch(/^\[@acct\/accounts\] secret does not meet the rules: /);
    const crlf = await failure(secrets().rotateSecret(API_KEY, 'Abcd1234\r\n'));
    expect(crlf.invalidParameters).toEqual([
      {
        name: 'secret',
        reason:
          'must contain only visible ASCII characters (U+0021 to U+007E): no space, control ' +
          'character or non-ASCII character',
      },
    ]);
    expect(seen).toHaveLength(0);
  });

  it.each(
    labelled<[unknown, string]>([
      [
        { revoke: 'all' },
        "[@acct/accounts] options are invalid: revoke must be 'none' or 'previous' (the default is 'none')",
      ],
      [
        'previous',
        '[@acct/accounts] options must be a plain object such as { revoke: ... }, got a string of 8 characters',
      ],
      [
        { revoked: 'previous' },
        '[@acct/accounts] options has an unknown option "revoked": did you mean "revoke"?',
      ],
      [
        new Map([['revoke', 'previous']]),
        '[@acct/accounts] options must be a plain object such as { revoke: ... }, got an instance of Map',
      ],
      [null, '[@acct/accounts] options must be a plain object such as { revoke: ... }, got null'],
    ]),
  )(
    "rejects the options %s before any request (issue 13: rotateSecret(key, secret, 'previous'))",
    async (_label, options, message) => {
      const err = await failure(secrets().rotateSecret(API_KEY, NEW_SECRET, options as never));
      expect(err).toBeInstanceOf(ValidationError);
      expect(err.message).toBe(message);
      expect(seen).toHaveLength(0);
    },
  );

  it("treats options left out or undefined as { revoke: 'none' }", async () => {
    const state = account([OLD]);
    await expect(secrets().rotateSecret(API_KEY, NEW_SECRET, undefined)).resolves.toEqual({
      created: info(NEW),
      revoked: [],
    });
    expect(state.ids).toEqual([OLD, NEW]);
  });
});
