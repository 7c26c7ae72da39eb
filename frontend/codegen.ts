import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed GraphQL operations: every graphql(`...`) call under src/ gets its
// result and variable types from the server's schema files. The output in
// src/gql/ is committed; CI regenerates it and fails on any difference.
const config: CodegenConfig = {
  schema: ['../graph/ent.graphqls', '../graph/debrief.graphqls', '../graph/auth.graphqls', '../graph/live.graphqls', '../graph/board.graphqls', '../graph/followup.graphqls', '../graph/inbox.graphqls', '../graph/webhook.graphqls'],
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
