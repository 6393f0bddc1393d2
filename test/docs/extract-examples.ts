/**
 * Finds the runnable examples of a markdown file.
 *
 * Convention (documented in docs/guides/README.md):
 * - A fenced block runs when its info string has the word `runnable` (` ```ts runnable `,
 *   ` ```js runnable `, ` ```sh runnable `) or when the line before it is `<!-- runnable -->`.
 *   GitHub and npm highlight by the first word only, so readers see a normal block.
 * - `exit=N` in the info string: the example must exit with code N (default 0).
 * - A ` ```text output ` block right after a runnable block (blank lines between are fine)
 *   is its exact expected standard output (compared with trailing whitespace trimmed).
 * - ts/typescript/js/javascript/mjs blocks run with node as ES modules; sh/bash/shell blocks
 *   run with bash -e.
 */
export type ExampleLanguage = 'node' | 'bash';

export interface Example {
  /** Where the block starts, e.g. `docs/guides/errors.md:42`. */
  readonly location: string;
  /** The markdown file, relative to the repository root. */
  readonly file: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  readonly language: ExampleLanguage;
  /** Whether the code is TypeScript (transpiled before it runs). */
  readonly typescript: boolean;
  readonly code: string;
  readonly expectedExitCode: number;
  /** Exact expected stdout, when a `text output` block follows. */
  readonly expectedOutput?: string;
}

interface Fence {
  readonly info: string[];
  readonly line: number;
  readonly code: string;
  readonly marked: boolean;
  readonly endLine: number;
}

const LANGUAGES: Record<string, { language: ExampleLanguage; typescript: boolean }> = {
  ts: { language: 'node', typescript: true },
  typescript: { language: 'node', typescript: true },
  js: { language: 'node', typescript: false },
  javascript: { language: 'node', typescript: false },
  mjs: { language: 'node', typescript: false },
  sh: { language: 'bash', typescript: false },
  bash: { language: 'bash', typescript: false },
  shell: { language: 'bash', typescript: false },
};

function fences(markdown: string): Fence[] {
  const lines = markdown.split('\n');
  const found: Fence[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})(.*)$/.exec(lines[i] ?? '');
    if (!open) continue;
    const [, indent = '', marker = '```', info = ''] = open;
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !(lines[j] ?? '').trimStart().startsWith(marker)) {
      body.push((lines[j] ?? '').startsWith(indent) ? (lines[j] ?? '').slice(indent.length) : (lines[j] ?? ''));
      j++;
    }
    let k = i - 1;
    while (k >= 0 && (lines[k] ?? '').trim() === '') k--;
    found.push({
      info: info.trim().split(/\s+/).filter(Boolean),
      line: i + 1,
      code: body.join('\n'),
      marked: k >= 0 && /^<!--\s*runnable\s*-->$/.test((lines[k] ?? '').trim()),
      endLine: j + 1,
    });
    i = j;
  }
  return found;
}

/** Every runnable example of `markdown` (the text of `file`). */
export function extractExamples(file: string, markdown: string): Example[] {
  const all = fences(markdown.replace(/\r\n/g, '\n'));
  const examples: Example[] = [];
  all.forEach((fence, index) => {
    const [lang = '', ...flags] = fence.info;
    if (!fence.marked && !flags.includes('runnable')) return;
    const kind = LANGUAGES[lang.toLowerCase()];
    if (!kind) throw new Error(`${file}:${fence.line}: runnable block in unsupported language '${lang}'`);
    const exit = flags.find((f) => f.startsWith('exit='));
    const next = all[index + 1];
    const between = next
      ? markdown.replace(/\r\n/g, '\n').split('\n').slice(fence.endLine, next.line - 1)
      : [];
    const output =
      next && next.info[0] === 'text' && next.info.includes('output') && between.every((l) => l.trim() === '')
        ? next.code.trimEnd()
        : undefined;
    examples.push({
      location: `${file}:${fence.line}`,
      file,
      line: fence.line,
      ...kind,
      code: fence.code,
      expectedExitCode: exit ? Number(exit.slice('exit='.length)) : 0,
      ...(output === undefined ? {} : { expectedOutput: output }),
    });
  });
  return examples;
}
