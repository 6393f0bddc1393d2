import { describe, expect, it } from '@jest/globals';
import { extractExamples } from './extract-examples';
import { toModule } from './run-example';

const md = [
  '# Guide',
  '',
  '```ts runnable',
  "const n: number = 1;",
  'console.log(n);',
  '```',
  '',
  '```text output',
  '1',
  '```',
  '',
  '```ts',
  'not run',
  '```',
  '',
  '<!-- runnable -->',
  '',
  '```js',
  "console.log('marked');",
  '```',
  '',
  '```sh runnable exit=3',
  'acct balance --min 100',
  '```',
  '',
  'Some text.',
  '',
  '```text output',
  'not this one: text between',
  '```',
].join('\n');

describe('extractExamples', () => {
  it('finds blocks marked runnable by info string or comment, with exit codes and outputs', () => {
    expect(extractExamples('g.md', md)).toEqual([
      {
        location: 'g.md:3',
        file: 'g.md',
        line: 3,
        language: 'node',
        typescript: true,
        code: 'const n: number = 1;\nconsole.log(n);',
        expectedExitCode: 0,
        expectedOutput: '1',
      },
      {
        location: 'g.md:18',
        file: 'g.md',
        line: 18,
        language: 'node',
        typescript: false,
        code: "console.log('marked');",
        expectedExitCode: 0,
      },
      {
        location: 'g.md:22',
        file: 'g.md',
        line: 22,
        language: 'bash',
        typescript: false,
        code: 'acct balance --min 100',
        expectedExitCode: 3,
      },
    ]);
  });

  it('rejects a runnable block in a language it cannot run', () => {
    expect(() => extractExamples('g.md', '```python runnable\nprint(1)\n```\n')).toThrow(
      "g.md:1: runnable block in unsupported language 'python'",
    );
  });
});

describe('toModule', () => {
  it('strips TypeScript types and provides EMULATOR_URL from the environment', () => {
    const [example] = extractExamples(
      'g.md',
      "```ts runnable\nimport type { X } from 'y';\nconst url: string = EMULATOR_URL;\nconsole.log(url as X);\n```\n",
    );
    expect(toModule(example!)).toBe(
      'const EMULATOR_URL = process.env.EMULATOR_URL;\nconst url = EMULATOR_URL;\nconsole.log(url);\nexport {};\n',
    );
  });
});
