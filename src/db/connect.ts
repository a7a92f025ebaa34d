/**
 * Where the database is: NEO4J_URI when set (embed nothing); otherwise an
 * embedded Neo4j already listening on BOLT_PORT (e.g. under `npm start`);
 * otherwise a new embedded Neo4j started for this process.
 */
import type { Config } from '../config.js';
import { ensureClassArchive } from './class-archive.js';
import { createDriver } from './driver.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from './embedded.js';
import { Executor } from './executor.js';

export interface Database {
  db: Executor;
  /** Set when this process started the JVM. */
  embedded: EmbeddedNeo4j | null;
  uri: string;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** Reuse an embedded Neo4j already running on BOLT_PORT instead of starting one. */
  reuseRunning?: boolean;
  log?: (line: string) => void;
}

function executorFor(config: Config, uri: string): Executor {
  const driver = createDriver({
    uri,
    username: config.neo4j.username,
    password: config.neo4j.password,
  });
  return new Executor(driver, {
    database: config.neo4j.database,
    timeoutMs: config.queryTimeoutMs,
    log: config.logCypher ? (name, text) => console.error(`[cypher] ${name}\n${text}`) : undefined,
  });
}

/** Opens the database the configuration points at, starting the embedded one if needed. */
export async function connectDatabase(
  config: Config,
  options: ConnectOptions = {},
): Promise<Database> {
  const log = options.log ?? (() => {});
  if (config.neo4j.uri) {
    const db = executorFor(config, config.neo4j.uri);
    return { db, embedded: null, uri: config.neo4j.uri, close: () => db.driver.close() };
  }
  const localUri = `bolt://127.0.0.1:${config.embedded.boltPort}`;
  if (options.reuseRunning) {
    const probe = executorFor(config, localUri);
    if (await probe.ping()) {
      log(`using the Neo4j already running at ${localUri}`);
      return { db: probe, embedded: null, uri: localUri, close: () => probe.driver.close() };
    }
    await probe.driver.close();
  }
  await ensureClassArchive(config.embedded, log);
  const embedded = await startEmbeddedNeo4j(config.embedded, log);
  const db = executorFor(config, embedded.uri);
  return {
    db,
    embedded,
    uri: embedded.uri,
    async close() {
      await db.driver.close();
      await embedded.stop();
    },
  };
}
