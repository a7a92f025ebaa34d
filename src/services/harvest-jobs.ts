/**
 * Harvests started over the API (Mutation.startHarvest): an in-process queue that runs one
 * harvest at a time, in the order they were asked for, and keeps each job's state (status,
 * phase, counts, errors) for Query.harvestJob. A job's failure is kept as a message safe to
 * show (an AppError's, or a generic one; the cause goes to the server log), never a stack.
 * Only the latest jobs are kept, so the registry cannot grow without bound.
 */
import { randomUUID } from 'node:crypto';
import type { Config } from '../config.js';
import type { Executor } from '../db/executor.js';
import { AppError } from '../domain/errors.js';
import type { Phase } from '../harvest/options.js';
import { SOURCES } from '../harvest/sources.js';
import { runHarvest, type HarvestOptions, type HarvestSummary } from './harvest.js';

/** A job's status. */
export type HarvestJobStatus = 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';

/** What harvestJob reports. */
export interface HarvestJobState {
  id: string;
  status: HarvestJobStatus;
  phase: Phase | null;
  dois: string[];
  counts: {
    reached: number;
    papers: number;
    citations: number;
    statements: number;
    fullTexts: number;
    requests: number;
    cacheHits: number;
    retries: number;
    rejects: number;
  };
  errors: { source: string | null; reason: string }[];
}

/** Rows per write transaction of an API-started harvest. */
const JOB_BATCH_SIZE = 1000;

/** Jobs kept for harvestJob; older finished ones are forgotten. */
const KEEP = 100;

function countsOf(s: HarvestSummary): HarvestJobState['counts'] {
  return {
    reached: s.reached,
    papers: s.papers,
    citations: s.citations,
    statements: s.statements,
    fullTexts: s.fullTexts,
    requests: SOURCES.reduce((n, k) => n + s.requests[k], 0),
    cacheHits: s.cacheHits,
    retries: s.retries,
    rejects: s.rejects,
  };
}

/** The queue of one server process. */
export class HarvestQueue {
  private jobs = new Map<string, HarvestJobState>();
  private tail: Promise<void> = Promise.resolve();

  constructor(private log: (message: string, error?: unknown) => void = () => {}) {}

  /** Queues a checked harvest; it starts when the ones before it have finished. */
  start(db: Executor, config: Config, options: HarvestOptions): HarvestJobState {
    const job: HarvestJobState = {
      id: randomUUID(),
      status: 'QUEUED',
      phase: null,
      dois: options.dois,
      counts: countsOf({
        reached: 0,
        papers: 0,
        citations: 0,
        statements: 0,
        fullTexts: 0,
        requests: { openalex: 0, s2: 0, crossref: 0, europepmc: 0 },
        cacheHits: 0,
        retries: 0,
        rejects: 0,
      } as HarvestSummary),
      errors: [],
    };
    this.jobs.set(job.id, job);
    this.forgetOld();
    this.tail = this.tail.then(() => this.run(job, db, config, options));
    return job;
  }

  /** The job with this id, if this process has it. */
  get(id: string): HarvestJobState | undefined {
    return this.jobs.get(id);
  }

  /** Resolves when every queued job has finished (tests, shutdown). */
  idle(): Promise<void> {
    return this.tail;
  }

  private async run(job: HarvestJobState, db: Executor, config: Config, o: HarvestOptions) {
    job.status = 'RUNNING';
    try {
      const summary = await runHarvest(db, config, o, {
        progress: { phase: (p) => void (job.phase = p), tick() {} },
        // The server's transactions time out after QUERY_TIMEOUT_MS (15 s by default), not the
        // CLI's import timeout: smaller chunks keep each write well inside it.
        batchSize: JOB_BATCH_SIZE,
      });
      job.counts = countsOf(summary);
      job.errors = summary.failures.map((f) => ({ source: f.source, reason: f.reason }));
      job.status = 'DONE';
    } catch (err) {
      if (!(err instanceof AppError)) this.log('harvest job failed', err);
      const reason =
        err instanceof AppError ? err.message : 'the harvest failed (see the server log)';
      job.errors.push({ source: null, reason });
      job.status = 'FAILED';
    } finally {
      job.phase = null;
    }
  }

  private forgetOld(): void {
    for (const [id, job] of this.jobs) {
      if (this.jobs.size <= KEEP) break;
      if (job.status === 'DONE' || job.status === 'FAILED') this.jobs.delete(id);
    }
  }
}

/** The server's queue: one per process, as there is one database per process. */
export const harvestQueue = new HarvestQueue((message, error) =>
  console.error(`${message}: ${error instanceof Error ? error.message : String(error)}`),
);
