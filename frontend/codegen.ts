import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed GraphQL operations: every graphql(`...`) call under src/ gets its
// result and variable types from the server's schema files. The output in
// src/gql/ is committed; CI regenerates it and fails on any difference.
const config: CodegenConfig = {
  // Every schema file, as gqlgen reads them (gqlgen.yml: graph/*.graphqls).
  schema: ['../graph/*.graphqls'],
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  ignoreNoDocuments: false,
  silent: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: false,
        scalars: {
          Time: 'string',
          Cursor: 'string',
          ID: 'string',
        },
      },
    },
  },
};

export default config;
