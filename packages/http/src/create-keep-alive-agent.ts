import type { Agent as HttpAgent } from 'node:http';
import type { Agent as HttpsAgent } from 'node:https';

/** node:http and node:https, loaded when the first agent is made (node:https pulls in TLS). */
function builtin<T extends 'node:http' | 'node:https'>(id: T) {
  return process.getBuiltinModule(id);
}

/**
 * Options of {@link createKeepAliveAgent}.
 *
 * @example
 * ```ts
 * const options: KeepAliveAgentOptions = { maxSockets: 20 };
 * ```
 */
export interface KeepAliveAgentOptions {
  /**
   * Most sockets open at once per host.
   *
   * @default Infinity
   */
  maxSockets?: number;
  /**
   * How long an idle socket is kept for reuse, in ms (below the usual 5 s server keep-alive).
   *
   * @default 4000
   */
  freeSocketTimeout?: number;
}

/**
 * The agent selector that node-fetch accepts as `agent`: `(url: URL) => Agent`.
 *
 * @example
 * ```ts
 * const agent: AgentSelector = createKeepAliveAgent();
 * agent(new URL('https://api.nexmo.com/')); // an https.Agent with keep-alive
 * ```
 */
export type AgentSelector = (url: URL) => HttpAgent;

/**
 * Creates keep-alive agents for one client: one `http.Agent` and one `https.Agent`, each
 * made on first use, and returns the selector node-fetch accepts as `agent`. Create one
 * per client; calls without an `agent` share a default one.
 *
 * @param options - Socket limits.
 * @returns `(url: URL) => Agent`, picking the agent by protocol.
 * @example
 * ```ts
 * import { createKeepAliveAgent, request } from '@acct/http';
 *
 * const agent = createKeepAliveAgent({ maxSockets: 10 });
 * await request({ url: 'https://rest.nexmo.com/account/get-balance' }, { agent });
 * ```
 */
export function createKeepAliveAgent(options: KeepAliveAgentOptions = {}): AgentSelector {
  const settings = {
    keepAlive: true,
    maxSockets: options.maxSockets ?? Infinity,
    timeout: options.freeSocketTimeout ?? 4000,
    scheduling: 'lifo' as const,
  };
  let http: HttpAgent | undefined;
  let https: HttpsAgent | undefined;
  return (url: URL) =>
    url.protocol === 'https:'
      ? (https ??= new (builtin('node:https').Agent)(settings))
      : (http ??= new (builtin('node:http').Agent)(settings));
}
