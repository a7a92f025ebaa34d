/**
 * The one import path: the CLI (`evidence-graph import`) and the importRecords
 * mutation both call runImport. Every source is read and parsed before anything
 * is written, so an unreadable or unparseable file stops the run with nothing
 * written; then sources are written in dependency order through writeBatch,
 * each next one made ready (parsed again if its parse was not kept, tagged)
 * while the one before it is written (prefetch.ts).
 */
import type { Executor } from '../db/executor.js';
import type { PaperRef, RecordBatch, Rejection } from '../domain/import-format.js';
import { detectFormat, parse, ParseError } from './parsers/index.js';
import type { Format, ParseResult } from './parsers/index.js';
import { ImportError, inWriteOrder, sourceName, type ImportSource } from './sources.js';
import { addCensus, emptyCensus, type ReferenceCensus } from './resolve/census.js';
import { writeBatch } from './writer/index.js';
import { detectionName } from './containers/index.js';
import { addParseNotes } from './parse-notes.js';
import { append } from '../domain/arrays.js';
import { prefetch, type Ready } from './prefetch.js';

export { ImportError, fileSource, paperRefOf, sourceName, textSource } from './sources.js';
export { expandInputs } from './containers/index.js';
export type { FormatChoice, ImportSource } from './sources.js';

/** How to run an import. */
export interface ImportOptions {
  /** Anchor paper of Semantic Scholar citations/references responses. */
  paper?: PaperRef;
  dryRun?: boolean;
  /** Rows per write transaction (writeBatch chunk size). */
  batchSize?: number;
  /** How many rejects to keep in the summary (all are passed to onRejects). */
  keepRejects?: number;
  /** Parsed results are kept between the check and the write while the texts total less than this. */
  keepParsedChars?: number;
  onRejects?: (rejects: Rejection[]) => void | Promise<void>;
  /** Called once every source has parsed, with the number of records to write. */
  onStart?: (records: number) => void;
  onProgress?: (recordsDone: number) => void;
}

/** What an import did, summed over its sources. */
export interface ImportSummary {
  read: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Stored papers merged into another because a record showed them to be one work. */
  merged: number;
  rejected: number;
  /** Every reference the sources list, by what became of it (src/importers/resolve/census.ts). */
  references: ReferenceCensus;
  /** Full-text sources: in-text citations that became no statement, by reason (parse-notes.ts). */
  droppedCitations?: Record<string, number>;
  /** Warnings of the sources, each naming its file; absent when no parser reports warnings. */
  warnings?: string[];
  /** The first `keepRejects` rejects. */
  rejects: Rejection[];
  seconds: number;
}

interface Checked {
  source: ImportSource;
  format: Format;
  parsed: ParseResult | null;
  records: number;
}

/** Number of records a batch holds, for progress totals. */
export function batchSize(batch: RecordBatch): number {
  return Object.values(batch).reduce((n, list: unknown[]) => n + list.length, 0);
}

async function parseSource(source: ImportSource, paper: PaperRef | undefined) {
  const text = await source.read();
  try {
    const format =
      source.format === 'auto' ? detectFormat(detectionName(source.name), text) : source.format;
    return { format, text, parsed: parse(format, text, { file: source.name, paper }) };
  } catch (err) {
    if (!(err instanceof ParseError)) throw err;
    throw new ImportError(source.name, 'parse', err.message, { cause: err });
  }
}

/** Sources that have all been read and parsed, ready to write. */
export interface PreparedImport {
  items: Checked[];
  /** Records to write, over all sources. */
  records: number;
  startedAt: number;
}

/**
 * Reads and parses every source. Throws ImportError (stage read or parse)
 * naming the file when one cannot be read or parsed, before anything is written.
 */
export async function prepareImport(
  sources: ImportSource[],
  options: ImportOptions = {},
): Promise<PreparedImport> {
  const startedAt = performance.now();
  const keep = options.keepParsedChars ?? 64 * 1024 * 1024;
  const items: Checked[] = [];
  let chars = 0;
  for (const source of sources) {
    const { format, text, parsed } = await parseSource(source, options.paper);
    chars += text.length;
    // Large corpora are parsed twice rather than held in memory all at once.
    const records = batchSize(parsed.batch);
    items.push({ source, format, parsed: chars <= keep ? parsed : null, records });
  }
  return { items, records: items.reduce((n, c) => n + c.records, 0), startedAt };
}

/**
 * Writes prepared sources in dependency order through writeBatch. A database
 * failure is thrown as ImportError stage 'write' with the original as cause;
 * only whole chunks are ever committed, and a re-run converges.
 */
export async function writePrepared(
  db: Executor,
  prepared: PreparedImport,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const total: ImportSummary = {
    read: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    merged: 0,
    rejected: 0,
    references: emptyCensus(),
    // Kept in this place (after references) in --json, when a source reports them.
    droppedCitations: undefined,
    warnings: undefined,
    rejects: [],
    seconds: 0,
  };
  const keepRejects = options.keepRejects ?? Number.POSITIVE_INFINITY;
  const addRejects = async (rejects: Rejection[]) => {
    total.rejected += rejects.length;
    append(total.rejects, rejects.slice(0, Math.max(0, keepRejects - total.rejects.length)));
    if (rejects.length > 0) await options.onRejects?.(rejects);
  };
  options.onStart?.(prepared.records);
  const items = inWriteOrder(prepared.items);
  const stop = new AbortController();
  const ready = (i: number, previous: RecordBatch | null): Promise<Ready> => {
    const item = items[i]!;
    const kept = item.parsed;
    item.parsed = null;
    const parse = async () => kept ?? (await parseSource(item.source, options.paper)).parsed;
    const made = prefetch(db, parse, previous, stop.signal);
    // Its failure is met when the writer gets to it, not as an unhandled rejection before.
    made.catch(() => undefined);
    return made;
  };
  // The file being made ready, if any (set from inside writeBatch's onResolved).
  const ahead: { next: Promise<Ready> | null } = { next: null };
  let done = 0;
  try {
    for (let i = 0; i < items.length; i += 1) {
      const item = items[i]!;
      const { parsed, pretagged } = await (ahead.next ?? ready(i, null));
      ahead.next = null;
      // The next file is parsed and tagged while this one is written: from the moment this
      // one is resolved, so the two do not take turns on Node's one thread before its first write.
      const prepareNext = () => {
        if (i + 1 < items.length) ahead.next ??= ready(i + 1, parsed.batch);
      };
      total.read += parsed.read;
      addParseNotes(total, item.source.name, parsed);
      await addRejects(parsed.rejects);
      const base = done;
      const written = await writeBatch(db, parsed.batch, {
        file: item.source.name,
        source: sourceName(item.format),
        batchSize: options.batchSize,
        dryRun: options.dryRun,
        pretagged,
        onResolved: prepareNext,
        onProgress: (n) => options.onProgress?.(base + n),
      }).catch((err: unknown) => {
        const why = err instanceof Error ? err.message : String(err);
        throw new ImportError(item.source.name, 'write', `${item.source.name}: ${why}`, {
          cause: err,
        });
      });
      done = base + item.records;
      options.onProgress?.(done);
      total.created += written.created;
      total.updated += written.updated;
      total.unchanged += written.unchanged;
      addCensus(total.references, parsed.references, written.references);
      total.merged += written.merged;
      await addRejects(written.rejects);
    }
  } finally {
    // A failed write stops the file being made ready, and the import returns once it has.
    stop.abort();
    await ahead.next?.catch(() => undefined);
  }
  total.seconds = Math.round((performance.now() - prepared.startedAt) / 10) / 100;
  return total;
}

/** prepareImport then writePrepared: the whole import of `sources` into `db`. */
export async function runImport(
  db: Executor,
  sources: ImportSource[],
  options: ImportOptions = {},
): Promise<ImportSummary> {
  return writePrepared(db, await prepareImport(sources, options), options);
}
