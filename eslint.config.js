// Lint: zero warnings in CI (npm run lint). Generated code is never linted.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'src/__generated__/**',
      'launcher/target/**',
      '.data/**',
      'test-artifacts/**',
      'src/server/web/assets/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Tests walk parsed JSON responses; typing every response shape adds noise, not safety.
    files: ['test/**', 'bench/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Pure layers never reach into the database or HTTP (DESIGN.md: layers).
    files: ['src/domain/**', 'src/importers/parsers/**', 'src/exporters/serialisers/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['neo4j-driver', 'express', '@apollo/*'],
              message: 'pure code: no database or HTTP imports',
            },
            {
              group: ['**/db/**', '**/server/**', '**/repositories/**', '**/loaders/**'],
              message: 'pure code depends on nothing below it',
            },
          ],
        },
      ],
    },
  },
  {
    // Resolvers are thin: they reach data only through loaders and repositories.
    files: ['src/resolvers/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['neo4j-driver', '**/db/**'],
              message: 'resolvers never run Cypher; use a repository or loader',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/importers/**', 'src/exporters/**', 'src/cli/**', 'seed/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/**', '**/resolvers/**'],
              message: 'importers, exporters and CLI never import server code',
            },
          ],
        },
      ],
    },
  },
);
