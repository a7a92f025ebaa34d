/**
 * The one module that talks to the driver. Everything above it asks for a named
 * query to be read or written; this module picks executeRead/executeWrite
 * (managed transactions, so transient errors are retried and cluster reads go
 * to secondaries), closes sessions in `finally`, counts round trips and maps
 * errors to typed AppErrors.
 */
import neo4j, {
  type Driver,
  type ManagedTransaction,
  type Record as NeoRecord,
} from 'neo4j-driver';
import { mapDatabaseError } from './errors.js';

/** A Cypher text with a stable name for logs and snapshots. Values are always $parameters. */
export interface NamedQuery {
  readonly name: string;
  readonly text: string;
}

/** Per-request counters; tests and the benchmark read them. */
export interface QueryStats {
  roundTrips: number;
  queries: string[];
}

export type Row = Record<string, unknown>;

export interface ExecutorOptions {
  database?: string;
  /** Transaction timeout in ms. */
  timeoutMs?: number;
  log?: (name: string, text: string, params: Row) => void;
}

/** A transaction handle inside Executor.writeTx: several queries, one commit. */
export interface WriteTx {
  run(query: NamedQuery, params?: Row): Promise<Row[]>;
}

function toRows(records: NeoRecord[]): Row[] {
  return records.map((r) => r.toObject() as Row);
}

export class Executor {
  constructor(
    readonly driver: Driver,
    private readonly options: ExecutorOptions = {},
  ) {}

  /** Runs a read query (routed to a reader in a cluster). */
  read(query: NamedQuery, params: Row = {}, stats?: QueryStats): Promise<Row[]> {
    return this.execute(
      'READ',
      async (tx) => toRows((await tx.run(query.text, params)).records),
      query,
      params,
      stats,
    );
  }

  /** Runs a single write query in its own transaction. */
  write(query: NamedQuery, params: Row = {}, stats?: QueryStats): Promise<Row[]> {
    return this.execute(
      'WRITE',
      async (tx) => toRows((await tx.run(query.text, params)).records),
      query,
      params,
      stats,
    );
  }

  /** Runs `work` in one write transaction: all of its queries commit together or not at all. */
  writeTx<T>(
    work: (tx: WriteTx) => Promise<T>,
    stats?: QueryStats,
    timeoutMs?: number,
  ): Promise<T> {
    const label: NamedQuery = { name: 'writeTx', text: '' };
    return this.execute(
      'WRITE',
      (tx) =>
        work({
          run: async (q, p = {}) => {
            this.options.log?.(q.name, q.text, p);
            if (stats) {
              stats.roundTrips += 1;
              stats.queries.push(q.name);
            }
            return toRows((await tx.run(q.text, p)).records);
          },
        }),
      label,
      {},
      undefined,
      timeoutMs,
    );
  }

  /** Returns true when the database answers a trivial query. */
  async ping(): Promise<boolean> {
    try {
      await this.driver.executeQuery('RETURN 1', {}, { database: this.options.database });
      return true;
    } catch {
      return false;
    }
  }

  private async execute<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: ManagedTransaction) => Promise<T>,
    query: NamedQuery,
    params: Row,
    stats: QueryStats | undefined,
    timeoutMs?: number,
  ): Promise<T> {
    if (query.text) {
      this.options.log?.(query.name, query.text, params);
      if (stats) {
        stats.roundTrips += 1;
        stats.queries.push(query.name);
      }
    }
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const config = { timeout: timeoutMs ?? this.options.timeoutMs };
    try {
      return mode === 'READ'
        ? await session.executeRead(work, config)
        : await session.executeWrite(work, config);
    } catch (error) {
      throw mapDatabaseError(error);
    } finally {
      await session.close();
    }
  }
}
