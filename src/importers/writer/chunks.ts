/**
 * Runs a write in chunks of rows, one transaction per chunk, and keeps the
 * import summary's created/updated/unchanged tallies from the flags each
 * write query returns. A killed import therefore leaves whole chunks only.
 */
import type { Executor, QueryStats, Row, WriteTx } from '../../db/executor.js';
import type { Rejection } from '../../domain/import-format.js';
import type { ReferenceCensus } from '../resolve/census.js';

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
  onProgress?: (recordsWritten: number) => void;
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
   * As `run`, for the create-only path: `work` creates every row it is given, so
   * each row committed counts as created (`weight`: how many records a row holds).
   */
  async create<T extends object>(
    items: T[],
    work: (tx: WriteTx, rows: T[]) => Promise<unknown>,
    weight: (row: T) => number = () => 1,
  ): Promise<void> {
    await this.run(items, async (tx, rows) => {
      await work(tx, rows);
      return [];
    });
    if (!this.options.dryRun) for (const r of items) this.summary.created += weight(r);
  }

  private tally(rows: Row[]): void {
    for (const r of rows as Flagged[]) {
      if (r.created) this.summary.created += 1;
      else if (r.changed) this.summary.updated += 1;
      else this.summary.unchanged += 1;
    }
  }
}
