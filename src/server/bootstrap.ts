/**
 * Prepares the database for the service: constraints and indexes, then the
 * seed graph if the database is empty. Runs in the background and retries
 * until it succeeds, so the service can start (and report 503 on /readyz)
 * while Neo4j is still unreachable, and recover by itself when it comes up.
 */
import type { Config } from '../config.js';
import type { Executor } from '../db/executor.js';
import { applySchema } from '../db/schema.js';
import { isEmpty, loadSeed } from '../../seed/load.js';

export interface Bootstrap {
  /** Resolves once the schema is applied (and the seed loaded when needed). */
  done: Promise<void>;
  stop(): void;
}

export function bootstrapDatabase(
  db: Executor,
  config: Config,
  log: (m: string) => void,
  retryMs = 2000,
): Bootstrap {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const attempt = async (): Promise<void> => {
    await applySchema(db);
    if (config.seedOnStart && (await isEmpty(db))) {
      const s = await loadSeed(db);
      log(`seeded an empty database: ${s.created} records created`);
    }
  };
  const done = new Promise<void>((resolve) => {
    let failures = 0;
    const run = () => {
      attempt().then(resolve, (error: unknown) => {
        failures += 1;
        if (failures === 1 || failures % 15 === 0) {
          log(
            `database not ready (${error instanceof Error ? error.message : String(error)}); retrying every ${retryMs / 1000}s`,
          );
        }
        if (!stopped) timer = setTimeout(run, retryMs);
      });
    };
    run();
  });
  return {
    done,
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
