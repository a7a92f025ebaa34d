/**
 * The one module that talks to the driver. Everything above it asks for a named
 * query to be read or written; this module picks the transaction kind, closes
 * sessions in `finally`, counts round trips and maps errors to typed AppErrors.
 *
 * - Writes run in managed transactions (executeWrite): transient errors are retried
 *   and several queries can commit together (writeTx).
 * - Reads are single queries, so they run as auto-commit transactions in READ
 *   sessions (routed to readers in a cluster). On the wire that is one message
 *   batch (RUN + PULL) where a managed transaction needs three (BEGIN, RUN + PULL,
 *   COMMIT); on the 2-CPU bench machine it halves the cost of a trivial read for
 *   both Node and Neo4j (bench/RESULTS.md, "what changed"). Transient errors
 *   are retried here the way executeRead would, with the same time budget.
 */
import neo4j, {
  isRetryableError,
  type Driver,
  type ManagedTransaction,
  type Record as NeoRecord,
} from 'neo4j-driver';
import { mapDatabaseError } from './errors.js';
import { withIntegers } from './integers.js';

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
  /** How long a read keeps retrying transient errors (the driver's maxTransactionRetryTime). */
  retryMs?: number;
  log?: (name: string, text: string, params: Row) => void;
}

/** A transaction handle inside Executor.writeTx: several queries, one commit. */
export interface WriteTx {
  run(query: NamedQuery, params?: Row): Promise<Row[]>;
}

/** Matches the driver's maxTransactionRetryTime (src/db/driver.ts). */
const DEFAULT_RETRY_MS = 5_000;

function toRows(records: NeoRecord[]): Row[] {
  return records.map((r) => r.toObject() as Row);
}

export class Executor {
  constructor(
    readonly driver: Driver,
    private readonly options: ExecutorOptions = {},
  ) {}

  /**
   * Runs a read query as an auto-commit transaction (routed to a reader in a cluster),
   * retrying transient failures (back-off from 100 ms, doubling to at most 2 s, jittered)
   * for up to `retryMs`.
   */
  async read(query: NamedQuery, params: Row = {}, stats?: QueryStats): Promise<Row[]> {
    this.count(query, params, stats);
    const deadline = performance.now() + (this.options.retryMs ?? DEFAULT_RETRY_MS);
    for (let delay = 100; ; delay = Math.min(2 * delay, 2_000)) {
      const session = this.driver.session({
        database: this.options.database,
        defaultAccessMode: neo4j.session.READ,
      });
      try {
        const result = await session.run(query.text, params, { timeout: this.options.timeoutMs });
        return toRows(result.records);
      } catch (error) {
        if (!isRetryableError(error) || performance.now() + delay > deadline) {
          throw mapDatabaseError(error);
        }
      } finally {
        await session.close();
      }
      await new Promise((resolve) => setTimeout(resolve, delay * (0.8 + 0.4 * Math.random())));
    }
  }

  /** Runs a single write query in its own transaction (whole numbers under integer names sent as Integers). */
  write(query: NamedQuery, params: Row = {}, stats?: QueryStats): Promise<Row[]> {
    this.count(query, params, stats);
    return this.executeWrite(async (tx) =>
      toRows((await tx.run(query.text, withIntegers(params))).records),
    );
  }

  /** Runs `work` in one write transaction: all of its queries commit together or not at all. */
  writeTx<T>(
    work: (tx: WriteTx) => Promise<T>,
    stats?: QueryStats,
    timeoutMs?: number,
  ): Promise<T> {
    return this.executeWrite(
      (tx) =>
        work({
          run: async (q, p = {}) => {
            this.count(q, p, stats);
            return toRows((await tx.run(q.text, withIntegers(p))).records);
          },
        }),
      timeoutMs,
    );
  }

  /**
   * Returns true when the database answers a trivial query. One auto-commit try,
   * no retries: a readiness probe must say "not ready" at once, not after the
   * driver's retry budget (executeQuery retried for about 7 s while Neo4j was down).
   */
  async ping(): Promise<boolean> {
    const session = this.driver.session({ database: this.options.database });
    try {
      await session.run('RETURN 1');
      return true;
    } catch {
      return false;
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  private count(query: NamedQuery, params: Row, stats: QueryStats | undefined): void {
    this.options.log?.(query.name, query.text, params);
    if (stats) {
      stats.roundTrips += 1;
      stats.queries.push(query.name);
    }
  }

  private async executeWrite<T>(
    work: (tx: ManagedTransaction) => Promise<T>,
    timeoutMs?: number,
  ): Promise<T> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: neo4j.session.WRITE,
    });
    try {
      return await session.executeWrite(work, { timeout: timeoutMs ?? this.options.timeoutMs });
    } catch (error) {
      throw mapDatabaseError(error);
    } finally {
      await session.close();
    }
  }
}
