import { Emulator } from './emulator';
import type { CreateHandlersOptions } from './create-handlers-options';
import { BODY_LIMIT } from './internal/limits';

function origin(host: string, name: string): string {
  try {
    const url = new URL(host);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError(host);
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    throw new TypeError(`[@acct/emulator] createHandlers: ${name} must be an http(s) URL`);
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
  return new Response(response.status === 204 ? null : response.body, {
    status: response.status,
    headers: response.headers,
  });
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
 * @throws TypeError when `http` is missing or a host is not an http(s) URL.
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
  const http = (options as Partial<CreateHandlersOptions<H>> | undefined)?.http;
  if (http === undefined || typeof http.all !== 'function') {
    throw new TypeError(
      "[@acct/emulator] createHandlers needs msw's http: import { http } from 'msw' and call createHandlers({ http })",
    );
  }
  const emulator = options.emulator ?? new Emulator({ accounts: options.accounts });
  const hosts = new Set([
    origin(options.restHost ?? 'https://rest.nexmo.com', 'restHost'),
    origin(options.apiHost ?? 'https://api.nexmo.com', 'apiHost'),
  ]);
  // the longest base URL first, so `http://h/base/*` wins over `http://h/*`
  return [...hosts]
    .sort((a, b) => b.length - a.length)
    .map((host) => {
      const prefix = new URL(host).pathname.replace(/\/$/, '');
      return http.all(`${host}/*`, ({ request }) => toEmulatorResponse(emulator, prefix, request));
    });
}
