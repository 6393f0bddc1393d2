// Every bin of every package works from a clone after `npm ci` (issue 15: `acct-mcp` was not
// linked because its bin pointed at dist/, which does not exist when npm installs). A bin must
// be a file committed in git, the lockfile must name the same file (npm ci links what the lock
// says), and the link in node_modules/.bin must run it.
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

interface Manifest {
  name: string;
  bin?: Record<string, string>;
}

const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { bin?: Record<string, string> }>;
};
const tracked = execFileSync('git', ['ls-files', 'packages'], { cwd: ROOT, encoding: 'utf8' })
  .split('\n')
  .filter(Boolean);

const bins = readdirSync(join(ROOT, 'packages')).flatMap((dir) => {
  const manifest = JSON.parse(
    readFileSync(join(ROOT, 'packages', dir, 'package.json'), 'utf8'),
  ) as Manifest;
  return Object.entries(manifest.bin ?? {}).map(([name, file]) => ({ dir, name, file }));
});

describe('the bins after npm ci', () => {
  it('are the two documented commands', () => {
    expect(bins.map((b) => b.name).sort()).toEqual(['acct', 'acct-mcp']);
  });

  describe.each(bins)('$name', ({ dir, name, file }) => {
    const shim = join('packages', dir, file.replace(/^\.\//, ''));

    it('is a committed file, named the same in the lockfile', () => {
      expect(tracked).toContain(shim);
      expect(lock.packages[`packages/${dir}`]?.bin?.[name]).toBe(file.replace(/^\.\//, ''));
    });

    it('is linked into node_modules/.bin and runs --help', () => {
      const link = join(ROOT, 'node_modules', '.bin', name);
      expect(realpathSync(link)).toBe(realpathSync(join(ROOT, shim)));
      const help = execFileSync(link, ['--help'], { cwd: ROOT, encoding: 'utf8', timeout: 20_000 });
      expect(help.split('\n')[0]).toBe(
        `Usage: ${name} [options]${name === 'acct' ? ' [command]' : ''}`,
      );
    });
  });
});
