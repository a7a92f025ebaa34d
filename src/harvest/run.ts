/**
 * One harvest, start to end: fetch what the seeds reach (crawl.ts), turn it into import
 * sources (sources-of.ts) and write them through the one import path, each write a journal
 * step named by its content, so a rerun after a kill skips the writes already made and
 * redoes any whose content changed. The summary counts what the graph gained, the requests,
 * cache hits and retries per source, the records the import rejected and the sources that
 * failed.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { HarvestConfig } from '../config.js';
import type { Executor } from '../db/executor.js';
import type { Rejection } from '../domain/import-format.js';
import { runImport } from '../importers/run.js';
import { readTotals } from './census.js';
import { makeClients } from './clients.js';
import { crawl } from './crawl.js';
import { Fetched, type SourceFailure } from './fetched.js';
import type { HttpOptions } from './http.js';
import { Journal } from './journal.js';
import type { HarvestOptions, HarvestProgress } from './options.js';
import { Reached } from './reached.js';
import type { SourceName } from './sources.js';
import { writeUnits, type WriteUnit } from './sources-of.js';

/** What a harvest did. */
export interface HarvestSummary {
  seeds: number;
  /** Works the harvest reached and kept (cap and year filters applied). */
  reached: number;
  /** What the graph gained: papers, CITES edges and statements (0 in a dry run). */
  papers: number;
  citations: number;
  statements: number;
  fullTexts: number;
  requests: Record<SourceName, number>;
  cacheHits: number;
  retries: number;
  /** Records the import rejected. */
  rejects: number;
  /** Sources that failed for good, with the first reason. */
  failures: SourceFailure[];
  /** Writes an interrupted earlier run had already made. */
  resumedWrites: number;
  import: { read: number; created: number; updated: number; unchanged: number; merged: number };
  dryRun: boolean;
  seconds: number;
}

/** Where and how a harvest runs. */
export interface HarvestContext {
  db: Executor;
  config: HarvestConfig;
  /** Names the database written to, so a journal is never taken for another store's. */
  target: string;
  http?: HttpOptions;
  progress?: HarvestProgress;
  /** Rows per write transaction (the import's default when absent). */
  batchSize?: number;
  onRejects?: (rejects: Rejection[]) => void | Promise<void>;
}

const QUIET: HarvestProgress = { phase() {}, tick() {} };

async function stepOf(unit: WriteUnit): Promise<string> {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(unit.paper ?? null));
  for (const s of unit.sources)
    hash
      .update(s.name)
      .update('\0')
      .update(await s.read());
  return `${unit.step}:${hash.digest('hex').slice(0, 16)}`;
}

/** Runs the harvest `o` into `ctx.db`. */
export async function harvest(o: HarvestOptions, ctx: HarvestContext): Promise<HarvestSummary> {
  const started = performance.now();
  const progress = ctx.progress ?? QUIET;
  const before = await readTotals(ctx.db);
  const clients = makeClients(ctx.config, o.cacheDir, { ...ctx.http, offline: o.offline });
  const fetched = new Fetched(new Reached(o.maxPapers, { from: o.yearFrom, to: o.yearTo }));
  await crawl(o, clients, fetched, progress);
  const units = writeUnits(fetched);
  const { cacheDir: _c, dryRun: _d, offline: _o, ...plan } = o;
  const journal = await Journal.open(path.join(o.cacheDir, 'journal'), { plan, to: ctx.target });
  const counts = { read: 0, created: 0, updated: 0, unchanged: 0, merged: 0 };
  let rejects = 0;
  let resumed = 0;
  progress.phase('writes', units.length);
  for (const [i, unit] of units.entries()) {
    const step = await stepOf(unit);
    if (!o.dryRun && journal.has(step)) resumed += 1;
    else {
      const s = await runImport(ctx.db, unit.sources, {
        paper: unit.paper,
        dryRun: o.dryRun,
        keepRejects: 0,
        batchSize: ctx.batchSize,
        onRejects: ctx.onRejects,
      });
      for (const k of Object.keys(counts) as (keyof typeof counts)[]) counts[k] += s[k];
      rejects += s.rejected;
      if (!o.dryRun) await journal.mark(step);
    }
    progress.tick(i + 1);
  }
  if (!o.dryRun) await journal.close();
  const after = await readTotals(ctx.db);
  const { stats } = clients.http;
  return {
    seeds: fetched.reached.atDepth(0).length,
    reached: fetched.reached.included.length,
    papers: after.papers - before.papers,
    citations: after.citations - before.citations,
    statements: after.statements - before.statements,
    fullTexts: [...fetched.fullTexts.keys()].filter((w) => !w.excluded).length,
    requests: stats.requests,
    cacheHits: stats.cacheHits,
    retries: stats.retries,
    rejects,
    failures: fetched.failures,
    resumedWrites: resumed,
    import: counts,
    dryRun: o.dryRun,
    seconds: Math.round((performance.now() - started) / 10) / 100,
  };
}
