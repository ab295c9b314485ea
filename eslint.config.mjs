// ESLint 9 flat config: typescript-eslint with type information on the TypeScript code, and
// @graphql-eslint on the client documents (validated against the public API schema).
import js from '@eslint/js';
import graphql from '@graphql-eslint/eslint-plugin';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', 'bench-results/', 'coverage/', 'schema/', 'examples/customer-area/src/gql/', '**/*.js', '**/*.mjs'] },
  {
    files: ['**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // What the codebase already follows.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // What it deliberately does not: `any` in test assertions on response bodies, `Function`
      // for TypeORM's entity lists.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-function-type': 'off',
    },
  },
  {
    files: ['examples/customer-area/operations/**/*.graphql'],
    languageOptions: {
      parser: graphql.parser,
      parserOptions: { graphQLConfig: { schema: 'schema/api.graphql', documents: 'examples/customer-area/operations/**/*.graphql' } },
    },
    plugins: { '@graphql-eslint': graphql },
    rules: {
      ...graphql.configs['flat/operations-recommended'].rules,
      // Connections add two levels (edges, node): the order screen reads numberOrders.edges.node.history.edges.node.
      // The gateway refuses depth over 12 (gateway/src/limits.ts); client documents stay well under it.
      '@graphql-eslint/selection-set-depth': ['error', { maxDepth: 9 }],
    },
  },
);
