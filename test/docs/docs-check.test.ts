// The pieces of `npm run docs:check` (a step of the test command of its own): the committed
// docs/ must match a fresh typedoc rendering (no drift) and every relative link and #anchor in
// docs/, README.md and packages/*/README.md must resolve. These tests show that a stale or
// missing page and a broken link or anchor are each caught.
import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error: a plain ES module script without type declarations
import { checkLinks, diffDirs } from '../../scripts/docs/docs.mjs';

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'acct-docs-test-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

describe('diffDirs (drift)', () => {
  it('names changed, missing and stale generated files and ignores hand-written ones', () => {
    const fresh = tree({ 'Home.md': 'a', 'http/README.md': 'new', 'auth/README.md': 'x' });
    const docs = tree({
      'Home.md': 'a',
      'http/README.md': 'old',
      'gone/README.md': 'y',
      'guides/errors.md': 'hand-written',
      'README.md': 'hand-written',
    });
    try {
      expect(diffDirs(fresh, docs)).toEqual({
        missing: ['auth/README.md'],
        stale: ['gone/README.md'],
        changed: ['http/README.md'],
      });
    } finally {
      rmSync(fresh, { recursive: true });
      rmSync(docs, { recursive: true });
    }
  });

  it('reports nothing when the folders match', () => {
    const fresh = tree({ 'Home.md': 'a' });
    const docs = tree({ 'Home.md': 'a', 'guides/x.md': 'b' });
    try {
      expect(diffDirs(fresh, docs)).toEqual({ missing: [], stale: [], changed: [] });
    } finally {
      rmSync(fresh, { recursive: true });
      rmSync(docs, { recursive: true });
    }
  });
});

describe('checkLinks', () => {
  it('reports a missing file and a missing anchor, with file and line', () => {
    const dir = tree({
      'a.md': '# A\n\n## Part one\n\n[ok](b.md#second) [ok](#part-one)\n[bad](missing.md) [bad](b.md#nope)\n',
      'b.md': '# B\n\n## Second\n',
    });
    try {
      const problems: string = checkLinks(['a.md', 'b.md'], dir);
      expect(problems).toContain('6:1-6:18');
      expect(problems).toContain('Cannot find file `missing.md`');
      expect(problems).toContain('Cannot find heading for `#nope` in `b.md`');
      expect(problems.match(/warning/g)).toHaveLength(3); // two problems and the summary line
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('passes when every link resolves', () => {
    const dir = tree({ 'a.md': '# A\n\n[b](b.md#second)\n', 'b.md': '# B\n\n## Second\n' });
    try {
      expect(checkLinks(['a.md', 'b.md'], dir)).toBe('');
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});
