// Lint config of the web client: the repository's root config plus the React hooks rules
// (including the React Compiler checks) and browser/node globals per folder.
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import rootConfig from '../../eslint.config.mjs';

export default [
  { ignores: ['dist/**', 'src/gql/**', 'test-results/**', 'playwright-report/**', 'artifacts/**'] },
  ...rootConfig,
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['e2e/**/*.{ts,mjs}', '*.config.{ts,mjs}', 'codegen.ts'],
    languageOptions: { globals: globals.node },
  },
];
