/**
 * Runs a write in chunks of rows, one transaction per chunk, and keeps the
 * import summary's created/updated/unchanged tallies from the flags each
 * write query returns. A killed import therefore leaves whole chunks only.
 */
import type { Executor, QueryStats, Row, WriteTx } from '../../db/executor.js';
import type { Rejection } from '../../domain/import-format.js';
import type { ReferenceCensus } from '../resolve/census.js';
import type { Pretagged } from '../resolve/index.js';

export interface WriteOptions {
  file?: string;
  /**
   * The provenance name of what is written (`openalex`, `bibtex`, `seed`, ...),
   * added to the `sources` of every fact it asserts; default UNNAMED_SOURCE.
   */
  source?: string;
  batchSize?: number;
  /** False: write statement labels exactly as given, without the classifier (test fixtures). */
  classify?: boolean;
  /** False: no concept tagger links (the curated seed, which is the tagger's gold standard). */
  tag?: boolean;
  dryRun?: boolean;
  /** Tags of the batch's records computed ahead (src/importers/prefetch.ts); checked against the taxonomy read. */
  pretagged?: Pretagged;
  onProgress?: (recordsWritten: number) => void;
  /**
   * Called once the batch is resolved, before its first write: from here on the JVM has work
   * in hand, so Node work the caller starts now runs beside it (src/importers/run.ts).
   */
  onResolved?: () => void;
  stats?: QueryStats;
}

export interface WriteSummary {
  created: number;
  updated: number;
  unchanged: number;
  /** Stored papers merged into another because a record showed them to be one work. */
  merged: number;
  rejected: number;
  rejects: Rejection[];
  /** What became of the batch's citation records (see ../resolve/census.ts). */
  references?: ReferenceCensus;
}

/** The source of a write whose caller names none. */
export const UNNAMED_SOURCE = 'unknown';

type Flagged = { created?: unknown; changed?: unknown };

/** One write's summary and progress; `run` writes rows chunk by chunk. */
export class ChunkWriter {
  readonly summary: WriteSummary = {
    created: 0,
    updated: 0,
    unchanged: 0,
    merged: 0,
    rejected: 0,
    rejects: [],
  };
  private written = 0;

  constructor(
    readonly db: Executor,
    readonly options: WriteOptions,
  ) {}

  /** Writes `items` in chunks of batchSize, each chunk in one transaction (skipped on a dry run). */
  async run<T extends object>(
    items: T[],
    work: (tx: WriteTx, rows: T[]) => Promise<Row[]>,
  ): Promise<void> {
    const size = this.options.batchSize ?? 5000;
    for (let i = 0; i < items.length; i += size) {
      const rows = items.slice(i, i + size);
      if (!this.options.dryRun)
        this.tally(await this.db.writeTx((tx) => work(tx, rows), this.options.stats));
      this.written += rows.length;
      this.options.onProgress?.(this.written);
    }
  }

  /**
   * As `run`, but each chunk's statements run while the chunk before it commits.
   * At most one transaction is running statements at a time (the others are
   * committing and take no new locks), so two chunks never wait on each other's
   * locks in a cycle (a chunk whose commit failed transiently is retried while
   * the next one runs; a deadlock then is detected by Neo4j and retried like any
   * transient error). Only for stages whose chunks do not read one another's
   * writes: a MATCH does not wait for an uncommitted node, a MERGE on a unique
   * key or on an edge does.
   */
  async overlap<T extends object>(
    items: T[],
    work: (tx: WriteTx, rows: T[]) => Promise<Row[]>,
  ): Promise<void> {
    if (this.options.dryRun) return this.run(items, work);
    const size = this.options.batchSize ?? 5000;
    const commits: Promise<void>[] = [];
    try {
      for (let i = 0; i < items.length; i += size) {
        const rows = items.slice(i, i + size);
        let ran!: () => void;
        const statementsRan = new Promise<void>((resolve) => (ran = resolve));
        const committed = this.db
          .writeTx(async (tx) => {
            const out = await work(tx, rows);
            ran();
            return out;
          }, this.options.stats)
          .then((out) => {
            this.tally(out);
            this.written += rows.length;
            this.options.onProgress?.(this.written);
          });
        commits.push(committed);
        await Promise.race([statementsRan, committed]);
        // Two chunks in flight at most: this one committing, the next one running.
        if (commits.length >= 2) await commits[commits.length - 2];
      }
    } finally {
      // A failed chunk stops the stage; the ones already committing finish first.
      await Promise.allSettled(commits);
    }
    await Promise.all(commits);
  }

  /**
   * As `overlap`, for the create-only path: `work` creates every row it is given,
   * so each row committed counts as created.
   */
  async create<T extends object>(
    items: T[],
    work: (tx: WriteTx, rows: T[]) => Promise<unknown>,
  ): Promise<void> {
    await this.overlap(items, async (tx, rows) => {
      await work(tx, rows);
      return rows.map(() => ({ created: true }));
    });
  }

  private tally(rows: Row[]): void {
    for (const r of rows as Flagged[]) {
      if (r.created) this.summary.created += 1;
      else if (r.changed) this.summary.updated += 1;
      else this.summary.unchanged += 1;
    }
  }
}
