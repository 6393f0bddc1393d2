// The README's "One spelling per layer" table, held against the sources of every layer (read
// only) and against the emulator itself, so the table cannot drift from the code.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { Emulator, type AccountSeed, type AccountSnapshot } from '@acct/emulator';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const readme = read('../README.md');
const source = {
  sdkInput: read('../../accounts/src/types/account-callbacks.ts'),
  wireRequest: read('../../accounts/src/validation/assert-callbacks.ts'),
  wireResponse: read('../../accounts/src/types/account-update-response.ts'),
  mcpArguments: read('../../mcp-server/src/internal/tools/update-account-callbacks.ts'),
  mcpOutput: read('../../mcp-server/src/internal/tools/settings-output.ts'),
  cli: read('../../cli/src/commands/settings.ts'),
};

/** The table's rows: the cells of each line between the header and the next blank line. */
function table(): string[][] {
  const start = readme.indexOf('| setting ');
  expect(start).toBeGreaterThan(0);
  const lines = readme.slice(start).split('\n');
  const rows = lines.slice(
    2,
    lines.findIndex((line) => !line.startsWith('|')),
  );
  return rows.map((row) =>
    row
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim()),
  );
}

/** The name inside the first backticks of a cell, without quotes; undefined for none. */
const nameIn = (cell: string) => /`'?([^`']+)'?`/.exec(cell)?.[1];

describe('README: one spelling per layer', () => {
  const rows = table();

  it('has the five settings, in order', () => {
    expect(rows.map((r) => nameIn(r[3]!))).toEqual([
      'mo-callback-url',
      'dr-callback-url',
      'max-outbound-request',
      'max-inbound-request',
      'max-calls-per-second',
    ]);
  });

  it.each(rows.map((row) => [nameIn(row[3]!), row] as const))(
    '%s is spelled in each layer as the code spells it',
    (_setting, row) => {
      const [, sdkInput, wireRequest, wireResponse, emulator, mcp, cli] = row.map(nameIn);
      if (sdkInput !== undefined) expect(source.sdkInput).toContain(`${sdkInput}?: string`);
      if (wireRequest !== undefined) expect(source.wireRequest).toContain(`'${wireRequest}'`);
      expect(source.wireResponse).toContain(`'${wireResponse!}': `);
      expect(source.mcpOutput).toContain(`${mcp!}: z.`);
      if (sdkInput !== undefined) expect(source.mcpArguments).toContain(`${mcp!}: callbackUrl(`);
      if (cli?.startsWith('--')) expect(source.cli).toContain(`.option('${cli} <url>'`);
      else expect(source.cli).toContain(`settings['${wireResponse!}']`);
      // the emulator: seeded under this name, shown in state under it, answered on the wire
      const value = wireResponse!.endsWith('url') ? 'https://example.com/hook' : 7;
      const seed = { apiKey: 'k', secrets: ['Abcdefg1'], [emulator!]: value } as AccountSeed;
      const core = new Emulator({ accounts: [seed] });
      expect(core.state.accounts.k![emulator as keyof AccountSnapshot]).toBe(value);
    },
  );

  it('the emulator answers the settings under the wire names', async () => {
    const core = new Emulator({
      accounts: [
        {
          apiKey: 'k',
          secrets: ['Abcdefg1'],
          moCallBackUrl: 'https://example.com/mo',
          maxCallsPerSecond: 5,
        },
      ],
    });
    const response = await core.handle({
      method: 'POST',
      url: '/account/settings?api_key=k&api_secret=Abcdefg1',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'drCallBackUrl=https%3A%2F%2Fexample.com%2Fdr',
    });
    expect(JSON.parse(response.body)).toEqual({
      'mo-callback-url': 'https://example.com/mo',
      'dr-callback-url': 'https://example.com/dr',
      'max-outbound-request': 30,
      'max-inbound-request': 30,
      'max-calls-per-second': 5,
    });
    expect(core.state.accounts.k!.drCallBackUrl).toBe('https://example.com/dr');
  });
});
