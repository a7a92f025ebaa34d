// Lint: zero warnings in CI (npm run lint). Generated code is never linted. The layer rules
// below are the layer diagram of docs/ARCHITECTURE.md written as rules: one zone per layer,
// forbidding imports from every layer above it; test/unit/lint-layers.test.ts shows they bite.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import noFolderCycle from './scripts/lint/no-folder-cycle.js';

/**
 * The layers, top to bottom (docs/ARCHITECTURE.md): a file may import from its own layer or
 * from any layer below it, never from one above. src/perf (the harness bench/ and the load
 * tests drive) and then `bin` and the CLI sit on top; `src/config.ts`
 * is readable by every layer except the pure domain, and itself reads only the domain.
 * Importers and exporters share a rank but are independent: neither imports the other.
 */
const LAYERS = [
  ['the benchmark and load harness', ['src/perf/**']],
  ['the CLI', ['bin/**', 'src/cli/**']],
  ['the server', ['src/server/**']],
  ['resolvers', ['src/resolvers/**', 'src/__generated__/**']],
  ['services', ['src/services/**']],
  ['auth', ['src/auth/**']],
  ['the request context', ['src/context.[jt]s']],
  ['loaders', ['src/loaders/**']],
  ['repositories', ['src/repositories/**']],
  ['the harvest (HTTP clients of the scholarly APIs)', ['src/harvest/**']],
  ['importers and exporters', ['src/importers/**', 'src/exporters/**']],
  ['the database layer', ['src/db/**']],
  ['the configuration', ['src/config.[jt]s']],
  ['the concept tagger', ['src/tagger/**']],
  ['the statement classifier', ['src/classifier/**']],
  ['the domain', ['src/domain/**']],
];

const layerZones = LAYERS.slice(1).map(([name, target], i) => ({
  target,
  from: LAYERS.slice(0, i + 1).flatMap(([, globs]) => globs),
  message: `${name} may import only from its own layer or the layers below it (docs/ARCHITECTURE.md: layers).`,
}));

const otherZones = [
  {
    target: ['src/importers/**'],
    from: ['src/exporters/**'],
    message: 'importers and exporters are independent of each other.',
  },
  {
    target: ['src/exporters/**'],
    from: ['src/importers/**'],
    message: 'importers and exporters are independent of each other.',
  },
  {
    target: ['src/resolvers/**'],
    from: ['src/db/**'],
    message: 'resolvers never run Cypher; use a service, a loader or a repository.',
  },
  {
    target: ['src/exporters/**', 'src/importers/parsers/**', 'src/domain/**', 'src/tagger/**'],
    from: ['src/db/**', 'src/config.[jt]s'],
    message: 'pure code reads no database and no configuration.',
  },
  {
    target: ['src/tagger/**'],
    from: ['src/classifier/**'],
    message:
      'the concept tagger and the statement classifier are independent: the tagger reads only the domain.',
  },
  {
    target: ['src/importers/parsers/**'],
    from: ['src/importers/!(parsers)/**', 'src/importers/*.ts'],
    message: 'parsers are pure: they know nothing of the writer, the bulk load or the runner.',
  },
  {
    target: ['seed/**'],
    from: ['bin/**', 'src/cli/**', 'src/server/**', 'src/resolvers/**'],
    message: 'the seed data loads through the writer, never through server code.',
  },
  {
    target: ['src/**', 'bin/**', 'seed/**'],
    from: ['test/**', 'bench/**'],
    message: 'shipped code never imports tests or benchmarks.',
  },
  {
    target: ['test/**'],
    from: ['bench/**'],
    message: 'tests never import bench/; shared helpers live in test/helpers or src.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'src/__generated__/**',
      'launcher/target/**',
      // The production build (scripts/build.mjs), JavaScript made from the linted sources.
      'dist/**',
      '.data/**',
      'test-artifacts/**',
      // Deliberately bad files that test/unit/lint-layers.test.ts lints with ignores off.
      'test/fixtures/lint/**',
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
    files: ['**/*.ts', '**/*.js', '**/*.mjs'],
    plugins: { 'import-x': importX, layers: { rules: { 'no-folder-cycle': noFolderCycle } } },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
      // Without these, import-x cannot parse an imported .ts file and no-cycle sees nothing.
      'import-x/extensions': ['.ts', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones, ...otherZones] }],
    },
  },
  {
    // A cycle of value imports is an error anywhere in src. Type-only cycles between modules
    // are erased by the compiler and allowed inside a folder; between folders they are
    // refused by layers/no-folder-cycle, which counts every import.
    files: ['src/**/*.ts'],
    rules: {
      'import-x/no-cycle': 'error',
      'layers/no-folder-cycle': 'error',
    },
  },
  {
    // Pure layers never reach into the database or HTTP (docs/ARCHITECTURE.md: layers).
    files: ['src/domain/**', 'src/importers/parsers/**', 'src/exporters/**', 'src/tagger/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['neo4j-driver', 'express', '@apollo/*'],
              message: 'pure code: no database or HTTP imports',
            },
          ],
        },
      ],
    },
  },
  {
    // Resolvers are thin: they reach data only through services, loaders and repositories.
    files: ['src/resolvers/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['neo4j-driver'],
              message: 'resolvers never run Cypher; use a service, a loader or a repository',
            },
          ],
        },
      ],
    },
  },
);
