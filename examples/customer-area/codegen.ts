import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the customer-area client, from the public API schema (schema/api.graphql,
 * what clients see through the gateway). Run from the repository root: `npm run codegen`;
 * `npm run codegen:check` regenerates, type-checks the client and fails if the committed output drifted.
 */
const config: CodegenConfig = {
  schema: 'schema/api.graphql',
  documents: ['examples/customer-area/operations/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'examples/customer-area/src/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        // persisted-documents.json (sha256 -> document): the gateway's TRUSTED_DOCUMENTS manifest.
        persistedDocuments: { hashAlgorithm: 'sha256' },
      },
      config: {
        enumsAsTypes: true,
        strictScalars: true,
        useTypeImports: true,
        // A file part of a GraphQL multipart request (graphql-multipart-request-spec): a browser File or Blob.
        scalars: { DateTimeISO: 'string', Upload: 'File | Blob' },
      },
    },
  },
};

export default config;
