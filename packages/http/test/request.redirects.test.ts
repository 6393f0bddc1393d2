// Redirects are never followed: a loopback server answers 301, 302, 303, 307 and 308 to every
// method; each request is received once, and the credential never reaches the other origin.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { HttpError, HTTPMethods, request, type FetchLike } from '@acct/http';

const CANARY = 'Canary7Redirect9Secret';
const AUTH = `Basic ${Buffer.from(`key:${CANARY}`).toString('base64')}`;

interface Received {
  method: string;
  url: string;
  authorization: string | undefined;
}

function listen(
  handler: (req: IncomingMessage, res: import('node:http').ServerResponse) => void,
): Promise<Server> {
  const server = createServer(handler);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
const origin = (s: Server) => `http://127.0.0.1:${(s.address() as AddressInfo).port}`;

let first: Server;
let other: Server;
const atFirst: Received[] = [];
const atOther: Received[] = [];

beforeAll(async () => {
  other = await listen((req, res) => {
    atOther.push({ method: req.method!, url: req.url!, authorization: req.headers.authorization });
    req.resume();
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"other":true}');
  });
  first = await listen((req, res) => {
    atFirst.push({ method: req.method!, url: req.url!, authorization: req.headers.authorization });
    req.resume();
    const [, code, where] = /^\/(\d{3})\/(same|other)/.exec(req.url!) ?? [];
    if (code === undefined) {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"landed":true}');
      return;
    }
    const target = where === 'same' ? `${origin(first)}/landed` : `${origin(other)}/landed`;
    res.writeHead(Number(code), { location: `${target}?api_secret=${CANARY}` }).end();
  });
});
afterAll(async () => {
  await new Promise((r) => first.close(r));
  await new Promise((r) => other.close(r));
});

const METHODS = Object.values(HTTPMethods);
const CODES = [301, 302, 303, 307, 308];

/** A fetch that ignores `redirect: 'manual'` and follows, as some wrappers do. */
const following: FetchLike = (url, init) => fetch(url, { ...init, redirect: 'follow' });

const transports: Array<[string, FetchLike | undefined]> = [
  ['the default node-fetch', undefined],
  ['the global fetch', (url, init) => fetch(url, init)],
];

describe.each(transports)('redirects with %s', (_name, transport) => {
  it.each(CODES.flatMap((code) => METHODS.map((m) => [code, m] as const)))(
    '%i to %s: one request received, the error names the redacted Location, no credential elsewhere',
    async (code, method) => {
      atFirst.length = 0;
      atOther.length = 0;
      for (const where of ['same', 'other']) {
        const err = (await request({
          url: `${origin(first)}/${code}/${where}`,
          method,
          headers: { authorization: AUTH },
          data:
            method === HTTPMethods.GET || method === HTTPMethods.HEAD ? undefined : { trx: 'once' },
          retry: { retries: 3, statuses: [code, 503] },
          idempotent: true,
          ...(transport ? { fetch: transport } : {}),
        }).catch((e: unknown) => e)) as HttpError;
        expect(err).toBeInstanceOf(HttpError);
        expect(err.code).toBe('ACCT_HTTP_REDIRECT');
        expect(err.status).toBe(code);
        expect(err.attempts).toBe(1);
        const target = where === 'same' ? origin(first) : origin(other);
        expect(err.message).toBe(
          `[@acct/http] ${method} ${origin(first)}/${code}/${where} answered with a redirect (${code}) to ${target}/landed?api_secret=[REDACTED]: redirects are never followed, so that no request is sent twice and no credential reaches another host; set restHost or apiHost to the host that answers`,
        );
        const rendered = `${err.message}${err.stack}${String(err)}${inspect(err, { depth: 10 })}${JSON.stringify(err)}`;
        expect(rendered).not.toContain(CANARY);
        expect(rendered).not.toContain(AUTH.slice(6));
      }
      expect(atFirst.map((r) => [r.method, r.url, r.authorization])).toEqual([
        [method, `/${code}/same`, AUTH],
        [method, `/${code}/other`, AUTH],
      ]);
      expect(atOther).toEqual([]);
    },
  );
});

describe('a custom fetch that follows redirects itself', () => {
  it('is refused as a redirect (response.redirected), never returned as a success', async () => {
    atOther.length = 0;
    const err = (await request({
      url: `${origin(first)}/307/other`,
      method: 'GET',
      fetch: following,
    }).catch((e: unknown) => e)) as HttpError;
    expect(err).toBeInstanceOf(HttpError);
    expect(err.code).toBe('ACCT_HTTP_REDIRECT');
    expect(err.message).toContain(
      `followed by the fetch given) to ${origin(other)}/landed?api_secret=[REDACTED]`,
    );
    expect(err.message).not.toContain(CANARY);
  });

  it('an opaque redirect (a browser-style fetch) is a redirect error too', async () => {
    const opaque: FetchLike = async () => ({
      status: 0,
      statusText: '',
      type: 'opaqueredirect',
      headers: new Headers(),
      text: async () => '',
    });
    const err = (await request({ url: `${origin(first)}/x`, fetch: opaque }).catch(
      (e: unknown) => e,
    )) as HttpError;
    expect(err.code).toBe('ACCT_HTTP_REDIRECT');
    expect(err.status).toBe(0);
  });
});
