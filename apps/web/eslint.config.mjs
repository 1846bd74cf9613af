// Lint config of the web client: the repository's root rules, type-aware typescript-eslint, the
// React hooks rules (including the React Compiler checks), the web's layers (import-x zones, no
// import cycles) and the API contract's error codes; browser/node globals per folder.
import { ERROR_CODES } from '@wiw/domain';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import rootConfig from '../../eslint.config.mjs';
import { webBoundaryZones } from './eslint/boundaries.mjs';

const root = import.meta.dirname;
const code = ['src/**/*.{ts,tsx}', 'e2e/**/*.ts'];

export default tseslint.config(
  { ignores: ['dist/**', 'sourcemaps/**', 'src/gql/**', 'test-results/**', 'playwright-report/**', 'artifacts/**'] },
  ...rootConfig,
  { languageOptions: { parserOptions: { tsconfigRootDir: root } } },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    // Type-aware rules: the web's tsconfig covers src/ and e2e/, so the type information is there anyway.
    files: code,
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: root } },
  },
  {
    // Tests read the fake server's JSON bodies (untyped) and narrow Testing Library's and
    // Playwright's HTMLElement results with `as`: these rules would flag every such line. The
    // source they test is checked in full.
    files: ['src/**/*.test.{ts,tsx}', 'src/test/**/*.{ts,tsx}', 'src/features/*/test/**/*.ts', 'e2e/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // The layers: shared ↛ features, feature ↛ another feature's internals, app → features/<f>/index.ts; no cycles.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json', '.css'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: webBoundaryZones(root) }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // The API's error codes are named through ErrorCodes (src/lib/error-codes.ts, typed by @wiw/domain), never restated.
    files: code,
    rules: {
      'no-restricted-syntax': [
        'error',
        ...['Literal', 'TemplateElement > .value'].map((node) => ({
          selector:
            node === 'Literal'
              ? `Literal[value=/^(${ERROR_CODES.join('|')})$/]`
              : `TemplateLiteral[expressions.length=0] > TemplateElement[value.raw=/^(${ERROR_CODES.join('|')})$/]`,
          message: 'An error code of the API contract: write ErrorCodes.X (src/lib/error-codes.ts) instead of the string.',
        })),
      ],
    },
  },
  {
    files: ['e2e/**/*.{ts,mjs}', 'build/**/*.ts', '*.config.{ts,mjs}', 'codegen.ts', 'eslint/**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    // Plain JavaScript is outside the tsconfig: no type information.
    files: ['**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
