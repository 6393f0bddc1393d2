import { describe, expect, it } from '@jest/globals';
import { MAX_LINE, askLine, confirm, readFirstLine } from '../../src/internal/prompt';
import { UsageError } from '../../src/errors/usage-error';
import { fakeIo } from '../helpers/fake-io';

describe('prompts', () => {
  it('reads a hidden line without echoing it', async () => {
    const io = fakeIo({}, { stdin: true });
    const answer = askLine(io, 'New secret: ', true);
    io.stdin.write('Hidden1Secret\r');
    await expect(answer).resolves.toBe('Hidden1Secret');
    expect(io.err()).toBe('New secret: \n');
  });

  it('confirms only on y or yes', async () => {
    for (const [typed, expected] of [
      ['y', true],
      ['YES', true],
      ['', false],
      ['n', false],
      ['yeah', false],
    ] as const) {
      const io = fakeIo({}, { stdin: true });
      const answer = confirm(io, 'Go?');
      io.stdin.write(`${typed}\n`);
      await expect(answer).resolves.toBe(expected);
      expect(io.err()).toBe('Go? [y/N] ');
    }
  });

  it('rejects with a usage error when the input ends or Ctrl+C is pressed', async () => {
    const ended = fakeIo({}, { stdin: true });
    const answer = askLine(ended, 'Q: ', false);
    ended.stdin.end();
    await expect(answer).rejects.toThrow(new UsageError('cancelled: no answer was given'));
    const interrupted = fakeIo({}, { stdin: true });
    const hidden = askLine(interrupted, 'Q: ', true);
    interrupted.stdin.write('\u0003');
    await expect(hidden).rejects.toThrow(UsageError);
  });

  it('reads the first line of stdin', async () => {
    const io = fakeIo();
    io.stdin.end('First1Line\r\nsecond\n');
    await expect(readFirstLine(io.stdin)).resolves.toBe('First1Line');
    const empty = fakeIo();
    empty.stdin.end();
    await expect(readFirstLine(empty.stdin)).resolves.toBe('');
    const split = fakeIo();
    const bytes = Buffer.from('Ünï1code\n');
    split.stdin.write(bytes.subarray(0, 1)); // half of 'Ü'
    split.stdin.end(bytes.subarray(1));
    await expect(readFirstLine(split.stdin)).resolves.toBe('Ünï1code');
  });

  it('stops at the first line break, and refuses a first line longer than MAX_LINE', async () => {
    const endless = fakeIo();
    endless.stdin.write('Line1Secret\n');
    // never ended: the line is returned all the same
    await expect(readFirstLine(endless.stdin)).resolves.toBe('Line1Secret');
    const long = fakeIo();
    long.stdin.write('x'.repeat(MAX_LINE + 1));
    await expect(readFirstLine(long.stdin)).rejects.toThrow(
      new UsageError('the first line of stdin is longer than 65536 characters'),
    );
  });
});
