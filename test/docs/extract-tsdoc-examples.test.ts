import { describe, expect, it } from '@jest/globals';
import { extractTsdocExamples, toExampleModule } from './extract-tsdoc-examples';

const source = [
  '/**',
  ' * Reads the balance.',
  ' *',
  ' * ```ts',
  ' * not an example: no @example tag before it',
  ' * ```',
  ' *',
  ' * @example',
  ' * ```ts',
  ' * const { value } = await accounts.getBalance();',
  ' *   console.log(value);',
  ' * ```',
  ' * @example',
  ' * ```sh',
  ' * acct balance',
  ' * ```',
  ' * @returns the balance.',
  ' * ```ts',
  ' * not an example: under @returns',
  ' * ```',
  ' */',
  'export class Accounts {}',
  '/** One line. */',
  '/**',
  '   * @example',
  '   * ```typescript',
  "   * import { Accounts } from '@acct/accounts';",
  '   * new Accounts();',
  '   * ```',
  '   */',
].join('\n');

describe('extractTsdocExamples', () => {
  it('finds the ts blocks after @example, with the line of their first line of code', () => {
    expect(extractTsdocExamples('packages/accounts/src/accounts.ts', source)).toEqual([
      {
        location: 'packages/accounts/src/accounts.ts:10',
        file: 'packages/accounts/src/accounts.ts',
        line: 10,
        packageName: 'accounts',
        code: 'const { value } = await accounts.getBalance();\n  console.log(value);',
      },
      {
        location: 'packages/accounts/src/accounts.ts:27',
        file: 'packages/accounts/src/accounts.ts',
        line: 27,
        packageName: 'accounts',
        code: "import { Accounts } from '@acct/accounts';\nnew Accounts();",
      },
    ]);
  });
});

describe('toExampleModule', () => {
  const example = (code: string) => ({
    location: 'x.ts:1',
    file: 'packages/accounts/src/x.ts',
    line: 1,
    packageName: 'accounts',
    code,
  });
  const exportsOf = ['Accounts', 'Secrets', 'SecretRotationError', 'isSecretRotationError'];

  it('imports the names of its own package an example without imports uses', () => {
    expect(
      toExampleModule(example('const s = new Secrets(opts);\nif (e instanceof SecretRotationError) {}'), exportsOf),
    ).toEqual({
      text: "import { Secrets, SecretRotationError } from '@acct/accounts';\nconst s = new Secrets(opts);\nif (e instanceof SecretRotationError) {}\nexport {};\n",
      offset: 1,
    });
  });

  it('adds nothing to an example that imports, or that uses no name of its package', () => {
    expect(toExampleModule(example("import { x } from 'y';\nnew Accounts();"), exportsOf)).toEqual({
      text: "import { x } from 'y';\nnew Accounts();\nexport {};\n",
      offset: 0,
    });
    expect(toExampleModule(example('await accounts.getBalance(); // Accounts'), ['Secrets'])).toEqual({
      text: 'await accounts.getBalance(); // Accounts\nexport {};\n',
      offset: 0,
    });
  });

  it('does not import a name the example declares, or a property of the same name', () => {
    expect(
      toExampleModule(example('const Accounts = 1;\nobj.Secrets;\nobj.isSecretRotationError(1);'), exportsOf),
    ).toEqual({
      text: 'const Accounts = 1;\nobj.Secrets;\nobj.isSecretRotationError(1);\nexport {};\n',
      offset: 0,
    });
  });
});
