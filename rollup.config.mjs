// One build for every package: run from a package folder (`rollup -c ../../rollup.config.mjs`).
// ESM (.mjs) and CJS (.cjs) from src/index.ts, one bundled declaration file per condition
// (.d.mts, .d.cts), and for packages with src/bin.ts an executable ESM bin.
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import typescript from '@rollup/plugin-typescript';
import replace from '@rollup/plugin-replace';
import { dts } from 'rollup-plugin-dts';

const cwd = process.cwd();
const pkg = JSON.parse(readFileSync(resolve(cwd, 'package.json'), 'utf8'));
const externalNames = [
  ...Object.keys(pkg.dependencies ?? {}),
  ...Object.keys(pkg.peerDependencies ?? {}),
  ...builtinModules,
];
const external = (id) =>
  id.startsWith('node:') || externalNames.some((name) => id === name || id.startsWith(`${name}/`));

const plugins = () => [
  replace({
    preventAssignment: true,
    values: {
      __ACCT_VERSION__: JSON.stringify(pkg.version),
      __ACCT_PACKAGE__: JSON.stringify(pkg.name),
    },
  }),
  typescript({
    tsconfig: resolve(cwd, 'tsconfig.json'),
    // comments stay in the bundled .d.ts (the docs users see); the JS ships without them
    compilerOptions: {
      declaration: false,
      noEmit: false,
      outDir: undefined,
      sourceMap: false,
      removeComments: true,
    },
    include: ['src/**/*.ts'],
  }),
];

const config = [
  {
    input: 'src/index.ts',
    external,
    plugins: plugins(),
    output: [
      { file: 'dist/index.mjs', format: 'es' },
      { file: 'dist/index.cjs', format: 'cjs', exports: 'named', interop: 'auto' },
    ],
  },
  {
    input: 'src/index.ts',
    external,
    plugins: [dts({ tsconfig: resolve(cwd, 'tsconfig.json') })],
    output: [
      { file: 'dist/index.d.mts', format: 'es' },
      { file: 'dist/index.d.cts', format: 'es' },
    ],
  },
];

if (existsSync(resolve(cwd, 'src/bin.ts'))) {
  config.push({
    input: 'src/bin.ts',
    external: (id) => external(id) || id === pkg.name,
    plugins: plugins(),
    output: { file: 'dist/bin.mjs', format: 'es', banner: '#!/usr/bin/env node' },
  });
}

export default config;
