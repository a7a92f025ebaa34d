/**
 * The setup every integration file repeats, written once: reset this worker's
 * database and write the file's scenario into it (useDatabase), start the real
 * HTTP service on it (useServer), and undo both when the file ends.
 *
 * Each helper registers its own beforeAll/afterAll, so a file states only what
 * it needs:
 *
 *   const { db, server } = useSeededService(loadSeed);
 *
 * The returned server is live once the file's beforeAll hooks have run, i.e. in
 * every test. Hooks registered later in the file run after these, so a file can
 * still do extra setup on top (tokens, a second server).
 */
import { afterAll, beforeAll, expect } from 'vitest';
import type { Config } from '../../src/config.js';
import type { Executor } from '../../src/db/executor.js';
import type { RecordBatch } from '../../src/domain/import-format.js';
import { writeBatch } from '../../src/importers/writer/index.js';
import { resetDatabase, testDatabase } from './db.js';
import { startTestServer, type TestServer } from './server.js';

/** What a file writes into its freshly reset database. */
export type Scenario = (db: Executor) => Promise<unknown>;

/** A scenario that writes one batch through the real writer and expects no rejects. */
export function batchScenario(
  batch: RecordBatch | (() => RecordBatch),
  options: { file?: string; batchSize?: number; classify?: boolean } = {},
): Scenario {
  return async (db) => {
    const records = typeof batch === 'function' ? batch() : batch;
    const summary = await writeBatch(db, records, { file: options.file ?? 'scenario', ...options });
    expect(summary.rejected).toBe(0);
  };
}

/**
 * This worker's database, reset and loaded with `scenario` before the file's tests;
 * the driver is closed after them.
 */
export function useDatabase(scenario?: Scenario): Executor {
  const db = testDatabase();
  beforeAll(async () => {
    await resetDatabase(db);
    await scenario?.(db);
  });
  afterAll(() => db.driver.close());
  return db;
}

/**
 * The HTTP service on `db`, started before the file's tests (with `overrides`,
 * or a function giving them when they depend on earlier setup) and stopped after.
 */
export function useServer(
  db: Executor,
  overrides: Partial<Config> | (() => Partial<Config>) = {},
): TestServer {
  let started: TestServer | undefined;
  const live = (): TestServer => {
    if (!started) throw new Error('the test server starts in beforeAll; use it inside a test');
    return started;
  };
  beforeAll(async () => {
    started = await startTestServer(db, typeof overrides === 'function' ? overrides() : overrides);
  });
  afterAll(async () => {
    await started?.stop();
    started = undefined;
  });
  return {
    get app() {
      return live().app;
    },
    get url() {
      return live().url;
    },
    gql: (query, variables, headers) => live().gql(query, variables, headers),
    stop: () => live().stop(),
  };
}

/** The common case: a reset database holding `scenario`, and the service on it. */
export function useSeededService(
  scenario?: Scenario,
  overrides: Partial<Config> | (() => Partial<Config>) = {},
): { db: Executor; server: TestServer } {
  const db = useDatabase(scenario);
  const server = useServer(db, overrides);
  return { db, server };
}
