// ESLint for the TypeScript and JavaScript files (`npm run lint`, part of `npm run check`). Modest on
// purpose: the recommended rules of ESLint and typescript-eslint, so that what fails is a likely bug rather
// than a matter of taste (formatting is Prettier's). `.astro` files are type-checked by `astro check`.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', '.astro/', 'node_modules/', 'bench/results/', 'screenshots/', 'test-results/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // A leading underscore marks a value left unused on purpose; `const { a, ...rest } = x` drops `a`.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Control characters are what the MDX safety check looks for; a regex naming them is deliberate here.
      'no-control-regex': 'off',
      // Outside src/ (tests, scripts, the bench) an `any` is reported, not fatal.
      '@typescript-eslint/no-explicit-any': 'warn',
    },
  },
  {
    // The site's own code is typed through (issue 17): entries by collection (Entry<C> in src/lib/graph.ts), and
    // arbitrary frontmatter as `unknown` (frontmatterOf). An `any` there needs an eslint-disable line with its reason.
    files: ['src/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'error' },
  },
);
