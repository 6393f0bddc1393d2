// Maintainer helper: writes the package.json skeleton of a new workspace package.
// Usage: node scripts/new-package.mjs NAME "description" [dep@range ...]
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';

const [name, description, ...deps] = process.argv.slice(2);
if (!name || !description) {
  console.error('usage: node scripts/new-package.mjs NAME "description" [dep@range ...]');
  process.exit(2);
}
const dir = `packages/${name}`;
if (existsSync(`${dir}/package.json`)) {
  console.error(`${dir}/package.json exists`);
  process.exit(1);
}
mkdirSync(`${dir}/src`, { recursive: true });
mkdirSync(`${dir}/test`, { recursive: true });
const dependencies = Object.fromEntries(
  deps.map((d) => {
    const at = d.lastIndexOf('@');
    return [d.slice(0, at), d.slice(at + 1)];
  }),
);
const pkg = {
  name: `@acct/${name}`,
  version: '0.1.0',
  description,
  keywords: ['acct', 'account-api', 'sdk', 'typescript'],
  license: 'MIT',
  author: 'acct contributors',
  repository: { type: 'git', url: 'git+https://github.com/acct-sdk/acct.git', directory: dir },
  homepage: `https://github.com/acct-sdk/acct/blob/main/docs/${name}/README.md`,
  bugs: { url: 'https://github.com/acct-sdk/acct/issues' },
  engines: { node: '>=20.19' },
  type: 'module',
  exports: {
    '.': {
      import: { types: './dist/index.d.mts', default: './dist/index.mjs' },
      require: { types: './dist/index.d.cts', default: './dist/index.cjs' },
    },
    './package.json': './package.json',
  },
  main: './dist/index.cjs',
  module: './dist/index.mjs',
  types: './dist/index.d.cts',
  files: ['dist', 'README.md'],
  sideEffects: false,
  publishConfig: { access: 'public' },
  scripts: { build: 'rollup -c ../../rollup.config.mjs' },
  dependencies,
};
writeFileSync(`${dir}/package.json`, JSON.stringify(pkg, null, 2) + '\n');
writeFileSync(
  `${dir}/tsconfig.json`,
  JSON.stringify({ extends: '../../tsconfig.base.json', include: ['src'] }, null, 2) + '\n',
);
console.log(`created ${dir}`);
