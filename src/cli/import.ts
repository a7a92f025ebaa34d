/**
 * `evidence-graph import <file...>`: reads, checks and writes import files
 * through src/importers/run.ts. Exit 0 when every record loaded, 3 when some
 * were rejected (each one a JSON line in --rejects), 1 on a fatal error, 2 on
 * options that do not go together (the parser in program.ts checks the rest).
 */
import { open, type FileHandle } from 'node:fs/promises';
import { loadConfig } from '../config.js';
import { connectDatabase } from '../db/connect.js';
import { applySchema } from '../db/schema.js';
import type { PaperRef, Rejection } from '../domain/import-format.js';
import type { ImportSummary } from '../importers/run.js';
import {
  expandInputs,
  ImportError,
  paperRefOf,
  prepareImport,
  writePrepared,
  type FormatChoice,
} from '../importers/run.js';
import { bulkLoad, BulkLoadError } from '../importers/bulk/index.js';
import { describeDropped, type ParseNotes } from '../importers/parse-notes.js';
import { progressBar } from './progress.js';
import { UsageError } from './usage.js';

/** The options of `import`, checked and defaulted by the parser (src/cli/program.ts). */
export interface ImportCliOptions {
  format: FormatChoice;
  paper?: string;
  rejects?: string;
  dryRun?: boolean;
  json?: boolean;
  batchSize?: number;
  bulk?: boolean;
}

/** What the run uses: the files, and `--paper` read as a reference. */
interface Options extends Omit<ImportCliOptions, 'paper'> {
  files: string[];
  paper: PaperRef | undefined;
  dryRun: boolean;
  json: boolean;
  bulk: boolean;
}

/** Checks what the parser cannot: options that do not go together. */
function options(files: string[], cli: ImportCliOptions): Options {
  if (cli.bulk && cli.dryRun)
    throw new UsageError('--bulk and --dry-run do not go together (try --dry-run alone first)');
  return {
    ...cli,
    files,
    paper: cli.paper === undefined ? undefined : paperRefOf(cli.paper),
    dryRun: cli.dryRun ?? false,
    json: cli.json ?? false,
    bulk: cli.bulk ?? false,
  };
}

function describe(s: ImportSummary, dryRun: boolean): string {
  const what = dryRun ? 'would import' : 'imported';
  return `${what}: read ${s.read}, created ${s.created}, updated ${s.updated}, unchanged ${s.unchanged}, merged ${s.merged}, rejected ${s.rejected} in ${s.seconds} s`;
}

/**
 * The human summary: the counts line, what full-text sources dropped, then each
 * warning on stderr, where the CLI's other diagnostics go.
 */
function report(notes: ParseNotes, line: string): void {
  console.log(line);
  const dropped = describeDropped(notes.droppedCitations);
  if (dropped) console.log(dropped);
  for (const warning of notes.warnings ?? []) console.error(`warning: ${warning}`);
}

async function rejectsWriter(path: string | undefined) {
  const handle: FileHandle | null = path ? await open(path, 'w') : null;
  return {
    write: async (rejects: Rejection[]) => {
      if (!handle) return;
      await handle.write(rejects.map((r) => JSON.stringify(r)).join('\n') + '\n');
    },
    close: () => handle?.close(),
  };
}

/** `import --bulk`: a new store in DATA_DIR through Neo4j's offline importer. */
async function bulkCommand(
  opts: Options,
  writeRejects: (rejects: Rejection[]) => Promise<void>,
  log: (line: string) => void,
): Promise<number> {
  const config = loadConfig(process.env);
  if (config.neo4j.uri) {
    console.error(
      `error: --bulk builds the embedded store in DATA_DIR; it cannot load into the server at NEO4J_URI (${config.neo4j.uri}). Unset NEO4J_URI, or import without --bulk.`,
    );
    return 1;
  }
  try {
    const summary = await bulkLoad({
      dataDir: config.embedded.dataDir,
      sources: await expandInputs(opts.files, opts.format),
      paper: opts.paper,
      heap: process.env.BULK_HEAP ?? '2g',
      pageCache: config.embedded.pageCache,
      javaHome: config.embedded.javaHome,
      jvmOptions: config.embedded.jvmOptions,
      log: (line) => log(line),
      onRejects: writeRejects,
    });
    if (opts.json) console.log(JSON.stringify(summary));
    else
      report(
        summary,
        `bulk-loaded into ${config.embedded.dataDir}: read ${summary.read}, ${summary.papers} papers, ${summary.citations} citations, ${summary.statements} statements, ${summary.findings} findings (${summary.nodes} nodes, ${summary.relationships} relationships), rejected ${summary.rejected} in ${summary.seconds.total} s`,
      );
    return summary.rejected > 0 ? 3 : 0;
  } catch (err) {
    if (!(err instanceof ImportError) && !(err instanceof BulkLoadError)) throw err;
    console.error(`error: ${err.message}`);
    return 1;
  }
}

/** Runs the import command; returns its exit code. */
export async function importCommand(files: string[], cli: ImportCliOptions): Promise<number> {
  const opts = options(files, cli);
  const run = { paper: opts.paper, dryRun: opts.dryRun, batchSize: opts.batchSize };
  const log = (line: string) => {
    if (!opts.json) console.error(line);
  };
  const rejects = await rejectsWriter(opts.rejects);
  if (opts.bulk) {
    try {
      return await bulkCommand(opts, rejects.write, log);
    } finally {
      await rejects.close();
    }
  }
  try {
    // Every file is read and parsed before the database is even opened.
    const prepared = await prepareImport(await expandInputs(opts.files, opts.format), run);
    // One chunk is thousands of rows in one transaction: the API's per-request
    // timeout (QUERY_TIMEOUT_MS, 15 s by default) is too short for it on a busy machine.
    const env = { ...process.env, QUERY_TIMEOUT_MS: process.env.IMPORT_TIMEOUT_MS ?? '600000' };
    const database = await connectDatabase(loadConfig(env), { reuseRunning: true, log });
    const bar = progressBar(opts.json);
    try {
      await applySchema(database.db).catch((err: unknown) => {
        throw new Error(`database at ${database.uri} is not usable: ${(err as Error).message}`);
      });
      const summary = await writePrepared(database.db, prepared, {
        ...run,
        keepRejects: 0,
        onRejects: rejects.write,
        onStart: (n) => bar.start(n),
        onProgress: (n) => bar.update(n),
      });
      bar.stop();
      const { rejects: _kept, ...shown } = summary;
      if (opts.json) console.log(JSON.stringify(shown));
      else report(summary, describe(summary, opts.dryRun));
      return summary.rejected > 0 ? 3 : 0;
    } finally {
      bar.stop();
      await database.close();
    }
  } catch (err) {
    if (!(err instanceof ImportError)) throw err;
    console.error(`error: ${err.message}`);
    return 1;
  } finally {
    await rejects.close();
  }
}
