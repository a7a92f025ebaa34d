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
import {
  seededNetwork,
  serialise,
  wholeGraph,
  type ExportFormat,
} from '../exporters/network-export.js';
import { NetworkExportRepository } from '../repositories/network-export.js';
import { NetworkRepository } from '../repositories/network.js';

export const EXPORT_USAGE = `  export                 write a citation network: --format graphml|gexf|cytoscape-json|csv
                         [--seed ID|DOI ...] [--depth 1..3] [--direction IN|OUT|BOTH]
                         [--polarity P,..] [--section S,..] [--min-confidence C] [--year-from Y]
                         [--year-to Y] [--about ID,..] [--limit N] [--out FILE|DIR/]
                         (no --seed: the whole graph; csv writes FILE.nodes.csv + FILE.edges.csv)`;

const FLAGS: Record<string, ExportParam> = {
  '--seed': 'seed',
  '--depth': 'depth',
  '--direction': 'direction',
  '--polarity': 'polarity',
  '--section': 'section',
  '--min-confidence': 'minConfidence',
  '--year-from': 'yearFrom',
  '--year-to': 'yearTo',
  '--about': 'about',
  '--limit': 'limit',
};
const FORMATS = ['graphml', 'gexf', 'cytoscape-json', 'csv'];

interface Args {
  format: string;
  out: string | null;
  params: Map<ExportParam, string[]>;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { format: '', out: null, params: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] as string;
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) throw new Error(`${flag} needs a value`);
    i++;
    if (flag === '--format') args.format = value;
    else if (flag === '--out') args.out = value;
    else {
      const param = FLAGS[flag];
      if (!param) throw new Error(`unknown option "${flag}"`);
      args.params.set(param, [...(args.params.get(param) ?? []), value]);
    }
  }
  if (!FORMATS.includes(args.format)) {
    throw new Error(`--format must be one of ${FORMATS.join(', ')}; got "${args.format}"`);
  }
  if (args.format === 'csv' && !args.out) throw new Error('--format csv needs --out (two files)');
  return args;
}

/** Where each document goes: [format, file or null for stdout]. */
function targets(args: Args): [ExportFormat, string | null][] {
  if (args.format !== 'csv') return [[args.format as ExportFormat, args.out]];
  const out = args.out as string;
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
export async function exportCommand(argv: string[]): Promise<number> {
  let args: Args;
  let plan;
  try {
    args = parseArgs(argv);
    plan = exportPlan((name) => args.params.get(name) ?? []);
  } catch (error) {
    const where = error instanceof AppError ? `--${String(error.details.argument)}: ` : '';
    console.error(`error: export: ${where}${(error as Error).message}\n\nusage:\n${EXPORT_USAGE}`);
    return 2;
  }
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
    for (const [format, file] of targets(args)) {
      await write(serialise(format, source, { description: describePlan(plan) }), file);
      if (file) console.error(`wrote ${file}`);
    }
    return 0;
  } finally {
    await database.close();
  }
}
