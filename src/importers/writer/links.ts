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
import { DeltaSheet } from '../resolve/counters.js';
import type { CitationPair, Resolution, StatementRow } from '../resolve/index.js';
import { TAGGER_VERSION } from '../resolve/tags.js';
import { UNNAMED_SOURCE, type ChunkWriter } from './chunks.js';
import { createdStatementRow } from './create-rows.js';

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
    await tx.run(create.createCitations, { rows: byCiting(rows), sources: sourcesOf(w) });
    await flagCitations(tx, rows);
    const sheet = new DeltaSheet();
    sheet.addCitations(rows.map((p) => ({ ...p, created: true })));
    await applyDeltas(tx, sheet);
  });
  await w.run(
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

/**
 * Statements. In each chunk's transaction: their citations are MERGEd (a
 * statement implies one), the ids already stored are read, the new statements
 * are created and the stored ones upserted (with the tagger's links), then
 * the deltas of both.
 */
export async function writeStatements(w: ChunkWriter, r: Resolution): Promise<void> {
  await w.run(r.statements, async (tx, rows) => {
    const sheet = new DeltaSheet();
    const sources = sourcesOf(w);
    sheet.addCitations(await tx.run(cy.mergeCitations, { rows: byCiting(rows), sources }));
    const stored = new Set(
      (await tx.run(create.storedStatements, { ids: rows.map((s) => s.id) })).map(
        (s) => s.id as string,
      ),
    );
    const fresh = rows.filter((s) => !stored.has(s.id));
    if (fresh.length > 0) {
      await tx.run(create.createStatements, {
        rows: fresh.map((s) => createdStatementRow(s, sources)),
        sources,
        version: TAGGER_VERSION,
      });
      sheet.addStatements(fresh.map((s) => ({ ...s, created: true, newPolarity: s.polarity })));
    }
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
