import { afterAll, afterEach, beforeAll } from '@jest/globals';
import { setupServer } from 'msw/node';

/** One request as the (msw) server saw it. */
export interface Seen {
  method: string;
  url: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: string;
}

export const CANARY_SECRET = 'Canary9Zebra7Secret';
export const API_KEY = 'abcd1234';
export const BASIC = `Basic ${Buffer.from(`${API_KEY}:${CANARY_SECRET}`).toString('base64')}`;
export const REST = 'https://rest.test';
export const API = 'https://api.test';
export const UA = `acct-node/${__ACCT_VERSION__} node/${process.version}`;

declare const __ACCT_VERSION__: string;

/**
 * An msw server that errors on unhandled requests and records every request that reaches it
 * (handled or not), so a test can prove that nothing was sent.
 */
export function recordingServer() {
  const server = setupServer();
  const seen: Seen[] = [];
  server.events.on('request:start', async ({ request }) => {
    const url = new URL(request.url);
    const entry: Seen = {
      method: request.method,
      url: request.url,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: Object.fromEntries(request.headers),
      body: '',
    };
    seen.push(entry);
    entry.body = await request.clone().text();
  });
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    seen.length = 0;
  });
  afterAll(() => server.close());
  return { server, seen };
}

/** The headers a test checks exactly. */
export const pick = (headers: Record<string, string>) => ({
  authorization: headers.authorization,
  accept: headers.accept,
  'content-type': headers['content-type'],
  'user-agent': headers['user-agent'],
});

/** Settles a promise into its error (failing if it resolves). */
export async function failure(promise: Promise<unknown>): Promise<Error & Record<string, unknown>> {
  try {
    await promise;
  } catch (err) {
    return err as Error & Record<string, unknown>;
  }
  throw new Error('expected a rejection');
}
