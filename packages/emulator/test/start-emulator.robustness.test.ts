import { connect } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { startEmulator, type RunningEmulator } from '@acct/emulator';
import {
  call,
  DEMO_AUTH,
  rawBody,
  rawExchange,
  rawHeaders,
  rawStatus,
  TRACE_ID,
} from './helpers/http';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
beforeEach(() => emulator.reset());
afterAll(() => emulator.close());

const MiB = 1024 * 1024;

describe('bad input', () => {
  it('answers 400 problem JSON to malformed JSON', async () => {
    const reply = await call(`${emulator.url}/accounts/acct-demo/secrets`, {
      method: 'POST',
      headers: { authorization: DEMO_AUTH, 'content-type': 'application/json' },
      body: '{"secret": "Abcdefgh1",',
    });
    expect(reply.status).toBe(400);
    expect(reply.headers['content-type']).toBe('application/problem+json');
    expect(reply.json).toEqual({
      type: 'https://developer.nexmo.com/api-errors#bad-request',
      title: 'Bad Request',
      detail: 'malformed body: body is not valid JSON',
      instance: reply.headers['x-request-id'],
    });
  });

  it('answers 400 to JSON that is not UTF-8', async () => {
    const reply = await call(`${emulator.url}/accounts/acct-demo/secrets`, {
      method: 'POST',
      headers: { authorization: DEMO_AUTH, 'content-type': 'application/json' },
      body: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
    });
    expect(reply.status).toBe(400);
    expect((reply.json as { detail: string }).detail).toBe(
      'malformed body: body is not valid UTF-8',
    );
  });

  it('answers 400 error-code JSON to a malformed form', async () => {
    const reply = await call(`${emulator.url}/account/top-up`, {
      method: 'POST',
      headers: { authorization: DEMO_AUTH, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'trx=%E0%A4%A',
    });
    expect(reply.status).toBe(400);
    expect(reply.json).toEqual({
      'error-code': '400',
      'error-code-label': 'malformed body: malformed percent-encoding',
    });
    expect(emulator.state.topUps).toEqual([]);
  });

  it('answers 400 to a malformed query and a malformed path segment', async () => {
    const query = await call(`${emulator.url}/account/get-balance?api_key=%zz`);
    expect(query.json).toEqual({
      'error-code': '400',
      'error-code-label': 'malformed query: malformed percent-encoding',
    });
    const path = await call(`${emulator.url}/accounts/%E0%A4/secrets`, {
      headers: { authorization: DEMO_AUTH },
    });
    expect(path.status).toBe(400);
    expect((path.json as { detail: string }).detail).toBe('malformed path: bad percent-encoding');
  });

  it('answers 415 to a body without a content type', async () => {
    const response = await rawExchange(
      emulator.port,
      `POST /account/top-up HTTP/1.1\r\nhost: x\r\nauthorization: ${DEMO_AUTH}\r\ncontent-length: 5\r\nconnection: close\r\n\r\ntrx=1`,
    );
    expect(rawStatus(response)).toBe(415);
    expect(JSON.parse(rawBody(response))).toEqual({
      'error-code': '415',
      'error-code-label': 'use application/x-www-form-urlencoded',
    });
  });

  it.each([
    ['/', 'api'],
    ['/account/nope', 'rest'],
    ['/accounts/acct-demo/secrets/', 'api'],
    ['/accounts/acct-demo/secrets/a/b', 'api'],
  ])('answers 404 to the unknown path %s in the %s family shape', async (path, family) => {
    const reply = await call(`${emulator.url}${path}`, { headers: { authorization: DEMO_AUTH } });
    expect(reply.status).toBe(404);
    expect(reply.headers['x-request-id']).toMatch(TRACE_ID);
    expect(reply.json).toEqual(
      family === 'rest'
        ? { 'error-code': '404', 'error-code-label': `no resource at ${path}` }
        : {
            type: 'https://developer.nexmo.com/api-errors#not-found',
            title: 'Not Found',
            detail: `no resource at ${path}`,
            instance: reply.headers['x-request-id'],
          },
    );
  });

  it.each([
    ['POST', '/account/get-balance', 'GET'],
    ['GET', '/account/top-up', 'POST'],
    ['DELETE', '/account/settings', 'POST'],
    ['PUT', '/accounts/acct-demo/secrets', 'GET, POST'],
    ['PATCH', '/accounts/acct-demo/secrets/x', 'GET, DELETE'],
    ['OPTIONS', '/accounts/acct-demo/secrets/x', 'GET, DELETE'],
  ])('answers 405 with Allow to %s %s', async (method, path, allow) => {
    const reply = await call(`${emulator.url}${path}`, {
      method,
      headers: { authorization: DEMO_AUTH },
    });
    expect(reply.status).toBe(405);
    expect(reply.headers.allow).toBe(allow);
    expect(reply.headers['x-request-id']).toMatch(TRACE_ID);
  });

  it('answers 405 with Allow to HEAD, without a body', async () => {
    const response = await rawExchange(
      emulator.port,
      'HEAD /account/top-up HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n',
    );
    expect(rawStatus(response)).toBe(405);
    expect(rawHeaders(response).allow).toBe('POST');
    expect(rawBody(response)).toBe('');
  });
});

describe('bodies over 1 MiB', () => {
  it('answers 413 at once to a Content-Length over the limit, reading nothing', async () => {
    const response = await rawExchange(
      emulator.port,
      `POST /account/top-up HTTP/1.1\r\nhost: x\r\nauthorization: ${DEMO_AUTH}\r\n` +
        `content-type: application/x-www-form-urlencoded\r\ncontent-length: ${2 * MiB}\r\n\r\ntrx=`,
    );
    expect(rawStatus(response)).toBe(413);
    const headers = rawHeaders(response);
    expect(headers.connection).toBe('close');
    expect(headers['x-request-id']).toMatch(TRACE_ID);
    expect(JSON.parse(rawBody(response))).toEqual({
      'error-code': '413',
      'error-code-label': 'request body is larger than 1 MiB',
    });
    expect(emulator.state.topUps).toEqual([]);
  });

  it('answers 413 problem JSON once a chunked body passes the limit, and stops reading', async () => {
    const response = await new Promise<string>((resolve, reject) => {
      const socket = connect(emulator.port, '127.0.0.1');
      let received = '';
      socket.on('data', (chunk) => (received += chunk.toString('latin1')));
      socket.on('error', (error) => (received === '' ? reject(error) : resolve(received)));
      socket.on('close', () => resolve(received));
      socket.write(
        `POST /accounts/acct-demo/secrets HTTP/1.1\r\nhost: x\r\nauthorization: ${DEMO_AUTH}\r\n` +
          'content-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n',
      );
      const chunk = 'a'.repeat(64 * 1024);
      // 17 chunks of 64 KiB: just past 1 MiB, then wait for the answer without ending the body
      for (let i = 0; i < 17; i += 1) socket.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
    });
    expect(rawStatus(response)).toBe(413);
    expect(rawHeaders(response).connection).toBe('close');
    expect(JSON.parse(rawBody(response))).toMatchObject({
      type: 'https://developer.nexmo.com/api-errors#payload-too-large',
      title: 'Payload Too Large',
      detail: 'request body is larger than 1 MiB',
    });
    expect(emulator.state.accounts['acct-demo']!.secrets).toHaveLength(1);
  });

  it('accepts a body of exactly 1 MiB', async () => {
    const filler = 'x'.repeat(MiB - 'trx=1&f='.length);
    const reply = await call(`${emulator.url}/account/top-up`, {
      method: 'POST',
      headers: { authorization: DEMO_AUTH, 'content-type': 'application/x-www-form-urlencoded' },
      body: `trx=1&f=${filler}`,
    });
    expect(reply.status).toBe(200);
    // the log keeps the first 4,096 characters only, so 1,000 entries stay small
    expect(emulator.requests[0]!.body).toBe(
      `trx=1&f=${filler.slice(0, 4088)}... [${MiB} characters in all]`,
    );
  });

  it('still serves after the 413s', async () => {
    const reply = await call(`${emulator.url}/account/get-balance`, {
      headers: { authorization: DEMO_AUTH },
    });
    expect(reply.status).toBe(200);
  });
});
