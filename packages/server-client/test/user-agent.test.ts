import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { userAgent } from '@acct/server-client';

const version = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

describe('userAgent', () => {
  it('is acct-node/<package version> node/<node version>', () => {
    expect(userAgent()).toBe(`acct-node/${version} node/${process.version}`);
  });

  it('appends text after a space', () => {
    expect(userAgent('billing/2.0')).toBe(
      `acct-node/${version} node/${process.version} billing/2.0`,
    );
  });
});
