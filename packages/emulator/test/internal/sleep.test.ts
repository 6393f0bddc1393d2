import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { sleep } from '../../src/internal/sleep';

beforeEach(() => {
  jest.useFakeTimers();
});
afterEach(() => {
  jest.useRealTimers();
});

describe('sleep', () => {
  it('resolves true once the time has passed', async () => {
    let done: boolean | undefined;
    void sleep(1000).then((value) => (done = value));
    await jest.advanceTimersByTimeAsync(999);
    expect(done).toBeUndefined();
    await jest.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });

  it('resolves false at once when the signal aborts, clearing its timer', async () => {
    const controller = new AbortController();
    const slept = sleep(60_000, controller.signal);
    controller.abort();
    await expect(slept).resolves.toBe(false);
    expect(jest.getTimerCount()).toBe(0);
  });

  it('resolves false for an already aborted signal', async () => {
    await expect(sleep(10, AbortSignal.abort())).resolves.toBe(false);
    expect(jest.getTimerCount()).toBe(0);
  });

  it('forgets its abort listener once the time has passed', async () => {
    const controller = new AbortController();
    const slept = sleep(5, controller.signal);
    await jest.advanceTimersByTimeAsync(5);
    await expect(slept).resolves.toBe(true);
    controller.abort(); // no effect, no error
  });
});
