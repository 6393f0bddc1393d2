import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { startEmulator } from '@acct/emulator';
import { MCP_USAGE, parseMcpArgs } from '@acct/mcp-server';
import {
  MAX_MIN_EUR,
  MAX_PATH_LENGTH,
  MAX_REFERENCE_LENGTH,
  MAX_URL_LENGTH,
} from '../src/internal/argument-rules';
import { CREDENTIAL_FLAGS } from '../src/internal/credential-flag';
import { connectClient } from './helpers/connect-client';

const README = readFileSync(
  join(dirname(fileURLToPath(import.meta.url)), '..', 'README.md'),
  'utf8',
);

interface ServerEntry {
  command: string;
  args: string[];
  env: Record<string, string>;
}

/** Every MCP client configuration shown in the README, as parsed JSON. */
const configs = [...README.matchAll(/```json\n([\s\S]*?)```/g)].map(
  (m) =>
    JSON.parse(m[1] ?? '') as {
      mcpServers?: Record<string, ServerEntry>;
      servers?: Record<string, ServerEntry>;
    },
);
const entries = configs.map((c) => (c.mcpServers ?? c.servers ?? {}).acct as ServerEntry);

describe('README', () => {
  it('shows three copy-paste client configurations that launch the package over npx', () => {
    expect(entries).toHaveLength(3);
    for (const entry of entries) {
      expect(entry.command).toBe('npx');
      expect(entry.args.slice(0, 2)).toEqual(['-y', '@acct/mcp-server']);
      expect(Object.keys(entry.env).sort()).toEqual(['ACCT_API_KEY', 'ACCT_API_SECRET']);
    }
  });

  it('has configurations whose flags and env the server accepts', () => {
    const [claude, vscode, writes] = entries.map((e) => parseMcpArgs(e.args.slice(2), e.env));
    expect(claude?.server).toEqual({
      apiKey: 'abcd1234',
      apiSecret: 'your-api-secret',
      allowWrite: false,
      allowTopUp: false,
    });
    expect(vscode?.server.apiSecret).toBe('${input:acct-api-secret}');
    expect(writes?.server).toEqual({
      apiKey: 'abcd1234',
      apiSecret: 'your-api-secret',
      allowWrite: true,
      allowTopUp: true,
      secretOut: '/home/me/.acct/new-secret.txt',
      trx: '8ef2447e69604f642ae59363aa5f781b',
    });
  });

  it('documents every flag of the usage text', () => {
    for (const flag of MCP_USAGE.match(/--[a-z-]+/g) ?? []) expect(README).toContain(`\`${flag}`);
  });

  it('documents every credential flag beside its environment variable, in the README and --help', () => {
    const rows = README.split('\n').filter((line) => line.startsWith('| `ACCT_'));
    for (const [flag, variable] of Object.entries(CREDENTIAL_FLAGS)) {
      const row = rows.find((line) => line.startsWith(`| \`${variable}\``));
      expect(row).toContain(`\`--${flag}\``);
      const usage = MCP_USAGE.split('\n').find((line) => line.startsWith(`  ${variable} `));
      expect(usage).toMatch(new RegExp(`\\(instead of [^)]*--${flag}[,)]`));
    }
  });

  it('links the field-name mapping to the one table in the emulator README', () => {
    expect(README).toContain(
      '[One spelling per layer](../emulator/README.md#one-spelling-per-layer)',
    );
  });

  it('lists the bounds it enforces in its Errors section', () => {
    const errors = README.slice(README.indexOf('## Errors'), README.indexOf('## Logs'));
    for (const bound of [
      `from 0 to ${MAX_MIN_EUR}`,
      `1 to ${MAX_REFERENCE_LENGTH} visible ASCII characters`,
      `at most ${MAX_URL_LENGTH} characters`,
      `1 to ${MAX_PATH_LENGTH} characters`,
      'from 0 to 65535',
      'at least 16 characters',
    ]) {
      expect(errors).toContain(bound);
    }
  });

  it('runs the library example (over the in-memory transport) against the emulator', async () => {
    const emulator = await startEmulator({ port: 0 });
    const env = {
      ACCT_API_KEY: 'acct-demo',
      ACCT_API_SECRET: 'Demo1Secret',
      ACCT_REST_HOST: emulator.url,
      ACCT_API_HOST: emulator.url,
    };
    const c = await connectClient({
      apiKey: env.ACCT_API_KEY ?? '',
      apiSecret: env.ACCT_API_SECRET ?? '',
      restHost: env.ACCT_REST_HOST,
      apiHost: env.ACCT_API_HOST,
      allowWrite: false,
    });
    const result = await c.call('get_balance');
    await c.close();
    await emulator.close();
    expect(result.structuredContent).toEqual({ balance_eur: 10.5, auto_reload: true });
  });
});
