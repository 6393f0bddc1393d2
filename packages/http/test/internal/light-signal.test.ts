import { describe, expect, it, jest } from '@jest/globals';
import { LightSignal, lightController } from '../../src/internal/light-signal';

describe('LightSignal', () => {
  it('passes the AbortSignal check of node-fetch', () => {
    expect(Object.prototype.toString.call(new LightSignal())).toBe('[object AbortSignal]');
  });

  it('calls abort listeners once, with the signal as this, and keeps the reason', () => {
    const signal = new LightSignal();
    const seen: unknown[] = [];
    const listener = jest.fn(function (this: unknown, event: { type: string }) {
      seen.push(this, event.type);
    });
    const other = jest.fn();
    signal.addEventListener('abort', listener);
    signal.addEventListener('close', other);
    const reason = new Error('r');
    signal.abort(reason);
    signal.abort(new Error('again'));
    expect(listener).toHaveBeenCalledTimes(1);
    expect(other).not.toHaveBeenCalled();
    expect(seen).toEqual([signal, 'abort']);
    expect([signal.aborted, signal.reason]).toEqual([true, reason]);
  });

  it('removes listeners; removing an unknown one is harmless', () => {
    const signal = new LightSignal();
    const listener = jest.fn();
    signal.removeEventListener('abort', listener);
    signal.addEventListener('abort', listener);
    signal.removeEventListener('close', listener);
    signal.removeEventListener('abort', () => undefined);
    signal.removeEventListener('abort', listener);
    signal.abort();
    expect(listener).not.toHaveBeenCalled();
  });

  it('lets a listener remove itself while aborting', () => {
    const signal = new LightSignal();
    const calls: string[] = [];
    const first = () => {
      calls.push('first');
      signal.removeEventListener('abort', first);
    };
    signal.addEventListener('abort', first);
    signal.addEventListener('abort', () => calls.push('second'));
    signal.abort();
    expect(calls).toEqual(['first', 'second']);
  });

  it('defaults the reason to an AbortError DOMException, through lightController', () => {
    const controller = lightController();
    controller.abort();
    const signal = controller.signal as LightSignal;
    expect(signal.aborted).toBe(true);
    expect((signal.reason as DOMException).name).toBe('AbortError');
  });
});
