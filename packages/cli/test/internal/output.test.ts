import { describe, expect, it } from '@jest/globals';
import { Output } from '../../src/internal/output';
import { fakeIo } from '../helpers/fake-io';

describe('Output', () => {
  it('scrubs protected values from every line but the raw one', () => {
    const io = fakeIo();
    const out = new Output(io, true);
    out.protect('Canary9Secret');
    out.protect(undefined);
    out.protect('ab'); // too short to scrub safely
    out.line('a Canary9Secret b');
    out.json({ s: 'Canary9Secret' });
    out.info('x Canary9Secret');
    out.warn('w Canary9Secret');
    out.error('e Canary9Secret\nhint: h');
    out.raw('Canary9Secret');
    expect(io.out()).toBe('a [REDACTED] b\n{\n  "s": "[REDACTED]"\n}\nCanary9Secret\n');
    expect(io.err()).toBe('x [REDACTED]\nwarning: w [REDACTED]\ne [REDACTED]\nhint: h\n');
  });

  it('colours only a terminal, and only when colour is allowed', () => {
    const tty = fakeIo({}, { stdout: true, stderr: true });
    new Output(tty, true).error('bad');
    expect(tty.err()).toBe('\u001b[31mbad\u001b[39m\n');
    expect(new Output(tty, true).style('bold', 'b')).toBe('\u001b[1mb\u001b[22m');
    expect(new Output(tty, false).style('bold', 'b')).toBe('b');
    expect(new Output(fakeIo(), true).style('bold', 'b')).toBe('b');
  });

  it('scrubs a secret inside JSON too, where quotes and control characters are escaped', () => {
    const io = fakeIo();
    const out = new Output(io, false, true);
    const secret = 'Qu"ote\\7\nSecret';
    out.protect(secret);
    out.json({ s: secret });
    out.info(`i ${secret}`);
    out.warn(`w ${secret}`);
    out.report({ code: 'ACCT_X', message: `m ${secret}`, status: null, details: [] });
    expect(io.out()).toBe('{\n  "s": "[REDACTED]"\n}\n');
    expect(io.err()).toBe(
      '{"info":"i [REDACTED]"}\n{"warning":"w [REDACTED]"}\n' +
        '{"error":{"code":"ACCT_X","message":"m [REDACTED]","status":null}}\n',
    );
  });

  it('prints null for an empty response', () => {
    const io = fakeIo();
    new Output(io, false).json(undefined);
    expect(io.out()).toBe('null\n');
  });
});
