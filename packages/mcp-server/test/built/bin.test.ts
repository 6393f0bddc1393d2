import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { startEmulator } from '@acct/emulator';

type Emu = Awaited<ReturnType<typeof startEmulator>>;

// the BUILT bin (the test command builds every package before Jest runs)
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = join(ROOT, 'dist', 'bin.mjs');
const VERSION = (
  JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
).version;

let emulator: Emu;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
});
afterAll(async () => {
  await emulator.close();
});

describe('acct-mcp bin (a real process over stdio)', () => {
  it('lists the read-only tools and answers get_balance; stderr never holds the secret', async () => {
    const transport = new StdioClientTransport({
      command: process.execPath,
      args: [BIN],
      env: {
        PATH: process.env.PATH ?? '',
        ACCT_API_KEY: 'acct-demo',
        ACCT_API_SECRET: 'Demo1Secret',
        ACCT_REST_HOST: emulator.url,
        ACCT_API_HOST: emulator.url,
      },
      stderr: 'pipe',
    });
    let stderr = '';
    transport.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const client = new Client({ name: 'acct-mcp-e2e', version: '1.0.0' });
    await client.connect(transport);
    try {
      const { tools } = await client.listTools();
      expect(tools.map((t) => t.name).sort()).toEqual([
        'get_account_settings',
        'get_balance',
        'get_secret',
        'list_secrets',
      ]);
      const result = await client.callTool({ name: 'get_balance', arguments: { min_eur: 20 } });
      expect(result.structuredContent).toEqual({
        balance_eur: 10.5,
        auto_reload: true,
        min_eur: 20,
        below_min: true,
      });
      expect(JSON.stringify(result)).not.toContain('Demo1Secret');
    } finally {
      await client.close();
    }
    expect(stderr).toContain(
      `[acct-mcp] ${VERSION}: stdio, read-only tools (start with --allow-write to enable writes)`,
    );
    expect(stderr).toContain('[acct-mcp] get_balance: ok');
    expect(stderr).not.toContain('Demo1Secret');
  });
});
