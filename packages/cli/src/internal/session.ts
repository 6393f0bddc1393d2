import type { Command } from 'commander';
import type { CliIo } from '../cli-io';
import type { CliFlags } from '../resolve-config';
import { createContext, enableVerbose, type CommandContext } from './context';
import type { Output } from './output';

/** One run of the program: the io, and the context the running command created. */
export class Session {
  readonly io: CliIo;
  /** Where everything of this run is printed, when `run()` made it before parsing. */
  readonly out: Output | undefined;
  context: CommandContext | undefined;
  #restore: (() => void) | undefined;

  constructor(io: CliIo, out?: Output) {
    this.io = io;
    this.out = out;
  }

  /** Resolves the global flags of `command` into the context of this run. */
  contextFor(command: Command): CommandContext {
    const context = createContext(this.io, command.optsWithGlobals<CliFlags>(), this.out);
    this.context = context;
    if (context.config.verbose && this.#restore === undefined) {
      this.#restore = enableVerbose(context.out);
    }
    return context;
  }

  /** Undoes what the run turned on (debug logs). */
  end(): void {
    this.#restore?.();
    this.#restore = undefined;
  }
}

/** The help text block that shows an example, added after a command's help. */
export function example(...lines: string[]): string {
  return `\nExample${lines.length > 1 ? 's' : ''}:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
}
