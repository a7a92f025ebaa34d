import { defineConfig } from 'vitest/config';

// Two projects: pure unit tests (no database), and integration tests that share
// one real embedded Neo4j started by test/setup/global-neo4j.ts. Integration
// files run one at a time because each one resets the database to its own scenario.
export default defineConfig({
  test: {
    // Integration files share one database, so files run one after another.
    fileParallelism: false,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
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
