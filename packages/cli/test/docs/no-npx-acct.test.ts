// Issue 15.1: `npx acct ...` runs the unrelated registry package named `acct` wherever
// @acct/cli is not installed. Every doc must name the package (`npx -p @acct/cli acct ...`)
// or assume the installed bin. This scans the READMEs and the guides for the bad spelling.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';

const ROOT = fileURLToPath(new URL('../../../..', import.meta.url));

/**
 * Each `npx`/`npm exec`/`npm x` in `text` that would run a package named `acct` because no
 * `-p`/`--package` names @acct/cli: `file:line: the line`.
 */
function findBareAcct(text: string, file: string): string[] {
  const found: string[] = [];
  text.split('\n').forEach((line, index) => {
    for (const match of line.matchAll(/\b(npx|npm\s+(?:exec|x))\s+([^`;&|)\n]*)/g)) {
      const words = (match[2] ?? '').trim().split(/\s+/);
      let named = false;
      for (let i = 0; i < words.length; i += 1) {
        const word = words[i] ?? '';
        if (word === '-p' || word === '--package') {
          named = true;
          i += 1;
          continue;
        }
        if (word.startsWith('--package=')) {
          named = true;
          continue;
        }
        if (word.startsWith('-')) continue;
        if (!named && /^acct(@|$)/.test(word)) found.push(`${file}:${index + 1}: ${line.trim()}`);
        break;
      }
    }
  });
  return found;
}

function docs(): string[] {
  const readmes = readdirSync(join(ROOT, 'packages')).map((p) => join('packages', p, 'README.md'));
  const guides = readdirSync(join(ROOT, 'docs/guides'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => join('docs/guides', f));
  return ['README.md', ...readmes, ...guides].filter((f) => {
    try {
      readFileSync(join(ROOT, f));
      return true;
    } catch {
      return false;
    }
  });
}

describe('no doc tells users to run `npx acct`', () => {
  it('finds the bad spellings and lets the package-naming ones through', () => {
    const text = [
      'run `npx acct emulator` now',
      'npx -y acct --help',
      'npm exec acct -- emulator',
      'npx acct@latest tour',
      'npx -p @acct/cli acct emulator',
      'npx -y -p @acct/cli acct emulator --port 4010 &',
      'npx --package=@acct/cli acct tour',
      'npx @acct/cli tour',
      'npx @modelcontextprotocol/inspector acct-mcp',
      'npx lerna changed',
    ].join('\n');
    expect(findBareAcct(text, 'x.md')).toEqual([
      'x.md:1: run `npx acct emulator` now',
      'x.md:2: npx -y acct --help',
      'x.md:3: npm exec acct -- emulator',
      'x.md:4: npx acct@latest tour',
    ]);
  });

  it('holds for README.md, packages/*/README.md and docs/guides/*.md', () => {
    const files = docs();
    expect(files).toContain('docs/guides/getting-started.md');
    expect(files).toContain('packages/cli/README.md');
    const found = files.flatMap((f) => findBareAcct(readFileSync(join(ROOT, f), 'utf8'), f));
    expect(found).toEqual([]);
  });
});
