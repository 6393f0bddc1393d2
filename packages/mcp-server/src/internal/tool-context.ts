import { resolve } from 'node:path';
import { Acct } from '@acct/server-sdk';
import type { AcctMcpServerOptions } from '../acct-mcp-server-options';
import { checkServerOptions } from './check-server-options';
import { createScrubber, type Scrubber } from './scrub';

/** What every tool handler needs: the client, the operator's settings, a log and a scrubber. */
export interface ToolContext {
  /** The current client; replaced when a rotation revoked the secret it was built with. */
  acct: Acct;
  readonly apiKey: string;
  readonly allowWrite: boolean;
  readonly allowTopUp: boolean;
  /** Absolute path of the secret file, when the operator named one. */
  readonly secretOut: string | undefined;
  readonly trx: string | undefined;
  /** Writes a line (already scrubbed) to the operator's log. */
  readonly log: (line: string) => void;
  /** Removes every known secret from a string. */
  readonly scrub: Scrubber;
  /** Builds a client for the same account and hosts with another secret. */
  readonly createAcct: (apiSecret: string) => Acct;
}

const writeStderr = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

/**
 * Builds the shared state of one server (or of every session of the HTTP server).
 *
 * @param input - The operator's options.
 * @returns The context the tools run with.
 * @throws `ValidationError` or {@link AcctMcpConfigError} when the options are unusable (see
 *   {@link checkServerOptions}).
 */
export function createToolContext(input: AcctMcpServerOptions): ToolContext {
  const options = checkServerOptions(input);
  const scrub = createScrubber([options.apiSecret]);
  const sink = options.log ?? writeStderr;
  const createAcct = (apiSecret: string): Acct => {
    scrub.add(apiSecret);
    return new Acct(
      { apiKey: options.apiKey, apiSecret },
      {
        ...(options.restHost === undefined ? {} : { restHost: options.restHost }),
        ...(options.apiHost === undefined ? {} : { apiHost: options.apiHost }),
        ...(options.timeout === undefined ? {} : { timeout: options.timeout }),
        appendUserAgent: 'acct-mcp',
      },
    );
  };
  return {
    acct: createAcct(options.apiSecret),
    apiKey: options.apiKey,
    allowWrite: options.allowWrite === true,
    allowTopUp: options.allowWrite === true && options.allowTopUp === true,
    secretOut: options.secretOut === undefined ? undefined : resolve(options.secretOut),
    trx: options.trx,
    log: (line) => sink(`[acct-mcp] ${scrub(line)}`),
    scrub,
    createAcct,
  };
}
