// ESLint for the whole repository, with type information: typescript-eslint's
// `recommendedTypeChecked` rules over every TypeScript file, all type-checked by one program:
// the root tsconfig.json, which maps `@acct/*` to each package's src/ (so lint needs no build:
// `npm test` lints a fresh clone before anything is built). JavaScript files (configs, scripts,
// benchmarks) have no types: they get the untyped rules. Globals come from the `globals`
// package.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/coverage/**', 'docs/**', 'node_modules/**', '.wiki/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { project: './tsconfig.json', tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-require-imports': 'off',
      // An `async` function without `await` is deliberate here: it implements an interface that
      // returns a Promise (Auth, fetch, fakes of both), and being async turns its throws into
      // rejections, which a plain function returning Promise.resolve() would not.
      '@typescript-eslint/require-await': 'off',
      // Re-raising what was caught, or an AbortSignal's `reason` (typed any), passes the
      // caller's own value on unchanged; rejecting with a literal or an object is still an error.
      '@typescript-eslint/prefer-promise-reject-errors': [
        'error',
        { allowThrowingAny: true, allowThrowingUnknown: true },
      ],
    },
  },
  {
    // Tests read untyped data on purpose (JSON.parse of CLI and server output, built dist/
    // modules loaded at run time, a plain .mjs script) and check its shape with expect(); and
    // they pass methods around to inspect them (expect(fake.method), destructuring to prove
    // methods are bound), and reject with non-Error values to check they are wrapped. The
    // sources keep every rule.
    files: ['packages/*/test/**/*.ts', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/prefer-promise-reject-errors': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // Tests of the built packages import dist/ at run time as `import(path as string)` so that
    // tsc does not resolve a module that exists only after `npm run build`.
    files: ['packages/*/test/built/**/*.ts'],
    rules: { '@typescript-eslint/no-unnecessary-type-assertion': 'off' },
  },
  {
    // JavaScript, and the release test's consumer projects (compiled by tsc against the
    // installed packages in `npm run test:release`, outside any tsconfig of this repository)
    files: ['**/*.js', '**/*.mjs', '**/*.cjs', 'scripts/release/fixtures/**'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
