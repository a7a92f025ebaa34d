/**
 * `evidence-graph export`: a citation network as GraphML, GEXF 1.3, Cytoscape.js JSON or CSV,
 * streamed to a file (or stdout) with backpressure. With no --seed, the whole graph, paged by
 * id so that it never sits in memory. CSV writes two files: with `--out DIR/` (an existing
 * directory or a path ending in /) DIR/nodes.csv and DIR/edges.csv, otherwise FILE.nodes.csv
 * and FILE.edges.csv (a trailing .csv on FILE is dropped).
 */
import { createWriteStream, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { loadConfig } from '../config.js';
import { connectDatabase } from '../db/connect.js';
import { AppError } from '../domain/errors.js';
import { describePlan, exportPlan, type ExportParam } from '../exporters/export-params.js';
import { NetworkExportRepository } from '../repositories/network/export.js';
import { NetworkRepository } from '../repositories/network/traversal.js';
import {
  seededNetwork,
  serialise,
  wholeGraph,
  type ExportFormat,
} from '../services/network-export.js';
import { UsageError } from './usage.js';

/** The formats `--format` takes; csv is two documents, nodes and edges. */
export type ExportCliFormat = 'graphml' | 'gexf' | 'cytoscape-json' | 'csv';

/**
 * The options of `export`, read by the parser (src/cli/program.ts): the format and target
 * checked there, every network parameter as given (repeatable) and checked here by the same
 * export plan as the HTTP route's.
 */
export type ExportCliOptions = { format: ExportCliFormat; out?: string } & Partial<
  Record<Exclude<ExportParam, 'part'>, string[]>
>;

/** A camelCase plan parameter as the flag that sets it: minConfidence → --min-confidence. */
const flagOf = (param: string) => `--${param.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** The export plan, its errors as usage errors that name the flag. */
function checkedPlan(opts: ExportCliOptions) {
  try {
    return exportPlan((name) => (name === 'part' ? [] : (opts[name] ?? [])));
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    throw new UsageError(`export: ${flagOf(String(error.details.argument))}: ${error.message}`);
  }
}

/** Where each document goes: [format, file or null for stdout]. */
function targets(
  format: ExportCliFormat,
  out: string | undefined,
): [ExportFormat, string | null][] {
  if (format !== 'csv') return [[format, out ?? null]];
  if (out === undefined) throw new UsageError('export: --format csv needs --out (two files)');
  const dir = out.endsWith('/') || (existsSync(out) && statSync(out).isDirectory());
  const base = out.replace(/\.csv$/i, '');
  return [
    ['csv-nodes', dir ? join(out, 'nodes.csv') : `${base}.nodes.csv`],
    ['csv-edges', dir ? join(out, 'edges.csv') : `${base}.edges.csv`],
  ];
}

async function write(chunks: AsyncGenerator<string>, file: string | null): Promise<void> {
  if (file === null) {
    await pipeline(Readable.from(chunks), process.stdout, { end: false });
    return;
  }
  // Written aside and renamed, so a failed export never leaves a truncated file behind.
  const partial = `${file}.partial`;
  try {
    await pipeline(Readable.from(chunks), createWriteStream(partial));
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

/** Runs `export`; returns the exit code. */
export async function exportCommand(opts: ExportCliOptions): Promise<number> {
  const documents = targets(opts.format, opts.out);
  const plan = checkedPlan(opts);
  const config = loadConfig();
  const database = await connectDatabase(config, {
    reuseRunning: true,
    log: (l) => console.error(l),
  });
  try {
    const exports = new NetworkExportRepository(database.db);
    const networks = new NetworkRepository(database.db, { roundTrips: 0, queries: [] });
    const source = plan.request
      ? await seededNetwork(networks, exports, plan.request)
      : wholeGraph(exports);
    for (const [format, file] of documents) {
      await write(serialise(format, source, { description: describePlan(plan) }), file);
      if (file) console.error(`wrote ${file}`);
    }
    return 0;
  } finally {
    await database.close();
  }
}
