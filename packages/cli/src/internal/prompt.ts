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

/** Reads the whole of stdin and returns its first line, without the line break. */
export async function readFirstLine(stdin: CliIo['stdin']): Promise<string> {
  let data = '';
  for await (const chunk of stdin) {
    data += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
  }
  return data.split(/\r?\n/)[0] ?? '';
}
