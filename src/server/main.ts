/**
 * `npm start` / `evidence-graph serve`: opens the database (embedded unless
 * NEO4J_URI is set), applies constraints and indexes, seeds an empty database,
 * and serves GraphQL. SIGINT/SIGTERM drain requests, close the driver and stop
 * the JVM this process started.
 */
import { ConfigError, loadConfig } from '../config.js';
import { connectDatabase } from '../db/connect.js';
import { EmbeddedNeo4jError } from '../db/embedded.js';
import { createApp } from './app.js';
import { bootstrapDatabase } from './bootstrap.js';

const log = (message: string) => console.error(`[evidence-graph] ${message}`);

/**
 * `npm start` runs us under npm and sh; a SIGTERM to npm ends them without
 * passing it on, which would orphan this process and its JVM. When our parent
 * changes (we were re-parented), shut down as if signalled.
 */
function watchParent(onGone: () => void): void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid !== parent) onGone();
  }, 500);
  timer.unref();
}

export async function main(): Promise<void> {
  const config = loadConfig();
  const database = await connectDatabase(config, { log });
  let bootstrap: ReturnType<typeof bootstrapDatabase> | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: draining requests and stopping`);
    bootstrap?.stop();
    try {
      await app.stop();
    } finally {
      await database.close();
      log('stopped');
      process.exit(0);
    }
  };
  const app = createApp({
    db: database.db,
    config,
    log: (m, e) => log(`${m}${e instanceof Error ? `: ${e.message}` : ''}`),
  });
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  watchParent(() => void shutdown('parent process gone'));
  try {
    // An embedded database is up by now, so prepare it before serving; a remote
    // one may be down, and then the service starts anyway and prepares it when it can.
    bootstrap = bootstrapDatabase(database.db, config, log);
    if (database.embedded) await bootstrap.done;
    const port = await app.listen(config.port, config.host);
    log(`GraphQL on http://localhost:${port}/graphql (Neo4j at ${database.uri})`);
  } catch (error) {
    await database.close();
    throw error;
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof EmbeddedNeo4jError) log(error.message);
  else log(`failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
