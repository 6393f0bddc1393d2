import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { createAcctMcpServer, type AcctMcpServerOptions } from '@acct/mcp-server';

/** A connected SDK client plus everything the server logged and every result it returned. */
export interface Connected {
  client: Client;
  /** Log lines of the server (what the bin writes to stderr). */
  logs: string[];
  /** Every tool result and resource read, as JSON, for canary checks. */
  seen: string[];
  /** Calls a tool and records the raw result. */
  call(name: string, args?: Record<string, unknown>): Promise<CallToolResult>;
  /** Reads a resource and records the result. */
  read(uri: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Connects the SDK client to a fresh acct MCP server over the in-memory transport.
 *
 * @param options - Server options (apiKey/apiSecret/hosts and flags).
 * @returns The connection.
 */
export async function connectClient(options: AcctMcpServerOptions): Promise<Connected> {
  const logs: string[] = [];
  const seen: string[] = [];
  const server = createAcctMcpServer({ ...options, log: (line) => logs.push(line) });
  const [clientTransport, serverTransport] = InMemoryTransport.createLinkedPair();
  const client = new Client({ name: 'acct-mcp-test', version: '1.0.0' });
  await Promise.all([server.connect(serverTransport), client.connect(clientTransport)]);
  return {
    client,
    logs,
    seen,
    async call(name, args = {}) {
      const result = (await client.callTool({ name, arguments: args })) as CallToolResult;
      seen.push(JSON.stringify(result));
      return result;
    },
    async read(uri) {
      const result = await client.readResource({ uri });
      seen.push(JSON.stringify(result));
      const first = result.contents[0];
      return first !== undefined && 'text' in first ? first.text : '';
    },
    async close() {
      await client.close();
      await server.close();
    },
  };
}

/**
 * The text blocks of a tool result.
 *
 * @param result - The result.
 * @returns The texts.
 */
export function texts(result: CallToolResult): string[] {
  return result.content.map((block) => (block.type === 'text' ? block.text : ''));
}

/**
 * The `error` object of a tool error (its second text block, JSON).
 *
 * @param result - A result with `isError: true`.
 * @returns The parsed error description.
 */
export function errorOf(result: CallToolResult): Record<string, unknown> {
  const json = texts(result)[1] ?? '{}';
  return (JSON.parse(json) as { error: Record<string, unknown> }).error;
}
