/**
 * The one batch writer: seed, every importer and the importRecords mutation
 * write through it. It is a list of stages: look up what the graph holds,
 * resolve the batch (../resolve, shared with the bulk load), then write
 * concepts, merge stored papers the batch shows to be one work (merge-stage.ts),
 * then write papers, citations, statements, findings, tallies and inclusions.
 * Each chunk of rows is one transaction that also applies the counter deltas
 * its writes produced (../resolve/counters.ts), so a killed import leaves
 * whole chunks only and a re-run converges on exactly the graph of one clean run.
 * What the batch knows is new (papers the lookup did not find, their citations,
 * statements not stored) is created without existence checks (create-rows.ts,
 * src/db/cypher/creates.ts); on a re-run it is found, and MERGEd like the rest.
 */
import type { Executor } from '../../db/executor.js';
import * as cy from '../../db/cypher/writes.js';
import { tagPapers } from '../../db/cypher/tags.js';
import type { RecordBatch } from '../../domain/import-format.js';
import { resolvedCensus } from '../resolve/census.js';
import { resolveBatch, type Resolution } from '../resolve/index.js';
import { newPaperRow, paperFlagRow, paperRow } from '../resolve/rows.js';
import { TAGGER_VERSION } from '../resolve/tags.js';
import { ChunkWriter, type WriteOptions, type WriteSummary } from './chunks.js';
import { lookUpIdentities } from './lookup.js';
import { writeMerges, type PaperRowWriter } from './merge-stage.js';
import { createdPaperRow, createPapers } from './create-rows.js';
import { sourcesOf, writeCitations, writeStatements } from './links.js';

export type { WriteOptions, WriteSummary } from './chunks.js';

async function writeConcepts(w: ChunkWriter, r: Resolution): Promise<void> {
  for (const kind of ['intervention', 'outcome', 'population', 'setting'] as const) {
    const rows = r.concepts
      .filter((c) => c.kind === kind)
      .map((c) => ({
        ...c,
        parent: c.parent ?? null,
        description: c.description ?? null,
        domain: c.domain ?? null,
        // Absent, not empty, when a taxonomy names none (a value not given is never stored empty).
        synonyms: c.synonyms?.length ? c.synonyms : null,
        instruments: c.instruments?.length ? c.instruments : null,
      }));
    await w.run(rows, (tx, chunk) => tx.run(cy.upsertConcepts[kind], { rows: chunk }));
  }
}

/** One paper's row, written by the query of its write kind (the merge stage writes survivors so). */
function writePaperRow(w: ChunkWriter): PaperRowWriter {
  return (tx, p) => {
    const sources = sourcesOf(w);
    if (p.write === 'create')
      return tx.run(cy.createPapers, { rows: [newPaperRow(p.record, p.id)], sources });
    const query = p.write === 'full' ? cy.upsertFullPapers : cy.upsertPartialPapers;
    return tx.run(query, { rows: [paperRow(p.record, p.id, false)], sources });
  };
}

/**
 * New papers take the create-only path, with their tagger links; a stub that
 * would change nothing is not sent. Returns the ids created so.
 */
async function writePapers(w: ChunkWriter, r: Resolution): Promise<Set<string>> {
  const of = (write: string) => r.papers.filter((p) => p.write === write);
  w.summary.unchanged += of('none').length;
  const created = of('create');
  await w.create(
    created.map((p) => createdPaperRow(p.record, p.id, r.paperTags.get(p.id))),
    (tx, rows) => tx.run(createPapers, { rows, sources: sourcesOf(w), version: TAGGER_VERSION }),
  );
  await w.overlap(
    of('full').map((p) => paperRow(p.record, p.id, false)),
    (tx, rows) => tx.run(cy.upsertFullPapers, { rows, sources: sourcesOf(w) }),
  );
  await w.overlap(
    of('partial').map((p) => paperRow(p.record, p.id, false)),
    (tx, rows) => tx.run(cy.upsertPartialPapers, { rows, sources: sourcesOf(w) }),
  );
  return new Set(created.map((p) => p.id));
}

/** Flags on paper fields (seed records say which they could not confirm); one query, rarely sent. */
async function writePaperFlags(w: ChunkWriter, r: Resolution): Promise<void> {
  const rows = r.papers.flatMap((p) => paperFlagRow(p.record, p.id) ?? []);
  if (rows.length === 0 || w.options.dryRun) return;
  await w.db.writeTx((tx) => tx.run(cy.flagPapers, { rows }), w.options.stats);
}

/**
 * The concept tagger's links of the papers written (../resolve/tags.ts), after the papers,
 * one transaction per chunk. They are not counted in the summary: a paper's own write is.
 */
async function writePaperTags(
  w: ChunkWriter,
  r: Resolution,
  created: ReadonlySet<string>,
): Promise<void> {
  if (w.options.dryRun || r.paperTags.size === 0) return;
  const rows = [...r.paperTags]
    .filter(([id]) => !created.has(id))
    .map(([id, links]) => ({ id, links }));
  const size = w.options.batchSize ?? 5000;
  for (let i = 0; i < rows.length; i += size) {
    const chunk = rows.slice(i, i + size);
    await w.db.writeTx(
      (tx) => tx.run(tagPapers, { rows: chunk, version: TAGGER_VERSION }),
      w.options.stats,
    );
  }
}

async function writeFindingsTalliesInclusions(w: ChunkWriter, r: Resolution): Promise<void> {
  await w.overlap(r.findings, (tx, rows) =>
    tx.run(cy.upsertFindings, { rows, sources: sourcesOf(w) }),
  );
  await w.run(r.tallies, (tx, rows) => tx.run(cy.upsertTallies, { rows }));
  await w.run(r.inclusions, (tx, rows) =>
    tx.run(cy.mergeInclusions, { rows, sources: sourcesOf(w) }),
  );
}

/** Writes `batch`; rejected records are reported, never half written. */
export async function writeBatch(
  db: Executor,
  batch: RecordBatch,
  options: WriteOptions = {},
): Promise<WriteSummary> {
  const w = new ChunkWriter(db, options);
  const tag = options.tag !== false;
  const known = await lookUpIdentities(db, batch, options.stats, tag);
  const resolved = resolveBatch(batch, known, {
    file: options.file ?? '(input)',
    statementsMetAgain: 'update',
    classify: options.classify,
    tag,
    pretagged: options.pretagged,
  });
  options.onResolved?.();
  await writeConcepts(w, resolved);
  // Papers found to be one work are merged first, each survivor with its own row.
  const merged = await writeMerges(w, resolved, writePaperRow(w));
  const created = await writePapers(w, {
    ...resolved,
    papers: resolved.papers.filter((p) => !merged.has(p.id)),
  });
  await writePaperFlags(w, resolved);
  await writePaperTags(w, resolved, created);
  await writeCitations(w, resolved, created);
  await writeStatements(w, resolved);
  await writeFindingsTalliesInclusions(w, resolved);

  const summary = w.summary;
  summary.rejects = resolved.rejects;
  summary.rejected = resolved.rejects.length;
  summary.references = resolvedCensus(batch, resolved);
  if (options.dryRun) summary.created = resolved.papers.filter((p) => p.write === 'create').length;
  return summary;
}
