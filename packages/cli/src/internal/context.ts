import { format } from 'node:util';
import createDebug from 'debug';
import { Acct } from '@acct/server-sdk';
import type { CliIo } from '../cli-io';
import { UsageError } from '../errors/usage-error';
import { resolveConfig, type CliConfig, type CliFlags } from '../resolve-config';
import { Output } from './output';
import { withSpinner } from './spinner';
import { VERSION } from './version';

/** What a command's action works with. */
export interface CommandContext {
  io: CliIo;
  config: CliConfig;
  out: Output;
  /** True when stdin is a terminal (prompts and confirmations are possible). */
  interactive: boolean;
  /** The SDK client for the resolved credentials and hosts. */
  acct(): Acct;
  /** Runs one SDK call, with a spinner on a terminal when it is slow. */
  call<T>(label: string, task: () => Promise<T>): Promise<T>;
}

/** Builds the SDK options from the resolved config: only the fields that were given. */
export function sdkOptions(config: CliConfig): Record<string, unknown> {
  const options: Record<string, unknown> = { appendUserAgent: `acct-cli/${VERSION}` };
  if (config.restHost !== undefined) options.restHost = config.restHost;
  if (config.apiHost !== undefined) options.apiHost = config.apiHost;
  if (config.timeout !== undefined) options.timeout = config.timeout;
  return options;
}

/** Creates the context of one run from the merged global flags. */
export function createContext(io: CliIo, flags: CliFlags, output?: Output): CommandContext {
  const config = resolveConfig(flags, io.env);
  const out = output ?? new Output(io, config.color, config.json);
  out.protect(config.apiSecret);
  let client: Acct | undefined;
  return {
    io,
    config,
    out,
    interactive: io.stdin.isTTY === true,
    acct() {
      if (config.apiKey === undefined || config.apiSecret === undefined) {
        throw new UsageError(
          config.apiKey === undefined
            ? 'no API key: set ACCT_API_KEY (or pass --api-key)'
            : 'no API secret: set ACCT_API_SECRET (not --api-secret: argv is visible to other users)',
        );
      }
      client ??= new Acct(
        { apiKey: config.apiKey, apiSecret: config.apiSecret },
        sdkOptions(config),
      );
      return client;
    },
    call(label, task) {
      return withSpinner(io.stderr, io.stderr.isTTY === true && !config.json, label, task);
    },
  };
}

/**
 * Turns on the `acct:*` debug logs, written through `out` (so still scrubbed).
 *
 * @returns A function that restores the previous debug settings.
 */
export function enableVerbose(out: Output): () => void {
  const previous = createDebug.disable();
  const previousLog = createDebug.log;
  createDebug.log = (...args: unknown[]) => out.info(format(...args));
  createDebug.enable(previous === '' ? 'acct:*' : `${previous},acct:*`);
  return () => {
    createDebug.disable();
    createDebug.log = previousLog;
    if (previous !== '') createDebug.enable(previous);
  };
}
