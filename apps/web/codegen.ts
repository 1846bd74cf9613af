import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types and typed documents from the committed SDL (no running server needed).
 * documentMode "string": documents are TypedDocumentString instances, sent with plain fetch,
 * so the bundle carries no graphql runtime.
 */
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
      },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: {
          Date: 'string',
          DateTime: 'string',
        },
      },
    },
  },
};

export default config;
