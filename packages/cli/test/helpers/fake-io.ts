import { PassThrough } from 'node:stream';
import type { CliIo } from '../../src/cli-io';

/** An in-memory io: what was written, and a stdin that can pretend to be a terminal. */
export interface FakeIo extends CliIo {
  stdin: PassThrough & { isTTY?: boolean };
  out(): string;
  err(): string;
}

export function fakeIo(
  env: Record<string, string | undefined> = {},
  tty: { stdin?: boolean; stdout?: boolean; stderr?: boolean } = {},
): FakeIo {
  let out = '';
  let err = '';
  const stdin = new PassThrough() as PassThrough & { isTTY?: boolean };
  if (tty.stdin === true) stdin.isTTY = true;
  return {
    stdin,
    stdout: { write: (s: string) => ((out += s), true), isTTY: tty.stdout === true },
    stderr: { write: (s: string) => ((err += s), true), isTTY: tty.stderr === true },
    env,
    out: () => out,
    err: () => err,
  };
}
