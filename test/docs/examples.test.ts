// Runs every runnable example of the guides (docs/guides/*.md) and of the READMEs against a
// real emulator over loopback, each in its own process importing the BUILT packages (the test
// command builds before Jest runs). The convention is described in extract-examples.ts.
import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulator } from '@acct/emulator';
import { extractExamples, type Example } from './extract-examples';
import { runExample } from './run-example';

const root = process.cwd();
const read = (rel: string) => readFileSync(join(root, rel), 'utf8');

const guides = readdirSync(join(root, 'docs/guides'))
  .filter((f) => f.endsWith('.md') && f !== 'README.md')
  .sort()
  .map((f) => `docs/guides/${f}`);
const readmes = [
  'README.md',
  ...readdirSync(join(root, 'packages'))
    .sort()
    .map((p) => `packages/${p}/README.md`),
].filter((f) => existsSync(join(root, f)));

const examples: Example[] = [...guides, ...readmes].flatMap((file) => extractExamples(file, read(file)));

describe('documentation examples', () => {
  it.each(guides)('%s has at least one runnable example', (guide) => {
    expect(extractExamples(guide, read(guide)).length).toBeGreaterThan(0);
  });

  describe.each(examples.map((e) => [e.location, e] as const))('%s', (_location, example) => {
    it(`exits ${example.expectedExitCode}${example.expectedOutput === undefined ? '' : ' printing the documented output'}`, async () => {
      const emulator = await startEmulator();
      try {
        const result = await runExample(root, example, {
          EMULATOR_URL: emulator.url,
          ACCT_REST_HOST: emulator.url,
          ACCT_API_HOST: emulator.url,
          ACCT_API_KEY: 'acct-demo',
          ACCT_API_SECRET: 'Demo1Secret',
        });
        // stderr is shown only when the exit code is not the expected one
        expect({
          exitCode: result.exitCode,
          stderr: result.exitCode === example.expectedExitCode ? '' : result.stderr,
        }).toEqual({ exitCode: example.expectedExitCode, stderr: '' });
        if (example.expectedOutput !== undefined) {
          expect(result.stdout.trimEnd()).toBe(example.expectedOutput);
        }
      } finally {
        await emulator.close();
      }
    }, 90_000);
  });
});
