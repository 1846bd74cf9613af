// Shared lint rules (ESLint flat config). apps/web extends this with its own React and boundary rules.
// apps/api and packages/* are linted type-aware; the API's layers are held by import-x zones below.
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { apiBoundaryZones } from './tools/eslint/api-boundaries.mjs';

const root = import.meta.dirname;
const typeChecked = ['apps/api/**/*.ts', 'packages/*/src/**/*.{ts,mts}'];

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '**/generated/**', '**/gql/**', '**/.turbo/**', '**/coverage/**', '.data/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Every file names its root: with apps/web's config in the same run (the pre-commit hook lints
  // staged files of both), typescript-eslint refuses to guess between two candidate roots.
  { languageOptions: { parserOptions: { tsconfigRootDir: root } } },
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      'no-empty': ['error', { allowEmptyCatch: false }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // Nest resolves constructor parameters by their runtime types: these imports must stay values.
    files: ['apps/api/src/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    // Type-aware rules where the type information is cheap: the API and the packages.
    files: typeChecked,
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: root } },
    rules: {
      // Feature loaders join common's `Loaders` by interface merging: `interface Loaders extends ReturnType<…> {}`.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      // Off: methods implementing a promise-returning interface (Apollo plugin hooks, mail transports,
      // Nest lifecycle hooks) are `async` without awaiting, so a throw becomes a rejection.
      '@typescript-eslint/require-await': 'off',
      // Off: Nest's HttpStatus is a numeric enum; Fastify and HttpException give statuses as numbers.
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
      // A value a failed type guard narrowed to `never` is still shown in the error message it causes.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNever: true }],
    },
  },
  {
    // Tests read untyped JSON answers of the GraphQL endpoint and use `expect.any()` (typed `any`):
    // the no-unsafe-* rules would flag every assertion. The source they test is checked in full.
    files: ['apps/api/test/**/*.ts', 'apps/api/src/**/*.spec.ts', 'packages/*/src/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // The API's layers: common/, config/, database/, web/ know no feature; a feature uses another
    // only through its index.ts; no import cycles (docs/ARCHITECTURE.md, "Layers").
    files: ['apps/api/src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.json', '.node'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: apiBoundaryZones(root) }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
);
