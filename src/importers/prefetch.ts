/**
 * The next file of an import made ready while the writer writes the current one: parsed (if
 * its parse was not kept from the check) and tagged by the concept tagger (../tagger), the two
 * pieces of Node work a file needs before its first write that read nothing from the graph.
 * Node's CPU then runs while the JVM executes and commits the current file's chunks, instead
 * of after them. Nothing here writes: a parse error is held until the writer has finished the
 * current file and asks for this one, so it stops the import exactly where it did when files
 * were parsed one after another. The work runs in slices that yield to the event loop, so the
 * driver still sends the current file's next chunk as soon as the JVM is ready for it.
 */
import type { Executor } from '../db/executor.js';
import type { PaperRecord, RecordBatch, StatementRecord } from '../domain/import-format.js';
import { compileTaxonomy, type Matcher, type TaggerConcept } from '../tagger/index.js';
import type { ParseResult } from './parsers/index.js';
import { taxonomyKey, type Pretagged, type TagRow } from './resolve/index.js';
import { paperTags, statementTags, taggerTaxonomy } from './resolve/tags.js';
import { lookUpTaxonomy } from './writer/lookup.js';

/** A file ready to write: its parse and, when the tagger has a taxonomy, its records' tags. */
export interface Ready {
  parsed: ParseResult;
  pretagged?: Pretagged;
}

/** Longest run of synchronous tagging, in ms, before the event loop gets a turn. */
const SLICE_MS = 8;

/** Yields to the event loop once a slice has run SLICE_MS; throws once `signal` is aborted. */
function slicer(signal: AbortSignal): () => Promise<void> {
  let started = performance.now();
  return async () => {
    if (performance.now() - started < SLICE_MS) return;
    await new Promise((resolve) => setImmediate(resolve));
    signal.throwIfAborted();
    started = performance.now();
  };
}

/**
 * The taxonomy the file after `previous` will be tagged with, as far as can be told now:
 * the stored one with `previous`'s concepts laid over it (they are written before the next
 * file's lookup), in the stored order (by id). A wrong guess costs only the memo: resolution
 * tags afresh when the taxonomy it reads has another key.
 */
async function expectedTaxonomy(
  db: Executor,
  previous: RecordBatch | null,
  batch: RecordBatch,
): Promise<TaggerConcept[]> {
  const stored = taggerTaxonomy(await lookUpTaxonomy(db), previous?.concepts ?? []);
  stored.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return taggerTaxonomy(stored, batch.concepts);
}

/** Tags every paper and statement of `batch` with `matcher`, in slices. */
async function pretag(
  matcher: Matcher,
  key: string,
  batch: RecordBatch,
  signal: AbortSignal,
): Promise<Pretagged> {
  const pause = slicer(signal);
  const papers = new WeakMap<PaperRecord, TagRow[] | null>();
  const statements = new WeakMap<StatementRecord, TagRow[] | null>();
  for (const p of batch.papers) {
    papers.set(p, paperTags(matcher, p));
    await pause();
  }
  for (const s of batch.statements) {
    statements.set(s, statementTags(matcher, s.text, s.context?.before ?? null));
    await pause();
  }
  return { key, papers, statements };
}

/**
 * Makes a file ready: `parse` (a kept parse or a fresh one), then its tags with the taxonomy
 * expected after `previous`, the batch written just before it (null: the first file, which
 * nothing runs beside, so resolution tags it as it would anyway).
 */
export async function prefetch(
  db: Executor,
  parse: () => Promise<ParseResult>,
  previous: RecordBatch | null,
  signal: AbortSignal,
): Promise<Ready> {
  const parsed = await parse();
  const batch = parsed.batch;
  if (!previous || (batch.papers.length === 0 && batch.statements.length === 0)) return { parsed };
  signal.throwIfAborted();
  // A failed read costs only the memo; the writer's own lookup reports the database's errors.
  const taxonomy = await expectedTaxonomy(db, previous, batch).catch(() => null);
  if (!taxonomy) return { parsed };
  const matcher = compileTaxonomy(taxonomy);
  if (matcher.concepts.length === 0) return { parsed };
  return { parsed, pretagged: await pretag(matcher, taxonomyKey(taxonomy), batch, signal) };
}
