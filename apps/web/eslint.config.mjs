// Lint config of the web client: the repository's root config (once it exists) plus the React
// hooks rules (including the React Compiler checks) and browser/node globals per folder.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import tseslint from 'typescript-eslint';

const rootConfigFile = fileURLToPath(new URL('../../eslint.config.mjs', import.meta.url));
const baseConfig = existsSync(rootConfigFile)
  ? (await import(pathToFileURL(rootConfigFile).href)).default
  : [js.configs.recommended, ...tseslint.configs.recommended];

export default [
  { ignores: ['dist/**', 'src/gql/**', 'test-results/**', 'playwright-report/**', 'artifacts/**'] },
  ...[baseConfig].flat(),
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
