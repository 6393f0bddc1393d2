import { describe, expect, it, jest } from '@jest/globals';
import { inspect } from 'node:util';
import { http, HttpResponse as Reply } from 'msw';
import { AlgorithmTypes, Auth, type AuthInterface } from '@acct/auth';
import {
  ContentType,
  HTTPMethods,
  NotFoundError,
  type HttpOptions,
  type HttpResponse,
} from '@acct/http';
import { AuthenticationType, Client } from '@acct/server-client';
import {
  API_KEY,
  BASIC,
  CANARY_SECRET,
  pick,
  recordingServer,
  REST,
  UA,
} from '../../../test/support/recorder';

const { server, seen } = recordingServer();

/** A client whose auth type a test chooses. */
class TestClient extends Client {
  constructor(type: AuthenticationType, credentials: ConstructorParameters<typeof Client>[0]) {
    super(credentials, { restHost: REST, retry: { retries: 1, baseDelay: 1 } });
    this.authType = type;
  }
  exposedConfig() {
    return this.config;
  }
  exposedAuth() {
    return this.auth;
  }
}

const creds = { apiKey: API_KEY, apiSecret: CANARY_SECRET };
const echo = () =>
  server.use(
    http.all(`${REST}/echo`, () =>
      Reply.json(
        { ok: true },
        { headers: { 'x-ratelimit-remaining': '9', 'x-request-id': 'r-1' } },
      ),
    ),
  );
const request = (over: Partial<HttpOptions> = {}): HttpOptions => ({
  url: `${REST}/echo`,
  method: HTTPMethods.GET,
  headers: { accept: 'application/json' },
  ...over,
});

describe('Client', () => {
  describe('send helpers', () => {
    it('sendGetRequest sends query params and resolves with the real headers', async () => {
      echo();
      const client = new Client(creds, { restHost: REST });
      const res = await client.sendGetRequest<{ ok: boolean }>(`${REST}/echo`, {
        a: 'x y',
        list: [1, 2],
        skip: undefined,
      });
      expect(res.data).toEqual({ ok: true });
      expect(res.status).toBe(200);
      expect(res.headers['x-ratelimit-remaining']).toBe('9');
      expect(res.headers['x-request-id']).toBe('r-1');
      expect(res.headers['content-type']).toBe('application/json');
      expect(res.request).toEqual({
        method: 'GET',
        url: `${REST}/echo?a=x%20y&list=1&list=2`,
        headers: {
          accept: 'application/json',
          'user-agent': UA,
          authorization: '[REDACTED]',
        },
      });
      expect(seen[0]!.url).toBe(`${REST}/echo?a=x%20y&list=1&list=2`);
      expect(pick(seen[0]!.headers)).toEqual({
        authorization: BASIC,
        accept: 'application/json',
        'content-type': undefined,
        'user-agent': UA,
      });
    });

    it.each([
      ['sendPostRequest', 'POST'],
      ['sendPutRequest', 'PUT'],
      ['sendPatchRequest', 'PATCH'],
    ] as const)('%s sends a JSON body without undefined fields', async (name, method) => {
      echo();
      const client = new Client(creds, { restHost: REST });
      const payload = { secret: 'x', nested: { a: 1 }, gone: undefined };
      await client[name](`${REST}/echo`, payload);
      expect(seen[0]).toMatchObject({ method, body: '{"secret":"x","nested":{"a":1}}' });
      expect(seen[0]!.headers['content-type']).toBe('application/json');
      expect(payload).toEqual({ secret: 'x', nested: { a: 1 }, gone: undefined });
    });

    it('sendPostRequest without payload sends no body', async () => {
      echo();
      await new Client(creds).sendPostRequest(`${REST}/echo`);
      expect(seen[0]).toMatchObject({ method: 'POST', body: '' });
      expect(seen[0]!.headers['content-type']).toBeUndefined();
    });

    it('sendFormSubmitRequest sends a form, keeping empty strings', async () => {
      echo();
      await new Client(creds).sendFormSubmitRequest(`${REST}/echo`, {
        a: '',
        b: 'x&y',
        c: undefined,
        d: 3,
      });
      expect(seen[0]).toMatchObject({ method: 'POST', body: 'a=&b=x%26y&d=3' });
      expect(seen[0]!.headers['content-type']).toBe(ContentType.FORM_URLENCODED);
    });

    it('sendDeleteRequest resolves a 204 with data null and config the redacted request', async () => {
      server.use(http.delete(`${REST}/echo`, () => new Reply(null, { status: 204 })));
      const res = await new Client(creds).sendDeleteRequest(`${REST}/echo`);
      expect(res.status).toBe(204);
      expect(res.data).toBeNull();
      expect(res.config).toBe(res.request);
      expect(res.config.headers.authorization).toBe('[REDACTED]');
      expect(seen[0]).toMatchObject({ method: 'DELETE', body: '' });
    });

    it('sendRequestWithData takes a method name', async () => {
      echo();
      await new Client(creds).sendRequestWithData('PUT', `${REST}/echo`, [1, 2]);
      expect(seen[0]).toMatchObject({ method: 'PUT', body: '[1,2]' });
    });

    it('sendRequest hands the response to an overriding parseResponse', async () => {
      echo();
      class Reshaping extends Client {
        protected override parseResponse<T>(response: HttpResponse<T>): HttpResponse<T> {
          return { ...response, data: { reshaped: response.data } as T };
        }
      }
      const res = await new Reshaping(creds).sendGetRequest(`${REST}/echo`);
      expect(res.data).toEqual({ reshaped: { ok: true } });
      expect(res.status).toBe(200);
    });

    it('sendRequest rejects (never throws) when preparing the request throws', async () => {
      const failure = new Error('bad request');
      class Failing extends Client {
        protected override prepareRequest(): HttpOptions {
          throw failure;
        }
      }
      const sent = new Failing(creds).sendGetRequest(`${REST}/echo`);
      await expect(sent).rejects.toBe(failure);
      expect(seen).toEqual([]);
    });

    it('rejects with the status error of @acct/http', async () => {
      server.use(
        http.get(`${REST}/echo`, () =>
          Reply.json(
            {
              type: 'https://example.com/e',
              title: 'Invalid ID',
              detail: "ID 'x' could not be found",
              instance: 'i-1',
            },
            { status: 404, headers: { 'content-type': 'application/problem+json' } },
          ),
        ),
      );
      const err = await new Client(creds).sendGetRequest(`${REST}/echo`).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(NotFoundError);
      expect(err).toMatchObject({
        message: "404 Invalid ID: ID 'x' could not be found",
        detail: "ID 'x' could not be found",
        requestId: 'i-1',
      });
    });

    it('applies per-call timeout through to the transport', async () => {
      const fetch = jest.fn(async () => ({
        status: 200,
        statusText: 'OK',
        headers: new Headers({ 'content-type': 'application/json' }),
        text: async () => '{}',
      }));
      const client = new Client(creds, { fetch });
      await client.sendGetRequest('https://h.test/x', undefined, { timeout: 5 });
      expect(fetch).toHaveBeenCalledTimes(1);
    });
  });

  describe('addAuthenticationToRequest', () => {
    it('BASIC sets the Authorization header, never mutating the request', async () => {
      const req = request();
      const out = await new TestClient(AuthenticationType.BASIC, creds).addAuthenticationToRequest(
        req,
      );
      expect(out.headers).toEqual({ accept: 'application/json', authorization: BASIC });
      expect(req.headers).toEqual({ accept: 'application/json' });
    });

    it('JWT sets a Bearer header from the auth', async () => {
      const auth = fakeAuth();
      const out = await new TestClient(AuthenticationType.JWT, auth).addAuthenticationToRequest(
        request(),
      );
      expect(out.headers?.authorization).toBe('Bearer jwt-1');
    });

    it.each([AuthenticationType.QUERY_KEY_SECRET, AuthenticationType.KEY_SECRET])(
      '%s sends Authorization: Basic, never the secret in the query or the body',
      async (type) => {
        const client = new TestClient(type, creds);
        for (const req of [
          request({ params: { a: '1' } }),
          request({ method: HTTPMethods.POST, params: { a: '1' }, data: { b: 2 } }),
          request({
            method: HTTPMethods.POST,
            data: { trx: 't' },
            type: ContentType.FORM_URLENCODED,
          }),
        ]) {
          const out = await client.addAuthenticationToRequest(req);
          expect(out.headers?.authorization).toBe(BASIC);
          expect(out.params).toEqual(req.params);
          expect(out.data).toEqual(req.data);
        }
        server.use(http.post(`${REST}/echo`, () => Reply.json({ ok: true })));
        await client.sendFormSubmitRequest(`${REST}/echo`, { trx: 't' });
        expect(seen[0]?.url).toBe(`${REST}/echo`);
        expect(seen[0]?.body).toBe('trx=t');
        expect(seen[0]?.headers.authorization).toBe(BASIC);
      },
    );

    it('SIGNATURE signs the query on GET and the body on POST', async () => {
      const auth = new Auth({
        apiKey: API_KEY,
        signature: { secret: CANARY_SECRET, algorithm: AlgorithmTypes.md5hash },
        now: () => 1_700_000_000_000,
      });
      const client = new TestClient(AuthenticationType.SIGNATURE, auth);
      const get = await client.addAuthenticationToRequest(request({ params: { a: '1' } }));
      const expected = await auth.createSignatureHash({ a: '1' });
      expect(get.params).toEqual(expected);
      expect(get.params).toMatchObject({ api_key: API_KEY, timestamp: '1700000000' });
      const post = await client.addAuthenticationToRequest(
        request({ method: HTTPMethods.POST, data: { b: '2' }, type: ContentType.FORM_URLENCODED }),
      );
      expect(post.data).toEqual(await auth.createSignatureHash({ b: '2' }));
      const empty = await client.addAuthenticationToRequest(
        request({ method: HTTPMethods.DELETE }),
      );
      expect(empty.params).toEqual(await auth.createSignatureHash({}));
    });

    it('authenticates every attempt afresh', async () => {
      let n = 0;
      const auth = { ...fakeAuth(), createBasicHeader: async () => `Basic attempt-${++n}` };
      server.use(
        http.get(`${REST}/flaky`, () =>
          n === 1 ? Reply.json({}, { status: 503 }) : Reply.json({ ok: 1 }),
        ),
      );
      const client = new TestClient(AuthenticationType.BASIC, auth);
      await client.sendGetRequest(`${REST}/flaky`);
      expect(seen.map((s) => s.headers.authorization)).toEqual([
        'Basic attempt-1',
        'Basic attempt-2',
      ]);
    });
  });

  describe('config', () => {
    it('getConfig returns a copy of the resolved config, without any credential', () => {
      const client = new TestClient(AuthenticationType.BASIC, creds);
      const config = client.getConfig();
      expect(config).not.toBe(client.exposedConfig());
      expect(config).toEqual(client.exposedConfig());
      expect(config.agent).toBeUndefined();
      expect(JSON.stringify(config)).not.toContain(CANARY_SECRET);
    });

    it('passes an injected agent to the transport', async () => {
      const agents: unknown[] = [];
      const agent = { keepAlive: true };
      const fetch = async (_url: string, init: { agent?: unknown }) => {
        agents.push(init.agent);
        return new Response('{}', { headers: { 'content-type': 'application/json' } });
      };
      await new Client(creds, { agent, fetch }).sendGetRequest(`${REST}/echo`);
      expect(agents).toEqual([agent]);
    });

    it('uses an AuthInterface as is, and builds an Auth from params', () => {
      const auth = fakeAuth();
      expect(new TestClient(AuthenticationType.BASIC, auth).exposedAuth()).toBe(auth);
      expect(new TestClient(AuthenticationType.BASIC, creds).exposedAuth()).toBeInstanceOf(Auth);
    });

    it('defaults to Basic auth', async () => {
      const out = await new Client(creds).addAuthenticationToRequest(request());
      expect(out.headers?.authorization).toBe(BASIC);
    });
  });

  describe('never shows a credential', () => {
    it('in util.inspect and JSON.stringify', () => {
      const client = new TestClient(AuthenticationType.BASIC, creds);
      const shown = inspect(client, { depth: 10, showHidden: true });
      expect(shown).toBe(
        "TestClient {\n  authType: 'basic',\n  config: {\n    restHost: 'https://rest.test',\n" +
          "    apiHost: 'https://api.nexmo.com',\n    timeout: 10000,\n    deadline: 60000,\n" +
          `    retry: {\n      retries: 1,\n      baseDelay: 1,\n      maxBackoff: 5000,\n      maxRetryAfter: 60000,\n      methods: [ 'GET', 'HEAD', 'DELETE', 'OPTIONS', [length]: 4 ],\n      statuses: [ 408, 429, 500, 502, 503, 504, [length]: 6 ]\n    },\n    userAgent: '${UA}'\n  }\n}`,
      );
      expect(JSON.parse(JSON.stringify(client))).toEqual({
        client: 'TestClient',
        authType: 'basic',
        config: {
          restHost: 'https://rest.test',
          apiHost: 'https://api.nexmo.com',
          timeout: 10000,
          deadline: 60000,
          retry: {
            retries: 1,
            baseDelay: 1,
            maxBackoff: 5000,
            maxRetryAfter: 60000,
            methods: ['GET', 'HEAD', 'DELETE', 'OPTIONS'],
            statuses: [408, 429, 500, 502, 503, 504],
          },
          userAgent: UA,
        },
      });
      expect(
        `${inspect(client)}${JSON.stringify(client)}${String(Object.keys(client))}`,
      ).not.toContain(CANARY_SECRET);
    });
  });
});

function fakeAuth(): AuthInterface {
  return {
    getQueryParams: async <T extends object>(params?: T) =>
      ({ ...params, api_key: 'k', api_secret: 's' }) as T & { api_key: string; api_secret: string },
    createBasicHeader: async () => 'Basic fake',
    createBearerHeader: async () => 'Bearer jwt-1',
    createSignatureHash: async <T extends object>(params: T) =>
      ({ ...params, api_key: 'k', timestamp: '1', sig: 's' }) as T & {
        api_key: string;
        timestamp: string;
        sig: string;
      },
  };
}
