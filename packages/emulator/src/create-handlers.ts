import { Emulator } from './emulator';
import type { CreateHandlersOptions } from './create-handlers-options';
import { EmulatorOptionError } from './emulator-option-error';
import { checkObject } from './internal/check-object';
import { describeValue } from './internal/describe-value';
import { SPACE_OR_CONTROL } from './internal/text-rules';
import { BODY_LIMIT, MAX_URL_LENGTH, NULL_BODY_STATUSES } from './internal/limits';

const KEYS = ['http', 'restHost', 'apiHost', 'emulator', 'accounts'];

/** The base URL of a host option: an absolute http(s) URL without credentials, query or fragment. */
function origin(host: unknown, name: string, fallback: string): string {
  if (host === undefined) return fallback;
  let url: URL | undefined;
  if (typeof host === 'string' && host.length <= MAX_URL_LENGTH && !SPACE_OR_CONTROL.test(host)) {
    try {
      url = new URL(host);
    } catch {
      url = undefined;
    }
  }
  if (
    url === undefined ||
    (url.protocol !== 'http:' && url.protocol !== 'https:') ||
    url.username !== '' ||
    url.password !== '' ||
    url.search !== '' ||
    url.hash !== '' ||
    /[?#]/.test(host as string)
  ) {
    throw new EmulatorOptionError(
      `createHandlers.${name}`,
      `must be an absolute http(s) URL without credentials, query or fragment (at most ` +
        `${MAX_URL_LENGTH} characters, e.g. 'https://rest.nexmo.com'), got ${describeValue(host)}`,
    );
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** A fetch Response for an emulator answer; a failure to build one is a 500, never a throw. */
function toResponse(status: number, headers: Record<string, string>, body: string): Response {
  try {
    return new Response(NULL_BODY_STATUSES.has(status) ? null : body, { status, headers });
  } catch {
    return new Response('the emulator could not write this answer', { status: 500 });
  }
}

async function toEmulatorResponse(
  emulator: Emulator,
  prefix: string,
  request: Request,
): Promise<Response> {
  const length = Number(request.headers.get('content-length') ?? 0);
  let body: Uint8Array | undefined;
  let tooLarge = length > BODY_LIMIT;
  if (!tooLarge && request.body !== null) {
    body = new Uint8Array(await request.arrayBuffer());
    tooLarge = body.byteLength > BODY_LIMIT;
  }
  const url = new URL(request.url);
  const response = await emulator.handle(
    {
      method: request.method,
      url: `${url.pathname.slice(prefix.length) || '/'}${url.search}`,
      headers: Object.fromEntries(request.headers),
      body: tooLarge ? undefined : body,
      bodyTooLarge: tooLarge,
    },
    request.signal,
  );
  if (response.dropConnection) return Response.error();
  return toResponse(response.status, response.headers, response.body);
}

/**
 * msw 2 request handlers serving the emulator: the same core as {@link startEmulator}, for a
 * test suite that intercepts fetch instead of opening a port. Every path under `restHost` and
 * `apiHost` is answered (an unknown one with the service's 404), a dropped connection becomes
 * a network error (`Response.error()`).
 *
 * Pass msw's own `http`: the handlers are then made by the very msw copy your `setupServer`
 * uses, synchronously, and this package never loads msw itself (so it loads without msw).
 *
 * @param options - msw's `http`, hosts, and the core or accounts to serve.
 * @returns one handler per distinct host, to spread into `setupServer`.
 * @throws {@link EmulatorOptionError} when `http` is missing, a host is not an absolute http(s)
 * URL, or another option is invalid (a seed too).
 * @example
 * ```ts
 * import { http } from 'msw';
 * import { setupServer } from 'msw/node';
 * import { createHandlers, Emulator, DEMO_ACCOUNT } from '@acct/emulator';
 *
 * const emulator = new Emulator();
 * const server = setupServer(...createHandlers({ http, emulator }));
 * server.listen({ onUnhandledRequest: 'error' });
 * const auth = Buffer.from(`${DEMO_ACCOUNT.apiKey}:${DEMO_ACCOUNT.apiSecret}`).toString('base64');
 * const response = await fetch('https://rest.nexmo.com/account/get-balance', {
 *   headers: { authorization: `Basic ${auth}` },
 * });
 * console.log(await response.json()); // { value: 10.5, autoReload: true }
 * server.close();
 * ```
 */
export function createHandlers<H>(options: CreateHandlersOptions<H>): H[] {
  const checked = checkObject(options, 'createHandlers options', KEYS, '{ http }');
  const http = checked.http as Partial<CreateHandlersOptions<H>['http']> | undefined;
  const all = http?.all;
  if (http === null || typeof http !== 'object' || typeof all !== 'function') {
    throw new EmulatorOptionError(
      'createHandlers.http',
      "must be msw's http: import { http } from 'msw' and call createHandlers({ http })",
    );
  }
  const hosts = new Set([
    origin(checked.restHost, 'restHost', 'https://rest.nexmo.com'),
    origin(checked.apiHost, 'apiHost', 'https://api.nexmo.com'),
  ]);
  if (checked.emulator !== undefined && !(checked.emulator instanceof Emulator)) {
    throw new EmulatorOptionError(
      'createHandlers.emulator',
      `must be an Emulator (new Emulator()), got ${describeValue(checked.emulator)}`,
    );
  }
  if (checked.emulator !== undefined && checked.accounts !== undefined) {
    throw new EmulatorOptionError(
      'createHandlers.accounts',
      'cannot go with emulator: seed the Emulator you pass instead',
    );
  }
  const emulator = options.emulator ?? new Emulator({ accounts: options.accounts });
  // the longest base URL first, so `http://h/base/*` wins over `http://h/*`
  return [...hosts]
    .sort((a, b) => b.length - a.length)
    .map((host) => {
      const prefix = new URL(host).pathname.replace(/\/$/, '');
      return all.call(http, `${host}/*`, ({ request }) =>
        toEmulatorResponse(emulator, prefix, request),
      );
    });
}
