import { connect } from 'node:net';
import { DEMO_ACCOUNT } from '@acct/emulator';

/** `Basic base64(key:secret)`. */
export function basic(apiKey: string, secret: string): string {
  return `Basic ${Buffer.from(`${apiKey}:${secret}`).toString('base64')}`;
}

/** The demo account's Basic header. */
export const DEMO_AUTH = basic(DEMO_ACCOUNT.apiKey, DEMO_ACCOUNT.apiSecret);

/** A response read in full. */
export interface Reply {
  status: number;
  headers: Record<string, string>;
  text: string;
  json: unknown;
}

/** fetch, read the whole response; `json` is the parsed body or undefined. */
export async function call(url: string, init: RequestInit = {}): Promise<Reply> {
  const response = await fetch(url, init);
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: Object.fromEntries(response.headers), text, json };
}

/** A form POST with the given auth header (or none). */
export function postForm(url: string, body: string, authorization?: string): Promise<Reply> {
  return call(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(authorization === undefined ? {} : { authorization }),
    },
    body,
  });
}

/** A JSON POST with the given auth header (or none). */
export function postJson(url: string, value: unknown, authorization?: string): Promise<Reply> {
  return call(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(authorization === undefined ? {} : { authorization }),
    },
    body: JSON.stringify(value),
  });
}

/**
 * Writes raw bytes to host:port and resolves with everything the server sent until it closed
 * the connection (or `untilData` saw a first chunk, if set). Rejects on socket error only if
 * nothing was received.
 */
export function rawExchange(
  port: number,
  data: string | Buffer,
  { endAfterWrite = false }: { endAfterWrite?: boolean } = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', (error) => {
      if (chunks.length === 0) reject(error);
    });
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')));
    socket.write(data, () => {
      if (endAfterWrite) socket.end();
    });
  });
}

/** The status code of a raw HTTP/1.1 response text. */
export function rawStatus(response: string): number {
  return Number(/^HTTP\/1\.1 (\d{3})/.exec(response)?.[1] ?? 0);
}

/** The headers of a raw HTTP/1.1 response text, lower-case names. */
export function rawHeaders(response: string): Record<string, string> {
  const head = response.split('\r\n\r\n', 1)[0] ?? '';
  const headers: Record<string, string> = {};
  for (const line of head.split('\r\n').slice(1)) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

/** The body of a raw HTTP/1.1 response text. */
export function rawBody(response: string): string {
  const at = response.indexOf('\r\n\r\n');
  return at === -1 ? '' : response.slice(at + 4);
}

/** 32 lower-case hex digits: the shape of x-request-id and problem `instance`. */
export const TRACE_ID = /^[0-9a-f]{32}$/;

/** A v4 UUID. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** ISO 8601 without milliseconds, like `2018-12-03T10:07:23Z`. */
export const ISO_SECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/** Polls `predicate` every 5 ms until it holds; throws after `tries` polls (bounded, no timing assertion). */
export async function waitFor(predicate: () => boolean, tries = 2000): Promise<void> {
  for (let i = 0; i < tries; i += 1) {
    if (predicate()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('waitFor: condition never held');
}
