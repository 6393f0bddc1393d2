/**
 * Finds the TypeScript `@example` blocks of the TSDoc comments in a source file, and turns one
 * into the module that `tsdoc-examples.test.ts` type-checks against the built packages.
 *
 * Convention (what an example may leave out, so that it shows a use and not boilerplate):
 * - An example is compiled as an ES module of its own: top-level `await` works, and its names
 *   do not clash with other examples.
 * - An example without any `import` gets one line importing, from its own package, the names
 *   of that package it uses (a method's example can say `new Accounts(...)`). An example that
 *   imports anything must import everything it uses.
 * - A few ready-made objects are declared for every example (EXAMPLE_GLOBALS below): `acct`,
 *   `accounts`, `secrets`, `client`, `auth`, `emulator`. An example that declares its own
 *   `const accounts = ...` uses its own.
 * - Only ` ```ts ` / ` ```typescript ` blocks after an `@example` tag are checked, in every file
 *   under packages/NAME/src except src/internal/ (not public).
 */
export interface TsdocExample {
  /** Where the code starts, e.g. `packages/accounts/src/accounts.ts:33`. */
  readonly location: string;
  /** The source file, relative to the repository root. */
  readonly file: string;
  /** 1-based line of the first line of code in the source file. */
  readonly line: number;
  /** The package folder name (`accounts` for packages/accounts). */
  readonly packageName: string;
  readonly code: string;
}

/** The objects every example may use without declaring them (see the convention above). */
export const EXAMPLE_GLOBALS = [
  "declare const acct: import('@acct/server-sdk').Acct;",
  "declare const accounts: import('@acct/accounts').Accounts;",
  "declare const secrets: import('@acct/accounts').Secrets;",
  "declare const client: import('@acct/server-client').Client;",
  "declare const auth: import('@acct/auth').Auth;",
  "declare const emulator: import('@acct/emulator').RunningEmulator;",
].join('\n');

const TS_FENCE = /^(`{3,}|~{3,})\s*(ts|typescript)\b/i;

/** Every ` ```ts ` block after an `@example` tag in the TSDoc comments of `source`. */
export function extractTsdocExamples(file: string, source: string): TsdocExample[] {
  const packageName = /^packages\/([^/]+)\//.exec(file)?.[1] ?? '';
  const lines = source.replace(/\r\n/g, '\n').split('\n');
  const examples: TsdocExample[] = [];
  let inDoc = false;
  let inExample = false;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    if (!inDoc) {
      if (/^\s*\/\*\*/.test(raw) && !/\*\/\s*$/.test(raw.replace(/^\s*\/\*\*/, ''))) {
        inDoc = true;
        inExample = false;
      }
      continue;
    }
    if (/\*\/\s*$/.test(raw)) {
      inDoc = false;
      continue;
    }
    const text = docText(raw);
    if (/^@\w+/.test(text.trim())) inExample = /^@example\b/.test(text.trim());
    const open = inExample ? TS_FENCE.exec(text.trim()) : null;
    if (!open) continue;
    const marker = open[1] ?? '```';
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !/\*\/\s*$/.test(lines[j] ?? '')) {
      const line = docText(lines[j] ?? '');
      if (line.trim().startsWith(marker)) break;
      body.push(line);
      j++;
    }
    examples.push({
      location: `${file}:${i + 2}`,
      file,
      line: i + 2,
      packageName,
      code: body.join('\n'),
    });
    i = j;
  }
  return examples;
}

/** A line of a doc comment without its leading ` * `. */
function docText(line: string): string {
  return line.replace(/^\s*\* ?/, '').replace(/^\s*\*$/, '');
}

/**
 * The module compiled for an example: its code, an import of the names of its own package it
 * uses when it imports nothing, and `export {}` (a module, whatever it contains). Returns the
 * text and how many lines precede the example's first line (to map errors back).
 */
export function toExampleModule(
  example: TsdocExample,
  packageExports: readonly string[],
): { text: string; offset: number } {
  const importsSomething = /^\s*import\s/m.test(example.code);
  const used = importsSomething
    ? []
    : packageExports.filter(
        (name) =>
          new RegExp(`(?<![\\w$.])${escape(name)}(?![\\w$])`).test(example.code) &&
          !new RegExp(`\\b(const|let|var|function|class|interface|type|enum)\\s+${escape(name)}(?![\\w$])`).test(
            example.code,
          ),
      );
  const preamble = used.length > 0 ? [`import { ${used.join(', ')} } from '@acct/${example.packageName}';`] : [];
  return { text: [...preamble, example.code, 'export {};', ''].join('\n'), offset: preamble.length };
}

const escape = (name: string) => name.replace(/[$]/g, '\\$');
