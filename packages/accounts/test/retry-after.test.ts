import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { http, HttpResponse as Reply } from 'msw';
import { RateLimitError } from '@acct/http';
import { Accounts } from '@acct/accounts';
import { API_KEY, CANARY_SECRET, recordingServer, REST } from '../../../test/support/recorder';

const { server, seen } = recordingServer();

afterEach(() => {
  jest.useRealTimers();
});

const accounts = () =>
  new Accounts(
    { apiKey: API_KEY, apiSecret: CANARY_SECRET },
    { restHost: REST, retry: { retries: 2, baseDelay: 1, maxBackoff: 1 } },
  );

/** Resolves once the server has seen `n` requests, advancing fake time by 0 so I/O can proceed. */
async function served(n: number) {
  for (let i = 0; i < 200 && seen.length < n; i++) {
    await new Promise((resolve) => setImmediate(resolve));
  }
  expect(seen).toHaveLength(n);
}

describe('429 with Retry-After', () => {
  it('waits exactly the Retry-After seconds before the retry', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    let calls = 0;
    server.use(
      http.get(`${REST}/account/get-balance`, () =>
        ++calls === 1
          ? Reply.json({ title: 'slow down' }, { status: 429, headers: { 'retry-after': '3' } })
          : Reply.json({ value: 5, autoReload: false }),
      ),
    );
    const pending = accounts().getBalance();
    await served(1);
    await jest.advanceTimersByTimeAsync(2999);
    expect(seen).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(1);
    await served(2);
    await expect(pending).resolves.toEqual({ value: 5, autoReload: false });
  });

  it('gives up with RateLimitError carrying retryAfter when retries run out', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    server.use(
      http.get(`${REST}/account/get-balance`, () =>
        Reply.json({}, { status: 429, headers: { 'retry-after': '1' } }),
      ),
    );
    const pending = accounts()
      .getBalance()
      .catch((e: unknown) => e);
    await served(1);
    await jest.advanceTimersByTimeAsync(1000);
    await served(2);
    await jest.advanceTimersByTimeAsync(1000);
    await served(3);
    const err = await pending;
    expect(err).toBeInstanceOf(RateLimitError);
    expect(err).toMatchObject({ status: 429, retryAfter: 1000 });
  });

  it('never re-sends a top-up answered 429', async () => {
    server.use(
      http.post(`${REST}/account/top-up`, () =>
        Reply.json({}, { status: 429, headers: { 'retry-after': '0' } }),
      ),
    );
    await expect(accounts().topUpBalance('trx-1')).rejects.toBeInstanceOf(RateLimitError);
    expect(seen).toHaveLength(1);
  });
});
