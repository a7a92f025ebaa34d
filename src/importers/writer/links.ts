/**
 * The writer's citation and statement stages. Rows known to be new take the
 * create-only path (src/db/cypher/creates.ts): the citations of papers this
 * batch created, and statements whose ids the chunk's transaction finds
 * unstored. The rest MERGE as before. Each chunk is one transaction with the
 * counter deltas its writes produced (../resolve/counters.ts), applied in id
 * order so that two writers touching the same papers lock them in one order.
 */
import type { Row, WriteTx } from '../../db/executor.js';
import * as cy from '../../db/cypher/writes.js';
import * as create from '../../db/cypher/creates.js';
import { tagStatements } from '../../db/cypher/tags.js';
import { DeltaSheet, type PaperCounter } from '../resolve/counters.js';
import type { CitationPair, Resolution, StatementRow } from '../resolve/index.js';
import { TAGGER_VERSION } from '../resolve/tags.js';
import { UNNAMED_SOURCE, type ChunkWriter } from './chunks.js';
import { createdStatementRow, createStatements } from './create-rows.js';

/** Groups citation pairs by citing paper, so the query looks each one up once. */
function byCiting(rows: readonly CitationPair[]): Row[] {
  const groups = new Map<string, Set<string>>();
  for (const r of rows) {
    const set = groups.get(r.citing);
    if (set) set.add(r.cited);
    else groups.set(r.citing, new Set([r.cited]));
  }
  return [...groups].map(([citing, cited]) => ({ citing, cited: [...cited] }));
}

/** The `$sources` parameter of every write query: the batch's one source name. */
export const sourcesOf = (w: ChunkWriter) => [w.options.source ?? UNNAMED_SOURCE];

const byKey =
  <T>(key: (r: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

/** Writes counter deltas in the transaction `tx` that produced them, papers and edges in id order. */
export async function applyDeltas(tx: WriteTx, sheet: DeltaSheet): Promise<void> {
  const papers = sheet.paperRows().sort(byKey((r) => r.id));
  if (papers.length > 0) await tx.run(cy.applyPaperDeltas, { rows: papers });
  const edges = sheet.edgeRows().sort(byKey((r) => `${r.citing}\u0000${r.cited}`));
  if (edges.length > 0) await tx.run(cy.applyEdgeDeltas, { rows: edges });
}

/** Citations flagged unverified by their record (rare: only those are sent). */
async function flagCitations(tx: WriteTx, rows: CitationPair[]): Promise<void> {
  const flagged = rows.filter((p) => p.verified === false);
  if (flagged.length > 0)
    await tx.run(cy.flagCitations, {
      rows: flagged.map((p) => ({ citing: p.citing, cited: p.cited, note: p.note ?? null })),
    });
}

/**
 * Citations. Those whose citing paper the batch created (`created`: ids the
 * paper stage created, merge survivors excluded) cannot exist yet and are created;
 * the others are MERGEd. Either way the chunk's deltas commit with it.
 */
export async function writeCitations(
  w: ChunkWriter,
  r: Resolution,
  created: ReadonlySet<string>,
): Promise<void> {
  const isNew = (p: CitationPair) => created.has(p.citing);
  await w.create(r.citations.filter(isNew), async (tx, rows) => {
    // The query adds the counters these creations change itself.
    await tx.run(create.createCitations, { rows: byCiting(rows), sources: sourcesOf(w) });
    await flagCitations(tx, rows);
  });
  await w.overlap(
    r.citations.filter((p) => !isNew(p)),
    async (tx, rows) => {
      const out = await tx.run(cy.mergeCitations, { rows: byCiting(rows), sources: sourcesOf(w) });
      await flagCitations(tx, rows);
      const sheet = new DeltaSheet();
      sheet.addCitations(out);
      await applyDeltas(tx, sheet);
      return out;
    },
  );
}

/** The chunk's distinct citation pairs by citing paper, each with the edge deltas of `sheet` (zero if none). */
function countedPairs(rows: readonly StatementRow[], sheet: DeltaSheet): Row[] {
  const deltas = new Map(sheet.edgeRows().map((e) => [`${e.citing}\u0000${e.cited}`, e]));
  const zero = { statements: 0, supporting: 0, mentioning: 0, contrasting: 0, unclassified: 0 };
  return byCiting(rows).map(({ citing, cited }) => ({
    citing,
    cited: (cited as string[]).map((id) => {
      const d = deltas.get(`${citing as string}\u0000${id}`) ?? zero;
      const { statements, supporting, mentioning, contrasting, unclassified } = d;
      return { id, statements, supporting, mentioning, contrasting, unclassified };
    }),
  }));
}

/**
 * Statements. In each chunk's transaction: the ids already stored are read;
 * the chunk's citations are MERGEd (a statement implies one) with the edge
 * counts of its new statements; the new statements are created and the stored
 * ones upserted (with the tagger's links); then the remaining deltas.
 */
export async function writeStatements(w: ChunkWriter, r: Resolution): Promise<void> {
  await w.overlap(r.statements, async (tx, rows) => {
    const sources = sourcesOf(w);
    const ids = rows.map((s) => s.id);
    const stored = new Set(
      (await tx.run(create.storedStatements, { ids })).map((s) => s.id as string),
    );
    const fresh = rows.filter((s) => !stored.has(s.id));
    const freshCounts = new DeltaSheet();
    freshCounts.addStatements(fresh.map((s) => ({ ...s, created: true, newPolarity: s.polarity })));
    const sheet = new DeltaSheet();
    sheet.addCitations(
      await tx.run(create.mergeCountedCitations, {
        rows: countedPairs(rows, freshCounts),
        sources,
      }),
    );
    for (const { id, ...delta } of freshCounts.paperRows())
      for (const [counter, n] of Object.entries(delta))
        if (n !== 0) sheet.addToPaper(id, counter as PaperCounter, n);
    if (fresh.length > 0)
      await tx.run(createStatements, {
        rows: fresh.map((s) => createdStatementRow(s, sources)),
        sources,
        version: TAGGER_VERSION,
      });
    const out = await upsertStored(
      tx,
      rows.filter((s) => stored.has(s.id)),
      sources,
    );
    sheet.addStatements(out);
    await applyDeltas(tx, sheet);
    // Tallied once the chunk commits: each created statement as created.
    return [...out, ...fresh.map(() => ({ created: true }))];
  });
}

/** Stored statements met again: the upsert, then the tagger's links. */
async function upsertStored(tx: WriteTx, rows: StatementRow[], sources: string[]) {
  if (rows.length === 0) return [];
  const out = await tx.run(cy.upsertStatements, { rows, sources });
  const tagged = rows.flatMap((s) => (s.tagged ? [{ id: s.id, links: s.tagged }] : []));
  if (tagged.length > 0) await tx.run(tagStatements, { rows: tagged, version: TAGGER_VERSION });
  return out;
}
