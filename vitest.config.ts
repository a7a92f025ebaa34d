import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// Two projects: pure unit tests (no database), and integration tests that share
// one real embedded Neo4j started by test/setup/global-neo4j.ts. Integration
// files run one at a time because each one resets the database to its own scenario.
export default defineConfig({
  // Resolve graphql as Node does (its CommonJS entry). Vite would otherwise pick
  // graphql's ESM build for our sources while CommonJS dependencies such as
  // graphql-armor require the CJS one: two graphql instances fail instanceof checks.
  resolve: {
    alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }],
  },
  test: {
    // Integration files share one database, so files run one after another.
    fileParallelism: false,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts', 'test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/setup/global-neo4j.ts'],
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
