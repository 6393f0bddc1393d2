import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import type { CliIo } from '../cli-io';
import { UsageError } from '../errors/usage-error';

/** Reads one line from a terminal. Hidden: raw mode with the echo sent nowhere. */
export function askLine(io: CliIo, question: string, hidden: boolean): Promise<string> {
  io.stderr.write(question);
  const muted = new Writable({ write: (_chunk, _encoding, done) => done() });
  const rl = createInterface({ input: io.stdin, output: muted, terminal: hidden });
  return new Promise<string>((resolve, reject) => {
    let answered = false;
    rl.once('line', (line) => {
      answered = true;
      rl.close();
      resolve(line);
    });
    rl.once('SIGINT', () => rl.close());
    rl.once('close', () => {
      if (hidden) io.stderr.write('\n');
      if (!answered) reject(new UsageError('cancelled: no answer was given'));
    });
  });
}

/** Asks a yes/no question on a terminal; only `y` or `yes` (any case) confirms. */
export async function confirm(io: CliIo, question: string): Promise<boolean> {
  const answer = await askLine(io, `${question} [y/N] `, false);
  return /^y(es)?$/i.test(answer.trim());
}

/** The most `readFirstLine` reads before giving up on finding a line break. */
export const MAX_LINE = 65_536;

/**
 * Reads stdin up to its first line break (or its end) and returns that first line, without
 * the line break. Stops reading there: a stream without a line break in its first
 * {@link MAX_LINE} characters is refused, so a huge or endless stdin cannot fill the memory.
 */
export async function readFirstLine(stdin: CliIo['stdin']): Promise<string> {
  const decoder = new TextDecoder();
  let data = '';
  for await (const chunk of stdin) {
    data += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    const end = data.search(/\r?\n/);
    if (end !== -1) return data.slice(0, end);
    if (data.length > MAX_LINE) {
      throw new UsageError(`the first line of stdin is longer than ${MAX_LINE} characters`);
    }
  }
  return data + decoder.decode();
}
