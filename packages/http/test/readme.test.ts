// The first test of the package: the usage example of README.md runs as written.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import * as acctHttp from '@acct/http';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const usage = readme.slice(readme.indexOf('## Usage'));
const example = /```js\n([\s\S]*?)```/.exec(usage)?.[1] ?? '';

const seen: string[] = [];
const server = setupServer(
  http.get('https://rest.nexmo.com/account/get-balance', ({ request }) => {
    seen.push(`${request.headers.get('authorization')} ${request.headers.get('user-agent')}`);
    return HttpResponse.json({ value: 10.28, autoReload: false });
  }),
  http.get('https://api.nexmo.com/accounts/KEY/secrets/nope', () =>
    HttpResponse.json(
      {
        type: 'https://developer.nexmo.com/api-errors#invalid-id',
        title: 'Invalid ID',
        detail: "ID 'nope' could not be found",
        instance: 'bf0ca0bf927b3b52e3cb03217e1a1ddf',
      },
      { status: 404, headers: { 'content-type': 'application/problem+json' } },
    ),
  ),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

/** Turns `import { a, b } from '@acct/http';` into `const { a, b } = http;` and runs the code. */
async function run(code: string): Promise<string[]> {
  const lines: string[] = [];
  const body = code.replace(
    /import \{([^}]*)\} from '@acct\/http';/g,
    (_all, names: string) => `const {${names}} = http;`,
  );
  const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (
    ...args: string[]
  ) => (...values: unknown[]) => Promise<void>;
  const console = { log: (...values: unknown[]) => lines.push(values.join(' ')) };
  await new AsyncFunction('http', 'console', body)(acctHttp, console);
  return lines;
}

describe('README usage example', () => {
  it('is found in README.md', () => {
    expect(example).toContain("from '@acct/http'");
    expect(example).toContain('await request(');
  });

  it('runs and prints what its comments say', async () => {
    const lines = await run(example);
    expect(lines).toEqual([
      '200 10.28',
      "ACCT_HTTP_NOT_FOUND 404 Invalid ID: ID 'nope' could not be found",
    ]);
    const promised = [...example.matchAll(/console\.log\([^;]*;\s*\/\/ (.*)/g)].map((m) => m[1]);
    expect(promised).toEqual(lines);
    expect(seen).toEqual([`Basic ${Buffer.from('KEY:SECRET').toString('base64')} my-app/1.0`]);
  });
});
