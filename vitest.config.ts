import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import SlowFirstSequencer from './test/setup/sequencer.js';
import { testWorkers } from './test/setup/workers.js';

// Two projects: pure unit tests (no database), and integration tests (with the
// browser tests) against real embedded Neo4j servers started by
// test/setup/global-neo4j.ts, one per worker slot, so integration files run side
// by side, each owning the database of its slot. `npm run test:unit` runs the
// unit project alone.
const workers = testWorkers();

// Every Neo4j JVM the suite starts (the worker databases, the fault test's, the bulk
// load's, the CLI's and `npm start`'s children, which inherit this) runs with the
// client compiler only and the serial collector. Test JVMs live for seconds to
// minutes and run small graphs; C2's optimising compiler and G1's threads cost
// them more CPU than they give back (about 30% less CPU for a file such as
// citation-shapes on the 2-core machine). Set NEO4J_JVM_OPTS to override.
process.env.NEO4J_JVM_OPTS ??= '-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UseCodeCacheFlushing';
// ...and with test/setup/neo4j-test.conf: no re-planning every time a test empties and
// refills the database (about 10% of the suite's CPU), no page-cache profiling.
process.env.NEO4J_SETTINGS_FILE ??= fileURLToPath(
  new URL('./test/setup/neo4j-test.conf', import.meta.url),
);

export default defineConfig({
  // Resolve graphql as Node does (its CommonJS entry). Vite would otherwise pick
  // graphql's ESM build for our sources while CommonJS dependencies such as
  // graphql-armor require the CJS one: two graphql instances fail instanceof checks.
  resolve: {
    alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }],
  },
  test: {
    // One pool for both projects; its slots are the worker slots the global setup
    // starts a Neo4j for. Against an external NEO4J_URI (one shared database)
    // files run one after another.
    maxWorkers: workers,
    minWorkers: 1,
    fileParallelism: !process.env.NEO4J_URI,
    // A worker keeps the modules it has loaded from one file to the next (vitest still
    // separates the unit and integration projects). Loading Apollo, graphql, the driver
    // and our sources afresh for each of 116 files was about 48 of the suite's 346
    // CPU-seconds on the 2-core machine. Files share nothing else: each resets its own
    // database, and runCli restores the environment, working directory and console it
    // borrows.
    poolOptions: { forks: { isolate: false } },
    sequence: { sequencer: SlowFirstSequencer },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          // Unit files share the cores with integration files and their JVMs; a CPU-heavy
          // one (a large parse) can take several seconds then.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts', 'test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/setup/global-neo4j.ts'],
          setupFiles: ['test/setup/params.ts'],
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
