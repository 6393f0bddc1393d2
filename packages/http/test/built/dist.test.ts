// Smoke test of the built package: require() of dist/index.cjs and import() of dist/index.mjs.
// Assumes dist/ exists (the test command builds every package before Jest runs).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createRequire } from 'node:module';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

type Built = typeof import('@acct/http');

const require = createRequire(import.meta.url);
const EXPORTS = [
  'AcctError',
  'ValidationError',
  'HttpError',
  'VetchError',
  'BadRequestError',
  'AuthenticationError',
  'PermissionDeniedError',
  'NotFoundError',
  'RateLimitError',
  'InternalServerError',
  'createHttpError',
  'TimeoutError',
  'NetworkError',
  'ParseError',
  'isAcctError',
  'isHttpError',
  'isNetworkError',
  'isParseError',
  'isTimeoutError',
  'isValidationError',
  'HTTPMethods',
  'ContentType',
  'ResponseTypes',
  'HTTP_DEFAULTS',
  'request',
  'resolveOptions',
  'redact',
  'redactSecrets',
  'checkOptions',
  'closestName',
  'describeValue',
].sort();

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/missing') {
      res.writeHead(404, { 'content-type': 'application/problem+json' });
      res.end(JSON.stringify({ title: 'Invalid ID', detail: "ID 'x' could not be found" }));
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json', 'x-request-id': 'built-1' });
    res.end(JSON.stringify({ method: req.method, url: req.url }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function exercise(mod: Built): Promise<void> {
  expect(
    Object.keys(mod)
      .filter((k) => k !== 'default' && k !== '__esModule')
      .sort(),
  ).toEqual(EXPORTS);
  const res = await mod.request<{ method: string; url: string }>({
    url: `${base}/ok`,
    params: { api_secret: 's', a: [1, 2] },
  });
  expect(res.status).toBe(200);
  expect(res.data).toEqual({ method: 'GET', url: '/ok?api_secret=s&a=1&a=2' });
  expect(res.headers['x-request-id']).toBe('built-1');
  expect(res.request.url).toBe(`${base}/ok?api_secret=[REDACTED]&a=1&a=2`);
  const err = await mod.request({ url: `${base}/missing` }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(mod.NotFoundError);
  expect(mod.isHttpError(err)).toBe(true);
  expect((err as Error).message).toBe("404 Invalid ID: ID 'x' could not be found");
}

describe('built @acct/http', () => {
  it('require() of dist/index.cjs works', async () => {
    await exercise(require('../../dist/index.cjs') as Built);
  });

  it('import() of dist/index.mjs works', async () => {
    await exercise((await import('../../dist/index.mjs' as string)) as Built);
  });

  it('the two builds interoperate through the code-checking guards', async () => {
    const cjs = require('../../dist/index.cjs') as Built;
    const esm = (await import('../../dist/index.mjs' as string)) as Built;
    const err = new cjs.TimeoutError('t', { timeout: 1, url: 'https://x.example/' });
    expect(err instanceof esm.TimeoutError).toBe(false);
    expect(esm.isTimeoutError(err)).toBe(true);
    expect(esm.isAcctError(err)).toBe(true);
  });
});
