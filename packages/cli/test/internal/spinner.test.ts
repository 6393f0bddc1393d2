import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { SPINNER_DELAY, withSpinner } from '../../src/internal/spinner';

describe('withSpinner', () => {
  beforeEach(() => {
    jest.useFakeTimers();
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  const stream = () => {
    const writes: string[] = [];
    return { writes, stream: { write: (s: string) => writes.push(s) > 0, isTTY: true } };
  };

  it('shows nothing for a call faster than the delay', async () => {
    const { writes, stream: s } = stream();
    let settle: (v: string) => void = () => undefined;
    const pending = withSpinner(s, true, 'working', () => new Promise<string>((r) => (settle = r)));
    await jest.advanceTimersByTimeAsync(SPINNER_DELAY - 1);
    settle('done');
    await expect(pending).resolves.toBe('done');
    await jest.advanceTimersByTimeAsync(1000);
    expect(writes).toEqual([]);
  });

  it('spins after the delay and erases itself, also on failure', async () => {
    const { writes, stream: s } = stream();
    let fail: (e: Error) => void = () => undefined;
    const pending = withSpinner(
      s,
      true,
      'working',
      () => new Promise<string>((_r, j) => (fail = j)),
    );
    await jest.advanceTimersByTimeAsync(SPINNER_DELAY);
    expect(writes).toEqual(['\r⠋ working']);
    await jest.advanceTimersByTimeAsync(80);
    expect(writes).toEqual(['\r⠋ working', '\r⠙ working']);
    fail(new Error('boom'));
    await expect(pending).rejects.toThrow('boom');
    expect(writes.at(-1)).toBe('\r\u001b[K');
    await jest.advanceTimersByTimeAsync(1000);
    expect(writes).toHaveLength(3);
  });

  it('never spins when disabled (piped, or --json)', async () => {
    const { writes, stream: s } = stream();
    const pending = withSpinner(
      s,
      false,
      'working',
      () => new Promise<number>((r) => setTimeout(() => r(1), 1000)),
    );
    await jest.advanceTimersByTimeAsync(1000);
    await expect(pending).resolves.toBe(1);
    expect(writes).toEqual([]);
  });
});
