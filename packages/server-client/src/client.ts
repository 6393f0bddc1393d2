import type { AuthInterface, AuthParams } from '@acct/auth';
import {
  checkOptions,
  ContentType,
  HTTPMethods,
  request,
  type HttpOptions,
  type HttpResponse,
} from '@acct/http';
import { AuthenticationType } from './authentication-type';
import type { CallOptions } from './call-options';
import type { ConfigParams } from './config-params';
import { carriesBody, withData, withHeader, withParams } from './internal/authenticated-request';
import { CALL_KEYS } from './internal/call-keys';
import { resolveAuth } from './resolve-auth';
import { resolveConfig } from './resolve-config';
import type { ResolvedConfig } from './resolved-config';
import { transformers } from './transformers/transformers';

const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/**
 * The base client of every acct API class: resolved configuration, hosts, per-client keep-alive
 * agent, authentication (applied fresh on every attempt) and the `send*Request` helpers. API
 * classes such as `Accounts` extend it, set `authType` and stay a few lines per method.
 *
 * Credentials live in a private field: `util.inspect(client)` and `JSON.stringify(client)` show
 * the hosts and limits only.
 *
 * @example
 * ```ts
 * import { Client } from '@acct/server-client';
 *
 * const client = new Client({ apiKey: 'abcd1234', apiSecret: 'Abcdef123' });
 * const res = await client.sendGetRequest<{ value: number }>(
 *   `${client.getConfig().restHost}/account/get-balance`,
 * );
 * console.log(res.status, res.headers['content-type'], res.data.value);
 * ```
 */
export class Client {
  /** Pure object helpers: `camelCaseObjectKeys`, `snakeCaseObjectKeys`, `kebabCaseObjectKeys`, `omit`. */
  static readonly transformers = transformers;

  /** How this client authenticates; API subclasses override it. */
  protected authType: AuthenticationType = AuthenticationType.BASIC;

  readonly #auth: AuthInterface;
  readonly #config: ResolvedConfig;
  readonly #transport: Partial<HttpOptions>;

  /**
   * @param credentials - An `Auth` (or any `AuthInterface`), or the `AuthParams` to build one.
   * @param options - Client options; see `ConfigParams`. An already resolved config (from
   *   `resolveConfig()`) is used as is, agent included.
   * @throws `ValidationError` (`@acct/http`) when an option is invalid. Missing or malformed credentials
   *   reject the first call with the `@acct/auth` error that names what to pass.
   */
  constructor(credentials?: AuthInterface | AuthParams, options?: ConfigParams | ResolvedConfig) {
    this.#auth = resolveAuth(credentials);
    this.#config = resolveConfig(options);
    const { fetch, agent, timeout, deadline, retry, logger } = this.#config;
    this.#transport = {
      timeout,
      deadline,
      retry,
      authenticate: (req) => this.addAuthenticationToRequest(req),
    };
    if (fetch !== undefined) this.#transport.fetch = fetch;
    if (agent !== undefined) this.#transport.agent = agent;
    if (logger !== undefined) this.#transport.logger = logger;
  }

  /** The resolved, frozen configuration (shared with subclasses; holds no credential). */
  protected get config(): ResolvedConfig {
    return this.#config;
  }

  /** The credentials of this client, for subclasses. Never exposed publicly. */
  protected get auth(): AuthInterface {
    return this.#auth;
  }

  /**
   * A copy of the resolved configuration. It never holds a credential.
   *
   * @returns The hosts, limits, retry policy, User-Agent, transport and log hook in use.
   * @example
   * ```ts
   * new Client(auth).getConfig().restHost; // 'https://rest.nexmo.com'
   * ```
   */
  getConfig(): ResolvedConfig {
    return { ...this.#config };
  }

  /**
   * Adds this client's credentials to `req` according to `authType`, returning a new request (the
   * input is never mutated). The transport calls it on every attempt.
   *
   * @param req - The request about to be sent.
   * @returns The authenticated copy.
   * @throws The `@acct/auth` error for missing or invalid credentials.
   * @example
   * ```ts
   * import { Client } from '@acct/server-client';
   *
   * const client = new Client({ apiKey: 'abcd1234', apiSecret: 'Abcdef123' });
   * const req = await client.addAuthenticationToRequest({ url: 'https://rest.nexmo.com/account/get-balance' });
   * console.log(req.headers?.authorization); // 'Basic YWJjZDEyMzQ6QWJjZGVmMTIz'
   * ```
   */
  addAuthenticationToRequest(req: HttpOptions): Promise<HttpOptions> {
    // Not `async`: each branch already returns a promise, and an async wrapper would add
    // two more turns of the microtask queue to every attempt.
    let result: Promise<HttpOptions> | HttpOptions;
    try {
      switch (this.authType) {
        case AuthenticationType.JWT:
          result = this.addJWTToRequest(req);
          break;
        case AuthenticationType.QUERY_KEY_SECRET:
          result = this.addQueryKeySecretToRequest(req);
          break;
        case AuthenticationType.KEY_SECRET:
          result = this.addQueryKeySecretToRequestBody(req);
          break;
        case AuthenticationType.SIGNATURE:
          result = this.addSignatureToRequest(req);
          break;
        default:
          result = this.addBasicAuthToRequest(req);
      }
    } catch (error) {
      return Promise.reject(error);
    }
    // a subclass written in plain JavaScript may return the request itself
    return result instanceof Promise ? result : Promise.resolve(result);
  }

  /**
   * Sends a GET request.
   *
   * @param url - The absolute URL.
   * @param query - Query parameters; arrays become repeated keys, `undefined` values are left out.
   * @param options - Per-call overrides.
   * @returns The response, with the real response headers.
   * @throws `HttpError` (by status), `TimeoutError`, `NetworkError`, `ParseError` of `@acct/http`.
   * @example
   * ```ts
   * const { restHost } = client.getConfig();
   * const { data, headers } = await client.sendGetRequest<{ value: number }>(`${restHost}/account/get-balance`);
   * console.log(data?.value, headers['x-request-id']);
   * ```
   */
  async sendGetRequest<T>(
    url: string,
    query?: HttpOptions['params'],
    options?: CallOptions,
  ): Promise<HttpResponse<T>> {
    return this.sendRequest<T>({
      ...callOptions(options),
      url,
      method: HTTPMethods.GET,
      params: query,
    });
  }

  /**
   * Sends a POST request with a JSON body.
   *
   * @param url - The absolute URL.
   * @param payload - The JSON body.
   * @param options - Per-call overrides.
   * @returns The response, with the real response headers.
   * @throws `HttpError` (by status), `TimeoutError`, `NetworkError`, `ParseError` of `@acct/http`.
   * @example
   * ```ts
   * const { apiHost } = client.getConfig();
   * const { status } = await client.sendPostRequest(`${apiHost}/accounts/abcd1234/secrets`, { secret: 'Abcdef123' });
   * console.log(status); // 201
   * ```
   */
  sendPostRequest<T>(
    url: string,
    payload?: unknown,
    options?: CallOptions,
  ): Promise<HttpResponse<T>> {
    return this.sendRequestWithData<T>(HTTPMethods.POST, url, payload, options);
  }

  /**
   * Sends a PUT request with a JSON body.
   *
   * @param url - The absolute URL.
   * @param payload - The JSON body.
   * @param options - Per-call overrides.
   * @returns The response, with the real response headers.
   * @throws `HttpError` (by status), `TimeoutError`, `NetworkError`, `ParseError` of `@acct/http`.
   * @example
   * ```ts
   * // the Account API has no PUT endpoint: this is for subclasses that call other APIs
   * const { data } = await client.sendPutRequest<{ name: string }>('https://api.example.com/v1/items/42', { name: 'x' });
   * console.log(data?.name);
   * ```
   */
  sendPutRequest<T>(
    url: string,
    payload?: unknown,
    options?: CallOptions,
  ): Promise<HttpResponse<T>> {
    return this.sendRequestWithData<T>(HTTPMethods.PUT, url, payload, options);
  }

  /**
   * Sends a PATCH request with a JSON body.
   *
   * @param url - The absolute URL.
   * @param payload - The JSON body.
   * @param options - Per-call overrides.
   * @returns The response, with the real response headers.
   * @throws `HttpError` (by status), `TimeoutError`, `NetworkError`, `ParseError` of `@acct/http`.
   * @example
   * ```ts
   * // the Account API has no PATCH endpoint: this is for subclasses that call other APIs
   * const { data } = await client.sendPatchRequest<{ name: string }>('https://api.example.com/v1/items/42', { name: 'x' });
   * console.log(data?.name);
   * ```
   */
  sendPatchRequest<T>(
    url: string,
    payload?: unknown,
    options?: CallOptions,
  ): Promise<HttpResponse<T>> {
    return this.sendRequestWithData<T>(HTTPMethods.PATCH, url, payload, options);
  }

  /**
   * Sends a DELETE request.
   *
   * @param url - The absolute URL.
   * @param options - Per-call overrides.
   * @returns The response (`data` is `undefined` for a 204).
   * @throws `HttpError` (by status), `TimeoutError`, `NetworkError` of `@acct/http`.
   * @example
   * ```ts
   * const { apiHost } = client.getConfig();
   * const id = 'ad6dc56f-07b5-46e1-a527-85530e625800';
   * const { status, data } = await client.sendDeleteRequest(`${apiHost}/accounts/abcd1234/secrets/${id}`);
   * console.log(status, data); // 204 null
   * ```
   */
  async sendDeleteRequest<T = undefined>(
    url: string,
    options?: CallOptions,
  ): Promise<HttpResponse<T>> {
    return this.sendRequest<T>({ ...callOptions(options), url, method: HTTPMethods.DELETE });
  }

  /**
   * Sends a POST request with an `application/x-www-form-urlencoded` body. Empty strings are
   * sent; `undefined` fields are left out.
   *
   * @param url - The absolute URL.
   * @param form - The form fields.
   * @param options - Per-call overrides.
   * @returns The response, with the real response headers.
   * @throws `HttpError` (by status), `TimeoutError`, `NetworkError`, `ParseError` of `@acct/http`.
   * @example
   * ```ts
   * const { restHost } = client.getConfig();
   * const { data } = await client.sendFormSubmitRequest(`${restHost}/account/top-up`, { trx: '8ef2447e69604f64' });
   * console.log(data);
   * ```
   */
  async sendFormSubmitRequest<T>(
    url: string,
    form?: Record<string, string | number | boolean | undefined>,
    options?: CallOptions,
  ): Promise<HttpResponse<T>> {
    return this.sendRequest<T>({
      ...callOptions(options),
      url,
      method: HTTPMethods.POST,
      data: form ?? {},
      type: ContentType.FORM_URLENCODED,
    });
  }

  /**
   * Sends a request with a JSON body (when `payload` is given).
   *
   * @param method - The HTTP method.
   * @param url - The absolute URL.
   * @param payload - The JSON body.
   * @param options - Per-call overrides.
   * @returns The response, with the real response headers.
   * @throws `HttpError` (by status), `TimeoutError`, `NetworkError`, `ParseError` of `@acct/http`.
   * @example
   * ```ts
   * import { HTTPMethods } from '@acct/http';
   * import { Client } from '@acct/server-client';
   *
   * const client = new Client({ apiKey: 'abcd1234', apiSecret: 'Abcdef123456' });
   * const url = `${client.getConfig().apiHost}/accounts/abcd1234/secrets`;
   * const { status } = await client.sendRequestWithData(HTTPMethods.POST, url, { secret: 'Abcdef123' });
   * console.log(status); // 201
   * ```
   */
  async sendRequestWithData<T>(
    method: HTTPMethods | `${HTTPMethods}`,
    url: string,
    payload?: unknown,
    options?: CallOptions,
  ): Promise<HttpResponse<T>> {
    return this.sendRequest<T>({
      ...callOptions(options),
      url,
      method,
      data: payload,
      ...(payload === undefined ? {} : { type: ContentType.JSON }),
    });
  }

  /**
   * Sends any request through the transport of this client: default headers, body preparation,
   * authentication on every attempt, timeout and retry policy.
   *
   * @param req - The request and its per-call overrides.
   * @returns The response, with the real response headers.
   * @throws `HttpError` (by status), `TimeoutError`, `NetworkError`, `ParseError` of `@acct/http`;
   *   the `@acct/auth` errors for missing credentials.
   * @example
   * ```ts
   * const url = `${client.getConfig().restHost}/account/get-balance`;
   * const res = await client.sendRequest<{ value: number }>({ url, method: 'GET', timeout: 2000 });
   * console.log(res.status, res.data?.value);
   * ```
   */
  sendRequest<T>(req: HttpOptions): Promise<HttpResponse<T>> {
    // Not `async`, and no extra `await` when `parseResponse` is not overridden: the
    // transport's promise is returned as it is.
    let merged: HttpOptions;
    try {
      for (const key in req) {
        if (!Object.hasOwn(HTTP_OPTION_KEYS, key)) {
          checkOptions(req, '[@acct/server-client] request', Object.keys(HTTP_OPTION_KEYS)); // throws
        }
      }
      const p = this.prepareRequest(req);
      const t = this.#transport;
      // the call's options over the client's settings, one plain object of known keys
      merged = {
        url: p.url,
        method: p.method,
        headers: p.headers,
        params: p.params,
        data: p.data,
        type: p.type,
        responseType: p.responseType,
        timeout: p.timeout ?? t.timeout,
        deadline: p.deadline ?? t.deadline,
        retry: p.retry ?? t.retry,
        signal: p.signal,
        idempotent: p.idempotent,
        fetch: p.fetch ?? t.fetch,
        agent: p.agent ?? t.agent,
        authenticate: p.authenticate ?? t.authenticate,
        logger: p.logger ?? t.logger,
        random: p.random,
      };
    } catch (error) {
      return Promise.reject(error);
    }
    const sent = request<T>(merged);
    if (this.parseResponse === PARSE_RESPONSE) return sent;
    return sent.then((response) => this.parseResponse<T>(response));
  }

  /**
   * Adds the default headers (`user-agent`, `accept`) and decoding, then prepares the body.
   *
   * @param req - The request as given.
   * @returns A new request; `req` is not mutated.
   */
  protected prepareRequest(req: HttpOptions): HttpOptions {
    const headers: Record<string, string> = {
      'user-agent': this.#config.userAgent,
      accept: 'application/json',
    };
    const own = req.headers;
    if (own !== null && typeof own === 'object') {
      for (const name of Object.keys(own)) {
        const lower = name.toLowerCase();
        if (lower !== 'authorization') headers[lower] = own[name] as string;
      }
    }
    const responseType = req.responseType ?? this.#config.responseType;
    // `{ ...req, headers, responseType }`, built so that V8 keeps it fast (see sendGetRequest)
    const prepared: HttpOptions = { headers, responseType, ...req };
    prepared.headers = headers;
    prepared.responseType = responseType;
    return this.prepareBody(prepared);
  }

  /**
   * Leaves out `undefined` fields of an object body (a form keeps its empty strings) and drops an
   * absent body.
   *
   * @param req - The request whose body to prepare.
   * @returns A new request, or `req` itself when there is nothing to change; `req` is not mutated.
   */
  protected prepareBody(req: HttpOptions): HttpOptions {
    const { data } = req;
    if (data === undefined) {
      // most calls carry no `data` key at all: nothing to drop, no copy
      if (!Object.hasOwn(req, 'data')) return req;
      const { data: _data, ...rest } = req;
      return rest;
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data)) return req;
    const clean = Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined));
    return { ...req, data: clean };
  }

  /**
   * Hook for subclasses to reshape a successful response. The transport has already decoded the
   * body by content type.
   *
   * @param response - The decoded response.
   * @returns The response handed to the caller (here, unchanged).
   */
  protected parseResponse<T>(response: HttpResponse<T>): HttpResponse<T> {
    return response;
  }

  /**
   * Sets `Authorization: Basic base64(apiKey:apiSecret)`.
   *
   * @param req - The request.
   * @returns A new request with the header.
   */
  protected async addBasicAuthToRequest(req: HttpOptions): Promise<HttpOptions> {
    return withHeader(req, 'authorization', await this.#auth.createBasicHeader());
  }

  /**
   * Sets `Authorization: Bearer <JWT>`.
   *
   * @param req - The request.
   * @returns A new request with the header.
   */
  protected async addJWTToRequest(req: HttpOptions): Promise<HttpOptions> {
    return withHeader(req, 'authorization', await this.#auth.createBearerHeader());
  }

  /**
   * Kept for subclasses written for the peer: sends `Authorization: Basic`, as the peer does
   * now, never the secret in the query (a URL ends up in proxy and server logs).
   *
   * @deprecated Use {@link Client.addBasicAuthToRequest}.
   * @param req - The request.
   * @returns A new request with the Basic header.
   */
  protected addQueryKeySecretToRequest(req: HttpOptions): Promise<HttpOptions> {
    return this.addBasicAuthToRequest(req);
  }

  /**
   * Kept for subclasses written for the peer: sends `Authorization: Basic`, never the secret
   * in the body.
   *
   * @deprecated Use {@link Client.addBasicAuthToRequest}.
   * @param req - The request.
   * @returns A new request with the Basic header.
   */
  protected addQueryKeySecretToRequestBody(req: HttpOptions): Promise<HttpOptions> {
    return this.addBasicAuthToRequest(req);
  }

  /**
   * Signs the parameters (query for GET/HEAD/DELETE, body otherwise): adds `api_key`,
   * `timestamp` and `sig`.
   *
   * @param req - The request.
   * @returns A new, signed request.
   */
  protected async addSignatureToRequest(req: HttpOptions): Promise<HttpOptions> {
    if (carriesBody(req)) {
      const data = (req.data ?? {}) as Record<string, unknown>;
      return withData(req, await this.#auth.createSignatureHash(data));
    }
    const params = (req.params ?? {}) as Record<string, unknown>;
    return withParams(
      req,
      (await this.#auth.createSignatureHash(params)) as NonNullable<HttpOptions['params']>,
    );
  }

  /** What `JSON.stringify(client)` shows: the kind of client and its non-secret settings. */
  toJSON(): Record<string, unknown> {
    const { restHost, apiHost, timeout, deadline, retry, userAgent } = this.#config;
    return {
      client: this.constructor.name,
      authType: this.authType,
      config: { restHost, apiHost, timeout, deadline, retry, userAgent },
    };
  }

  /** What `util.inspect(client)` and `console.log(client)` show: never a credential. */
  [INSPECT](
    _depth: number,
    options: object,
    inspect: (value: unknown, options: object) => string,
  ): string {
    const { client: _name, ...shown } = this.toJSON();
    return `${this.constructor.name} ${inspect(shown, options)}`;
  }
}

/** Every key of `HttpOptions` (the type makes sure none is missing). */
const HTTP_OPTION_KEYS: Record<keyof HttpOptions, true> = {
  url: true,
  method: true,
  headers: true,
  params: true,
  data: true,
  type: true,
  responseType: true,
  timeout: true,
  deadline: true,
  retry: true,
  signal: true,
  idempotent: true,
  fetch: true,
  agent: true,
  authenticate: true,
  logger: true,
  random: true,
};

/** Per-call options, checked: a plain object with known keys only (did-you-mean otherwise). */
function callOptions(options: CallOptions | undefined): CallOptions | undefined {
  if (options === undefined) return undefined;
  return checkOptions(options, '[@acct/server-client] options', CALL_KEYS) as CallOptions;
}

/** The `parseResponse` of `Client` itself: a subclass that keeps it needs no extra turn. */
// eslint-disable-next-line @typescript-eslint/unbound-method -- compared by identity, never called
const PARSE_RESPONSE = Client.prototype['parseResponse'];
