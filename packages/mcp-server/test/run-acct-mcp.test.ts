import { describe, expect, it } from '@jest/globals';
import { startEmulator } from '@acct/emulator';
import { AcctMcpConfigError, MCP_USAGE, runAcctMcp } from '@acct/mcp-server';

const TOKEN = 'run-token-0123456789abcdef';

describe('runAcctMcp', () => {
  it('prints the usage for --help and starts nothing', async () => {
    const out: string[] = [];
    const running = await runAcctMcp(['--help'], {}, { out: (t) => out.push(t) });
    expect(running.mode).toBe('help');
    expect(out).toEqual([MCP_USAGE]);
    await running.close();
  });

  it('prints the version for --version', async () => {
    const out: string[] = [];
    const running = await runAcctMcp(['--version'], {}, { out: (t) => out.push(t) });
    expect(running.mode).toBe('version');
    expect(out).toEqual([`${__ACCT_VERSION__}\n`]);
  });

  it('serves streamable HTTP with --http and logs what is unlocked, never a credential', async () => {
    const emulator = await startEmulator({ port: 0 });
    const logs: string[] = [];
    const running = await runAcctMcp(
      ['--http', '--port', '0', '--allow-write', '--allow-top-up'],
      {
        ACCT_API_KEY: 'acct-demo',
        ACCT_API_SECRET: 'Demo1Secret',
        ACCT_REST_HOST: emulator.url,
        ACCT_API_HOST: emulator.url,
        ACCT_MCP_TOKEN: TOKEN,
      },
      { log: (line) => logs.push(line) },
    );
    try {
      expect(running.mode).toBe('http');
      expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/mcp$/);
      expect(logs).toEqual([
        `[acct-mcp] listening on ${running.url} (bearer token required)`,
        `[acct-mcp] ${__ACCT_VERSION__}: streamable HTTP, read, write and top-up tools`,
      ]);
      for (const line of logs) {
        expect(line).not.toContain(TOKEN);
        expect(line).not.toContain('Demo1Secret');
      }
    } finally {
      await running.close();
      await emulator.close();
    }
  });

  it('rejects an unusable configuration with AcctMcpConfigError', async () => {
    await expect(runAcctMcp([], {})).rejects.toThrow(AcctMcpConfigError);
  });
});

declare const __ACCT_VERSION__: string;
