/**
 * Bulk load: the fastest way to build a new store from import files. Sources
 * are parsed with the importers' own parsers, resolved in memory by the
 * resolution stage the writer uses (../resolve, gathered by collect.ts),
 * written as the offline importer's CSV
 * (emit.ts), and loaded by Neo4j's `neo4j-admin database import full` into an
 * empty data directory; then the schema (constraints, indexes, full-text
 * indexes) is built on the loaded store.
 *
 * It only ever creates a store: a data directory that already holds a
 * database is refused, and a failed load removes what it created, so the
 * directory is left as it was. Records the writer would reject are rejected
 * here too, with the same reasons.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createDriver } from '../../db/driver.js';
import { runNeo4jAdmin, startEmbeddedNeo4j } from '../../db/embedded.js';
import { Executor } from '../../db/executor.js';
import { freePort } from '../../db/ports.js';
import { applySchema } from '../../db/schema.js';
import type { PaperRef, Rejection } from '../../domain/import-format.js';
import { detectFormat, parse, ParseError } from '../parsers/index.js';
import { ImportError, inWriteOrder, sourceName, type ImportSource } from '../sources.js';
import { detectionName } from '../containers/index.js';
import { addParseNotes, type ParseNotes } from '../parse-notes.js';
import { BulkGraph, BulkLoadError } from './collect.js';
import { ARRAY_DELIMITER, emitCsv } from './emit.js';
import { append } from '../../domain/arrays.js';

export { BulkLoadError } from './collect.js';

export interface BulkLoadOptions {
  /** The embedded engine's home (the service's DATA_DIR); must not hold a database yet. */
  dataDir: string;
  sources: ImportSource[];
  /** Anchor paper of Semantic Scholar citations/references responses. */
  paper?: PaperRef;
  /** Heap of the importer and of the schema-building engine (default 2g). */
  heap?: string;
  pageCache?: string;
  javaHome?: string;
  /** Extra options for the importer's and the schema build's JVMs (NEO4J_JVM_OPTS). */
  jvmOptions?: readonly string[];
  /** Where the intermediate CSV goes (default: the OS temp directory); removed afterwards. */
  workDir?: string;
  log?: (line: string) => void;
  onRejects?: (rejects: Rejection[]) => void | Promise<void>;
}

export interface BulkLoadSummary extends ParseNotes {
  read: number;
  papers: number;
  citations: number;
  statements: number;
  findings: number;
  nodes: number;
  relationships: number;
  rejected: number;
  /** Papers merged into another because a record showed them to be one work. */
  merged: number;
  /** Seconds per stage and in total. */
  seconds: { parse: number; csv: number; import: number; schema: number; total: number };
}

const DATABASE = 'neo4j';
const since = (t: number) => Math.round((performance.now() - t) / 100) / 10;

/** The store directories an import of the default database creates under `home`. */
function storeDirs(home: string): string[] {
  return [join(home, 'data', 'databases', DATABASE), join(home, 'data', 'transactions', DATABASE)];
}

function holdsDatabase(home: string): boolean {
  return storeDirs(home).some((d) => existsSync(d) && readdirSync(d).length > 0);
}

async function readSource(source: ImportSource, paper: PaperRef | undefined) {
  const text = await source.read();
  try {
    const format =
      source.format === 'auto' ? detectFormat(detectionName(source.name), text) : source.format;
    return { format, text, paper };
  } catch (err) {
    if (!(err instanceof ParseError)) throw err;
    throw new ImportError(source.name, 'parse', err.message, { cause: err });
  }
}

/** Parses every source in write order into a BulkGraph; nothing is written yet. */
async function collect(o: BulkLoadOptions): Promise<{ graph: BulkGraph; notes: ParseNotes }> {
  const graph = new BulkGraph();
  const notes: ParseNotes = {};
  const items = [];
  for (const source of o.sources) {
    const { format } = await readSource(source, o.paper);
    items.push({ source, format });
  }
  for (const { source, format } of inWriteOrder(items)) {
    const text = await source.read();
    let parsed;
    try {
      parsed = parse(format, text, { file: source.name, paper: o.paper });
    } catch (err) {
      if (!(err instanceof ParseError)) throw err;
      throw new ImportError(source.name, 'parse', err.message, { cause: err });
    }
    graph.read += parsed.read;
    addParseNotes(notes, source.name, parsed);
    append(graph.rejects, parsed.rejects);
    graph.add(parsed.batch, source.name, sourceName(format));
    o.log?.(`parsed ${source.name}: ${parsed.read} records (${graph.papers.length} papers so far)`);
  }
  return { graph, notes };
}

/** Builds a new store in `dataDir` from `sources`; see the module comment. */
export async function bulkLoad(o: BulkLoadOptions): Promise<BulkLoadSummary> {
  const started = performance.now();
  const home = resolve(o.dataDir);
  const log = o.log ?? (() => {});
  if (holdsDatabase(home))
    throw new BulkLoadError(
      `${home} already holds a database; a bulk load only creates a new store. ` +
        'Use "evidence-graph import" to add to it, or point DATA_DIR at an empty directory.',
    );
  const { graph, notes } = await collect(o);
  if (graph.rejects.length > 0) await o.onRejects?.(graph.rejects);
  const parseSeconds = since(started);

  const csvStarted = performance.now();
  const work = mkdtempSync(join(o.workDir ?? tmpdir(), 'evidence-graph-bulk-'));
  try {
    const emitted = emitCsv(graph, work);
    const counts = emitted.counts;
    const read = graph.read;
    const rejected = graph.rejects.length;
    const csvSeconds = since(csvStarted);
    log(
      `wrote ${emitted.nodes} nodes and ${emitted.relationships} relationships as CSV in ${csvSeconds} s`,
    );

    const importStarted = performance.now();
    const run = await runNeo4jAdmin(
      [
        'database',
        'import',
        'full',
        DATABASE,
        `--array-delimiter=U+${ARRAY_DELIMITER.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`,
        '--ignore-empty-strings=true',
        '--bad-tolerance=0',
        `--report-file=${join(work, 'import.report')}`,
        ...emitted.args,
      ],
      { home, heap: o.heap ?? '2g', javaHome: o.javaHome, jvmOptions: o.jvmOptions },
      log,
    );
    if (run.code !== 0) {
      for (const dir of storeDirs(home)) rmSync(dir, { recursive: true, force: true });
      // The importer's own words, without Java stack frames.
      const tail = run.output
        .split('\n')
        .filter((l) => l.trim() && !/^\s+at |^\s*\.\.\. \d+ more/.test(l))
        .slice(-5)
        .join(' | ');
      throw new BulkLoadError(`the offline importer failed (exit ${run.code}): ${tail}`);
    }
    const importSeconds = since(importStarted);

    const schemaStarted = performance.now();
    await buildSchema(home, o);
    return {
      read,
      ...counts,
      nodes: emitted.nodes,
      relationships: emitted.relationships,
      rejected,
      merged: graph.merged,
      ...notes,
      seconds: {
        parse: parseSeconds,
        csv: csvSeconds,
        import: importSeconds,
        schema: since(schemaStarted),
        total: since(started),
      },
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Opens the new store once to create constraints and indexes and wait until they are online. */
async function buildSchema(home: string, o: BulkLoadOptions): Promise<void> {
  const neo = await startEmbeddedNeo4j({
    dataDir: home,
    boltPort: await freePort(),
    heap: o.heap ?? '2g',
    pageCache: o.pageCache ?? '1g',
    javaHome: o.javaHome,
    jvmOptions: o.jvmOptions,
  });
  const driver = createDriver({ uri: neo.uri });
  try {
    await applySchema(new Executor(driver, { timeoutMs: 3_600_000 }), 3_600);
  } finally {
    await driver.close();
    await neo.stop();
  }
}
