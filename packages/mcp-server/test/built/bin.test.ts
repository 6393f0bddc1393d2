import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { startEmulator } from '@acct/emulator';

type Emu = Awaited<ReturnType<typeof startEmulator>>;

// the BUILT bin (the test command builds every package before Jest runs)
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// the committed shim npm links as `acct-mcp` (it exists before the build, so `npm ci` links it)
const SHIM = join(ROOT, 'bin', 'acct-mcp.mjs');
const MANIFEST = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  bin: Record<string, string>;
  files: string[];
};
const VERSION = MANIFEST.version;

/** Runs a file as a plain process with only PATH in its environment. */
const run = (command: string, args: string[]) =>
  spawnSync(command, args, {
    encoding: 'utf8',
    timeout: 15_000,
    env: { PATH: process.env.PATH ?? '' },
  });

let emulator: Emu;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
});
afterAll(async () => {
  await emulator.close();
});

describe('acct-mcp bin shim (what npm links)', () => {
  it('is the bin of the package, shipped in files, and imports the built program', () => {
    expect(MANIFEST.bin).toEqual({ 'acct-mcp': './bin/acct-mcp.mjs' });
    expect(MANIFEST.files).toContain('bin');
    expect(readFileSync(SHIM, 'utf8')).toMatch(
      /^#!\/usr\/bin\/env node\n[\s\S]*^import '\.\.\/dist\/bin\.mjs';\n$/m,
    );
  });

  it.each([
    ['through node', process.execPath, [SHIM, '--help']],
    ['as an executable (shebang and mode, as npm links it)', SHIM, ['--help']],
  ])('prints the usage for --help %s and exits 0', (_how, command, args) => {
    const result = run(command, args);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(
      result.stdout.startsWith(
        'Usage: acct-mcp [options]\n\nMCP server exposing the Account API as agent tools (stdio by default).\n',
      ),
    ).toBe(true);
    expect(result.stdout).toContain(
      '  ACCT_API_SECRET       API secret               (instead of --api-secret, --secret, --password)\n',
    );
  });

  it('is linked by a fresh npm install, before any build, and then runs (issue 15.2)', () => {
    // a workspace holding only this package's manifest (no dependencies: offline) and its bin/
    const dir = mkdtempSync(join(tmpdir(), 'acct-mcp-link-'));
    try {
      const pkg = join(dir, 'packages', 'mcp-server');
      cpSync(join(ROOT, 'bin'), join(pkg, 'bin'), { recursive: true });
      const {
        dependencies: _d,
        devDependencies: _dd,
        ...manifest
      } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
      writeFileSync(join(pkg, 'package.json'), JSON.stringify(manifest));
      writeFileSync(
        join(dir, 'package.json'),
        JSON.stringify({ name: 'link-check', private: true, workspaces: ['packages/*'] }),
      );
      const install = spawnSync(
        'npm',
        ['install', '--offline', '--ignore-scripts', '--no-audit', '--no-fund'],
        { cwd: dir, encoding: 'utf8', timeout: 60_000 },
      );
      expect(install.status).toBe(0);
      const link = join(dir, 'node_modules', '.bin', 'acct-mcp');
      expect(readlinkSync(link)).toBe('../@acct/mcp-server/bin/acct-mcp.mjs');
      // the build arrives later; the link then runs it
      symlinkSync(join(ROOT, 'dist'), join(pkg, 'dist'));
      const result = run(link, ['--help']);
      expect(result.status).toBe(0);
      expect(result.stdout.startsWith('Usage: acct-mcp [options]\n')).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints the version for --version', () => {
    const result = run(process.execPath, [SHIM, '--version']);
    expect([result.status, result.stdout, result.stderr]).toEqual([0, `${VERSION}\n`, '']);
  });

  it('warns on stderr that a secret on argv is visible to other users, exits 2, never echoes it', () => {
    const result = run(process.execPath, [SHIM, '--api-secret', 'Zebra7Canary9Value']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      '[@acct/mcp-server] warning: --api-secret (argument 1) puts a credential on the command ' +
        'line, where other users of this machine can see it (ps, /proc) and shell history keeps ' +
        'it. acct-mcp never reads credentials from flags and did not start: set ACCT_API_SECRET ' +
        'in its environment instead (in an MCP client configuration, the "env" block), and ' +
        'change that credential if this machine is shared\n',
    );
  });

  it('reports a stray argument by position, exits 2, never echoes it', () => {
    const result = run(process.execPath, [SHIM, 'Zebra7Canary9Value']);
    expect([result.status, result.stdout, result.stderr]).toEqual([
      2,
      '',
      '[@acct/mcp-server] unexpected argument at position 1: acct-mcp takes no positional ' +
        'arguments. Run acct-mcp --help for the options\n',
    ]);
  });
});

describe('acct-mcp bin (a real process over stdio)', () => {
  it('lists the read-only tools and answers get_balance; stderr never holds the secret', async () => {
    const transport = new StdioClientTransport({
      command: process.execPath,
      args: [SHIM],
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
