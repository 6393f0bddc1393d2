// Local typedoc plugin for the acct reference (loaded by typedoc.json and typedoc.wiki.json).
//
// 1. Determinism: members inherited from declarations outside the repository (Error's
//    `message`, `stack`... from TypeScript's lib or @types/node) keep their docs but lose their
//    "Defined in" line, which would otherwise name a node_modules path (and a broken link).
// 2. Noise: the static members every class extending Error inherits from V8
//    (`captureStackTrace`, `prepareStackTrace`, `stackTraceLimit`) are dropped from acct's
//    error pages; they are not acct API.
// 3. Links to hand-written pages: the home page (scripts/docs/home.md) links the guides as
//    `https://acct.invalid/docs/guides/x.md` (a URL typedoc leaves alone ; a relative link would be
//    copied into _media/); they become `guides/x.md` relative to docs/, or, in the wiki, the
//    guide's URL in the repository.
//    Package pages with no @packageDocumentation get their package.json description, a link
//    to the package README (`https://acct.invalid/repo/...`: the repository root) and links
//    to the acct packages they are built on.
// 4. Layout (markdown output only): the page of each package is `docs/<package>/README.md`, so
//    the folder reads well when browsed on GitHub and the packages' `homepage` links resolve;
//    the root page keeps `entryFileName` (Home.md).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Comment, ReflectionKind, Renderer } from 'typedoc';
import { MarkdownPageEvent, MemberRouter } from 'typedoc-plugin-markdown';

/** Where the committed docs/ folder is browsed, for pages rendered outside it (the wiki). */
const REPO_URL = 'https://github.com/acct-sdk/acct/blob/main/';

/** The acct packages whose every name `index` re-exports (`export * from '@acct/x'`). */
function reExportsOf(index) {
  if (!existsSync(index)) return [];
  const text = readFileSync(index, 'utf8');
  return [...text.matchAll(/^export \* from '(@acct\/[a-z-]+)';$/gm)].map((m) => m[1]).sort();
}

/** name -> { dir, description, acctDependencies } of every workspace package. */
function readPackages(root) {
  const packages = new Map();
  const dir = join(root, 'packages');
  for (const name of existsSync(dir) ? readdirSync(dir).sort() : []) {
    const file = join(dir, name, 'package.json');
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, 'utf8'));
    packages.set(pkg.name, {
      dir: name,
      description: pkg.description ?? '',
      hasReadme: existsSync(join(dir, name, 'README.md')),
      reExports: reExportsOf(join(dir, name, 'src/index.ts')),
      acctDependencies: Object.keys(pkg.dependencies ?? {}).filter((d) => d.startsWith('@acct/')).sort(),
    });
  }
  return packages;
}

/** A package page without a @packageDocumentation comment gets its package.json description. */
function describePackages(project, packages) {
  for (const module of project.children ?? []) {
    const info = packages.get(module.name);
    if (!info || module.comment) continue;
    const lines = [info.description];
    if (info.hasReadme) {
      lines.push(
        `Install, usage, options and testing: [packages/${info.dir}/README.md](https://acct.invalid/repo/packages/${info.dir}/README.md).`,
      );
    }
    const link = (d) => `[${d}](https://acct.invalid/docs/${packages.get(d).dir}/README.md)`;
    const reExported = info.reExports.filter((d) => packages.has(d));
    if (reExported.length) {
      lines.push(
        `Re-exports every public name of ${reExported.map(link).join(', ')}: their classes, functions and types are documented on those pages.`,
      );
    }
    const deps = info.acctDependencies.filter((d) => packages.has(d) && !reExported.includes(d));
    if (deps.length) lines.push(`Built on ${deps.map(link).join(', ')}.`);
    module.comment = new Comment([{ kind: 'text', text: lines.filter(Boolean).join('\n\n') }]);
  }
}

const V8_ERROR_STATICS = new Set(['captureStackTrace', 'prepareStackTrace', 'stackTraceLimit']);
const isExternalFile = (fileName) => /(^|[\\/])node_modules[\\/]/.test(fileName);

/** Page of a package module: README.md in its folder; everything else as the plugin does. */
class AcctPackagesRouter extends MemberRouter {
  getModuleFileName(reflection) {
    if (reflection.parent?.kind === ReflectionKind.Project) return 'README';
    return super.getModuleFileName(reflection);
  }
}

/** Every reflection of the project, found by walking the tree (the id registry can miss some). */
function allReflections(project) {
  const found = [];
  const walk = (reflection) => {
    found.push(reflection);
    reflection.traverse((child) => {
      walk(child);
      return true;
    });
  };
  walk(project);
  return found;
}

function tidy(project) {
  const all = allReflections(project);
  for (const reflection of all) {
    if (reflection.sources) {
      reflection.sources = reflection.sources.filter((s) => !isExternalFile(s.fullFileName ?? s.fileName));
      if (reflection.sources.length === 0) delete reflection.sources;
    }
  }
  const removed = new Set();
  for (const reflection of all) {
    const v8Static =
      reflection.flags?.isStatic &&
      V8_ERROR_STATICS.has(reflection.name) &&
      reflection.parent?.kind === ReflectionKind.Class &&
      reflection.parent.name !== 'Error';
    if (v8Static) removed.add(reflection);
  }
  for (const reflection of removed) project.removeReflection(reflection);
  // groups and categories were computed before this point: drop the removed members there too
  const prune = (sections) =>
    sections
      ?.map((section) => {
        section.children = section.children.filter((child) => !removed.has(child));
        section.categories = prune(section.categories);
        return section;
      })
      .filter((section) => section.children.length > 0);
  for (const reflection of all) {
    if (reflection.groups) reflection.groups = prune(reflection.groups);
    if (reflection.categories) reflection.categories = prune(reflection.categories);
  }
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.renderer.defineRouter('acct-packages', AcctPackagesRouter);
  app.renderer.on(Renderer.EVENT_BEGIN, (event) => {
    tidy(event.project);
    describePackages(event.project, readPackages(process.cwd()));
  });
  app.renderer.on(MarkdownPageEvent.END, (page) => {
    if (!page.contents) return;
    const wiki = app.options.getValue('plugin').some((p) => p.includes('typedoc-github-wiki-theme'));
    const depth = page.url.split('/').length - 1;
    const up = '../'.repeat(depth);
    page.contents = page.contents
      .replaceAll('](https://acct.invalid/docs/', `](${wiki ? `${REPO_URL}docs/` : up}`)
      .replaceAll('](https://acct.invalid/repo/', `](${wiki ? REPO_URL : `../${up}`}`);
  });
}
