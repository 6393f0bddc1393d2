import { readFileSync } from 'node:fs';
import { format } from 'node:util';
import { describe, expect, it } from '@jest/globals';
import * as acctAuth from '@acct/auth';

const README = new URL('../README.md', import.meta.url);

/** The first ```ts block of the README, its import turned into a destructuring of the module. */
function firstExample(): string {
  const match = /```ts\n([\s\S]*?)```/.exec(readFileSync(README, 'utf8'));
  if (!match?.[1]) throw new Error('README has no ts example');
  return match[1].replace(/import \{([^}]*)\} from '@acct\/auth';/, 'const {$1} = acctAuth;');
}

describe('README', () => {
  it('runs the first example and prints what its // => comments say', async () => {
    const code = firstExample();
    const expected = [...code.matchAll(/^\/\/ => (.*)$/gm)].map((m) => m[1]);
    const printed: string[] = [];
    const fakeConsole = { log: (...args: unknown[]) => printed.push(format(...args)) };
    const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (
      ...args: string[]
    ) => (...args: unknown[]) => Promise<void>;
    await new AsyncFunction('acctAuth', 'console', code)(acctAuth, fakeConsole);
    expect(expected).toEqual([
      'Basic YWJjZDEyMzQ6QWJjZGVmMTIzNDU2',
      "{ trx: '8ef2', api_key: 'abcd1234', api_secret: 'Abcdef123456' }",
    ]);
    expect(printed).toEqual(expected);
  });
});
