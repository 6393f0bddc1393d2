// Type-checks every TypeScript `@example` of the TSDoc in packages/*/src (what users copy first,
// and what the reference pages show) against the BUILT packages (the test command builds before
// Jest runs): each example is written as a module of its own into node_modules/.cache, where
// `@acct/*` resolves like an installed package (its dist/ types through `exports`), and all of
// them are compiled by ONE TypeScript program, strict. What an example may leave out is
// described in extract-tsdoc-examples.ts.
import { describe, expect, it } from '@jest/globals';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import ts from 'typescript';
import {
  EXAMPLE_GLOBALS,
  extractTsdocExamples,
  toExampleModule,
  type TsdocExample,
} from './extract-tsdoc-examples';

const root = process.cwd();
const scratch = join(root, 'node_modules/.cache/acct-tsdoc-examples');
const packages = readdirSync(join(root, 'packages')).sort();

const OPTIONS: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2023.d.ts'],
  types: ['node'],
  esModuleInterop: true,
  skipLibCheck: true,
};

/** The TypeScript files of a package's src/, without src/internal/ (not public). */
function publicSources(name: string): string[] {
  const src = join(root, 'packages', name, 'src');
  return readdirSync(src, { recursive: true, encoding: 'utf8' })
    .map((rel) => rel.split(sep).join('/'))
    .filter((rel) => rel.endsWith('.ts') && !rel.startsWith('internal/') && !rel.includes('/internal/'))
    .sort()
    .map((rel) => `packages/${name}/src/${rel}`);
}

/** The names each built package exports (read from its dist/index.d.mts). */
function exportsOfBuiltPackages(): Map<string, string[]> {
  const entries = packages.map((name) => join(root, 'packages', name, 'dist/index.d.mts'));
  const program = ts.createProgram(entries, { ...OPTIONS, noResolve: false });
  const checker = program.getTypeChecker();
  const result = new Map<string, string[]>();
  packages.forEach((name, i) => {
    const file = program.getSourceFile(entries[i]!);
    const symbol = file && checker.getSymbolAtLocation(file);
    result.set(name, symbol ? checker.getExportsOfModule(symbol).map((s) => s.name) : []);
  });
  return result;
}

interface Written {
  readonly example: TsdocExample;
  readonly path: string;
  readonly offset: number;
}

/** A diagnostic as `file:line: TSnnnn message`, with the line in the example's source file. */
function describeDiagnostic(d: ts.Diagnostic, written: Written): string {
  const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
  if (!d.file || d.start === undefined) return `${written.example.location}: TS${d.code} ${message}`;
  const { line } = d.file.getLineAndCharacterOfPosition(d.start);
  return `${written.example.file}:${written.example.line + line - written.offset}: TS${d.code} ${message}`;
}

/**
 * Writes the examples and compiles them in one program; returns each one's errors by location.
 * The scratch folder is rebuilt on every run.
 */
function typeCheck(examples: readonly TsdocExample[]): Map<string, string[]> {
  const exportsByPackage = exportsOfBuiltPackages();
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  const globals = join(scratch, 'example-globals.d.ts');
  writeFileSync(globals, `${EXAMPLE_GLOBALS}\n`);
  const written: Written[] = examples.map((example, i) => {
    const { text, offset } = toExampleModule(example, exportsByPackage.get(example.packageName) ?? []);
    const path = join(scratch, `${String(i).padStart(3, '0')}-${example.location.replace(/[^a-zA-Z0-9]+/g, '-')}.ts`);
    writeFileSync(path, text);
    return { example, path, offset };
  });
  const program = ts.createProgram([globals, ...written.map((w) => w.path)], OPTIONS);
  const errors = new Map<string, string[]>(examples.map((e) => [e.location, []]));
  const byPath = new Map(written.map((w) => [w.path, w]));
  const global = ts.getPreEmitDiagnostics(program).filter((d) => !d.file || !byPath.has(d.file.fileName));
  if (global.length > 0) {
    throw new Error(
      `the examples' program itself has errors:\n${ts.formatDiagnostics(global, {
        getCanonicalFileName: (f) => f,
        getCurrentDirectory: () => root,
        getNewLine: () => '\n',
      })}`,
    );
  }
  for (const w of written) {
    const file = program.getSourceFile(w.path);
    const diagnostics = [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)];
    errors.get(w.example.location)!.push(...diagnostics.map((d) => describeDiagnostic(d, w)));
  }
  return errors;
}

const examples = packages.flatMap((name) =>
  publicSources(name).flatMap((file) => extractTsdocExamples(file, readFileSync(join(root, file), 'utf8'))),
);

/** Examples that must fail, compiled in the same program: the check can see a wrong API. */
const canaries: TsdocExample[] = [
  ['a method of a ready-made object', 'const { value } = await accounts.getBalance();\nconsole.log(value.toFixed(2));'],
  ['a misspelt method', 'await accounts.getBalanc();'],
  ['an undeclared object', 'await nope.getBalance();'],
  ['a name its package does not export', "import { Acct } from '@acct/server-sdk';\nnew Acct({ apiKey: 'k', apiSecret: 'S3cretS3cret' });\nnew Accountz();"],
  ['an own-package name used without the import', "import { Buffer } from 'node:buffer';\nBuffer.from('x');\nnew Accounts({ apiKey: 'k', apiSecret: 'S3cretS3cret' });"],
  ['an own-package name, imported by the preamble', "const a = new Accounts({ apiKey: 'k', apiSecret: 'S3cretS3cret' });\nawait a.getBalance();"],
].map(([name, code]) => ({
  location: `canary: ${name}`,
  file: 'packages/accounts/src/canary.ts',
  line: 1,
  packageName: 'accounts',
  code: code!,
}));

const errors = typeCheck([...examples, ...canaries]);
// "Cannot find name" comes as TS2304, or as TS2552 when TypeScript adds a did-you-mean, which it
// does only for the first 10 misses of a program: the same error either way.
const codes = (location: string) =>
  (errors.get(location) ?? []).map((e) => /: (TS\d+) /.exec(e)?.[1]?.replace('TS2552', 'TS2304'));

/**
 * Whether an example only declares a typed value (`const options: T = { ... };`) and does
 * nothing with it: it shows no use, and exists only to satisfy the docs linter.
 */
export function isTrivialExample(code: string): boolean {
  const lines = code
    .split('\n')
    .filter((line) => line.trim() !== '' && !/^\s*(import\b|\/\/)/.test(line));
  if (!/^(export )?const \w+\s*:[^=]+=/.test(lines[0] ?? '')) return false;
  // every later line at the left margin closes the one declaration, and nothing is called
  return (
    !lines.join('\n').includes('(') &&
    lines.slice(1).every((line) => /^\s/.test(line) || /^[}\])]+[;,]?$/.test(line.trim()))
  );
}

describe('TSDoc @example blocks', () => {
  it('show a use, not only a typed declaration', () => {
    expect(isTrivialExample("const o: Options = {\n  a: 1,\n};")).toBe(true);
    expect(isTrivialExample("import { X } from 'x';\nconst o: X = { a: 1 };")).toBe(true);
    expect(isTrivialExample("const o: Options = { a: 1 };\nawait run(o);")).toBe(false);
    expect(isTrivialExample('const { value } = await accounts.getBalance();')).toBe(false);
    expect(isTrivialExample('const c: Config = resolveConfig({}, env);')).toBe(false);
    expect(examples.filter((e) => isTrivialExample(e.code)).map((e) => e.location)).toEqual([]);
  });

  it('are found in every package', () => {
    const perPackage = new Set(examples.map((e) => e.packageName));
    expect(packages.filter((name) => !perPackage.has(name))).toEqual([]);
  });

  it('the check catches a wrong or undeclared API', () => {
    expect({
      good: codes('canary: a method of a ready-made object'),
      misspelt: codes('canary: a misspelt method'),
      undeclared: codes('canary: an undeclared object'),
      notExported: codes('canary: a name its package does not export'),
      notImported: codes('canary: an own-package name used without the import'),
      preamble: codes('canary: an own-package name, imported by the preamble'),
    }).toEqual({
      good: [],
      misspelt: ['TS2551'],
      undeclared: ['TS2304'],
      notExported: ['TS2304'],
      notImported: ['TS2304'],
      preamble: [],
    });
  });

  it.each(examples.map((e) => [e.location, e] as const))('%s type-checks', (location) => {
    expect(errors.get(location)).toEqual([]);
  });
});

