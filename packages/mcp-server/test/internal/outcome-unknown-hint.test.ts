import { describe, expect, it } from '@jest/globals';
import { NetworkError, TimeoutError, createHttpError } from '@acct/server-sdk';
import { outcomeUnknownHint } from '../../src/internal/outcome-unknown-hint';

const HINT =
  'The top-up may have been applied: the request may have reached the Account API before it ' +
  'failed. Call get_balance and compare before calling top_up again; a second top-up charges twice.';
const topUp = { method: 'POST', url: 'https://rest.example/account/top-up', headers: {} };
const read = { method: 'GET', url: 'https://rest.example/account/get-balance', headers: {} };
const http = (status: number, request: typeof topUp) =>
  createHttpError({ status, statusText: 'Status', headers: {}, body: '', request });

describe('outcomeUnknownHint', () => {
  it('warns after a top-up timeout, a connection lost after sending, or a 5xx', () => {
    expect(
      outcomeUnknownHint(new TimeoutError('t', { timeout: 5, url: topUp.url, request: topUp })),
    ).toBe(HINT);
    expect(
      outcomeUnknownHint(new NetworkError('n', { systemCode: 'ECONNRESET', request: topUp })),
    ).toBe(HINT);
    expect(outcomeUnknownHint(http(503, topUp))).toBe(HINT);
    expect(outcomeUnknownHint(http(502, { ...topUp, url: `${topUp.url}/` }))).toBe(HINT);
  });

  it('says nothing when the top-up surely never arrived, was refused, or was not a top-up', () => {
    expect(
      outcomeUnknownHint(new NetworkError('n', { systemCode: 'ECONNREFUSED', request: topUp })),
    ).toBeUndefined();
    expect(outcomeUnknownHint(http(401, topUp))).toBeUndefined();
    expect(outcomeUnknownHint(http(503, read))).toBeUndefined();
    expect(
      outcomeUnknownHint(new TimeoutError('t', { timeout: 5, url: read.url, request: read })),
    ).toBeUndefined();
    expect(
      outcomeUnknownHint(new TimeoutError('t', { timeout: 5, url: topUp.url })),
    ).toBeUndefined();
    expect(outcomeUnknownHint(http(503, { ...topUp, url: 'not a url' }))).toBeUndefined();
    expect(outcomeUnknownHint(new Error('x'))).toBeUndefined();
  });
});
