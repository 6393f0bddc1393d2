import { readFileSync } from 'node:fs';
import ts from 'typescript';

/** The ```ts code blocks of the package README, in order. */
export function readmeBlocks(readmeUrl: URL): string[] {
  const text = readFileSync(readmeUrl, 'utf8');
  return [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

/**
 * Runs a README block as written (types stripped by the TypeScript compiler): its `import { a, b } from 'pkg'` lines are bound to the given
 * modules, `console` is replaced by one that records lines, and the rest runs as an async body.
 */
export async function runBlock(
  code: string,
  modules: Record<string, Record<string, unknown>>,
): Promise<string[]> {
  const names: string[] = [];
  const values: unknown[] = [];
  for (const [, list, from] of code.matchAll(/^import \{([^}]+)\} from '([^']+)';$/gm)) {
    const mod = modules[from!];
    if (!mod) throw new Error(`README imports ${from}, which the test did not provide`);
    for (const name of list!
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)) {
      if (!(name in mod)) throw new Error(`${from} exports no ${name}`);
      names.push(name);
      values.push(mod[name]);
    }
  }
  const lines: string[] = [];
  const fakeConsole = { log: (...args: unknown[]) => lines.push(args.map(String).join(' ')) };
  const js = ts.transpileModule(code.replace(/^import .*$/gm, ''), {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  }).outputText;
  const body = js.replace(/^export \{\};?$/gm, '');
  const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (
    ...args: string[]
  ) => (...values: unknown[]) => Promise<void>;
  await new AsyncFunction(...names, 'console', body)(...values, fakeConsole);
  return lines;
}
