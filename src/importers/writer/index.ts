/**
 * The one batch writer: seed, every importer and the importRecords mutation
 * write through it. Each chunk of rows is one transaction that also applies
 * the counter deltas its writes produced (deltas.ts), so a killed import
 * leaves whole chunks only and a re-run converges on exactly the graph of one
 * clean run.
 */
import type { Executor, QueryStats, Row, WriteTx } from '../../db/executor.js';
import * as cy from '../../db/cypher/writes.js';
import type { PaperRecord, RecordBatch, Rejection } from '../../domain/records.js';
import {
  emptyIndex,
  lookupParams,
  newPaperId,
  refKeys,
  remember,
  resolve,
  type RefKind,
} from './identity.js';
import { DeltaSheet } from './deltas.js';
import { findingRow, newPaperRow, paperRow, statementRow, tallyRow } from './rows.js';
import {
  conceptProblem,
  paperConceptProblem,
  parentsFirst,
  referencedConcepts,
  reject,
  type ConceptKinds,
} from './validate.js';

export interface WriteOptions {
  file?: string;
  batchSize?: number;
  dryRun?: boolean;
  onProgress?: (recordsWritten: number) => void;
  stats?: QueryStats;
}

export interface WriteSummary {
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  rejects: Rejection[];
}

type Flagged = { created?: unknown; changed?: unknown };

/** Fields of a stub that carry no information beyond its identity. */
const STUB_KEYS = new Set([
  'id',
  'doi',
  'pmid',
  'pmcid',
  'openalexId',
  's2Id',
  'partial',
  'source',
]);

/** Groups distinct citation pairs by citing paper, so the query looks each one up once. */
function byCiting(rows: Row[]): Row[] {
  const groups = new Map<unknown, Set<unknown>>();
  for (const r of rows) {
    const set = groups.get(r.citing);
    if (set) set.add(r.cited);
    else groups.set(r.citing, new Set([r.cited]));
  }
  return [...groups].map(([citing, cited]) => ({ citing, cited: [...cited] }));
}

/** Writes counter deltas in the transaction `tx` that produced them. */
async function applyDeltas(tx: WriteTx, sheet: DeltaSheet): Promise<void> {
  const papers = sheet.paperRows();
  if (papers.length > 0) await tx.run(cy.applyPaperDeltas, { rows: papers });
  const edges = sheet.edgeRows();
  if (edges.length > 0) await tx.run(cy.applyEdgeDeltas, { rows: edges });
}

/** Keeps the last row per key: one record per id or pair within a write. */
function lastBy(rows: Row[], key: (r: Row) => string): Row[] {
  return [...new Map(rows.map((r) => [key(r), r])).values()];
}

function tally(summary: WriteSummary, rows: Row[]): void {
  for (const r of rows as Flagged[]) {
    if (r.created) summary.created += 1;
    else if (r.changed) summary.updated += 1;
    else summary.unchanged += 1;
  }
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Merges records of one work met twice in a batch: full records win, partial ones only fill gaps. */
function mergeRecords(a: PaperRecord, b: PaperRecord): PaperRecord {
  const [winner, filler] = a.partial && !b.partial ? [b, a] : [a, b];
  const merged: PaperRecord = { ...filler };
  for (const [k, v] of Object.entries(winner))
    if (v !== undefined) (merged as Record<string, unknown>)[k] = v;
  merged.partial = Boolean(a.partial && b.partial);
  return merged;
}

/** Writes `batch`; rejected records are reported, never half written. */
export async function writeBatch(
  db: Executor,
  batch: RecordBatch,
  options: WriteOptions = {},
): Promise<WriteSummary> {
  const file = options.file ?? '(input)';
  const size = options.batchSize ?? 5000;
  const summary: WriteSummary = { created: 0, updated: 0, unchanged: 0, rejected: 0, rejects: [] };
  const fail = (index: number, field: string, reason: string, raw: unknown) => {
    summary.rejects.push(reject(file, index, field, reason, raw));
  };
  let written = 0;
  const run = async (items: Row[], work: (tx: WriteTx, rows: Row[]) => Promise<Row[]>) => {
    for (const rows of chunks(items, size)) {
      if (!options.dryRun) tally(summary, await db.writeTx((tx) => work(tx, rows), options.stats));
      written += rows.length;
      options.onProgress?.(written);
    }
  };

  // Concepts, checked against the graph and the batch.
  const kinds: ConceptKinds = new Map(batch.concepts.map((c) => [c.id, c.kind]));
  const wanted = referencedConcepts(batch).filter((id) => !kinds.has(id));
  if (wanted.length > 0) {
    for (const r of await db.read(cy.existingConcepts, { ids: wanted }, options.stats)) {
      kinds.set(r.id as string, r.kind as ConceptKinds extends Map<string, infer K> ? K : never);
    }
  }
  const concepts = parentsFirst(batch.concepts).filter((c, i) => {
    const problem = c.parent ? conceptProblem(kinds, c.parent, c.kind) : null;
    if (problem) fail(i, 'parent', problem, c);
    return !problem;
  });
  for (const kind of ['intervention', 'outcome', 'population', 'setting'] as const) {
    const rows = concepts
      .filter((c) => c.kind === kind)
      .map((c) => ({
        ...c,
        parent: c.parent ?? null,
        description: c.description ?? null,
        domain: c.domain ?? null,
      }));
    await run(rows, (tx, r) => tx.run(cy.upsertConcepts[kind], { rows: r }));
  }

  // Paper identities: existing papers by any identifier, then the batch's own records.
  const refs = [
    ...batch.papers,
    ...batch.citations.flatMap((c) => [c.citing, c.cited]),
    ...batch.statements.flatMap((s) => [s.citing, s.cited]),
    ...batch.findings.map((f) => f.paper),
    ...batch.tallies.map((t) => t.paper),
    ...batch.inclusions.flatMap((i) => [i.review, i.study]),
  ];
  // Papers known by title only get a title-derived id; look it up too, so a
  // re-import finds them and does not report them as created again.
  const titleIds = batch.papers
    .filter((p) => refKeys(p).length === 0)
    .map((p) => ({ id: newPaperId(p) ?? undefined }));
  const index = emptyIndex();
  const existing = new Set<string>();
  const lookup = lookupParams([...refs, ...titleIds]);
  const stored = new Map<string, string>();
  for (const r of await db.read(cy.resolvePapers, lookup, options.stats)) {
    index.get(r.kind as RefKind)?.set(r.v as string, r.pid as string);
    stored.set(`${r.kind}:${r.v}`, r.pid as string);
    existing.add(r.pid as string);
  }
  const records = new Map<string, PaperRecord>();
  const ordered = batch.papers
    .map((p, i) => ({ p, i }))
    .sort((a, b) => Number(Boolean(a.p.partial)) - Number(Boolean(b.p.partial)));
  for (const { p, i } of ordered) {
    const conceptIssue = paperConceptProblem(kinds, p);
    if (conceptIssue) {
      fail(i, 'concepts', conceptIssue, p);
      continue;
    }
    const id = resolve(index, p) ?? newPaperId(p);
    if (!id) {
      fail(
        i,
        'id',
        'a paper needs a title or an identifier (DOI, PMID, PMCID, OpenAlex or Semantic Scholar id)',
        p,
      );
      continue;
    }
    remember(index, p, id);
    const prior = records.get(id);
    records.set(id, prior ? mergeRecords(prior, p) : p);
  }
  const paperRows = [...records.entries()].map(([id, p]) => ({
    partial: Boolean(p.partial),
    row: paperRow(p, id, !existing.has(id)),
    record: p,
  }));
  // New papers take the cheap create path; a stub that only repeats identifiers
  // the graph already holds for that paper would change nothing, so it is not sent.
  const adds = (r: (typeof paperRows)[number]) =>
    !r.partial ||
    Object.keys(r.record).some((k) => !STUB_KEYS.has(k)) ||
    refKeys(r.record).some(([kind, v]) => stored.get(`${kind}:${v}`) !== r.row.id);
  const fresh = paperRows.filter((r) => r.row.isNew);
  const old = paperRows.filter((r) => !r.row.isNew && adds(r));
  summary.unchanged += paperRows.length - fresh.length - old.length;
  await run(
    fresh.map((r) => newPaperRow(r.record, r.row.id)),
    (tx, rows) => tx.run(cy.createPapers, { rows }),
  );
  await run(
    old.filter((r) => !r.partial).map((r) => r.row),
    (tx, rows) => tx.run(cy.upsertFullPapers, { rows }),
  );
  await run(
    old.filter((r) => r.partial).map((r) => r.row),
    (tx, rows) => tx.run(cy.upsertPartialPapers, { rows }),
  );

  const known = (ref: Parameters<typeof resolve>[1]) => resolve(index, ref);
  const pairRows: Row[] = [];
  batch.citations.forEach((c, i) => {
    const citing = known(c.citing);
    const cited = known(c.cited);
    if (!citing || !cited)
      return fail(
        i,
        citing ? 'cited' : 'citing',
        'refers to a paper that is neither in the graph nor in this import',
        c,
      );
    if (citing === cited) return fail(i, 'cited', 'a paper cannot cite itself', c);
    pairRows.push({ citing, cited });
  });
  await run(
    lastBy(pairRows, (r) => `${r.citing}\u0000${r.cited}`),
    async (tx, rows) => {
      const out = await tx.run(cy.mergeCitations, { rows: byCiting(rows) });
      const sheet = new DeltaSheet();
      sheet.addCitations(out);
      await applyDeltas(tx, sheet);
      return out;
    },
  );

  const statementRows: Row[] = [];
  batch.statements.forEach((s, i) => {
    const citing = known(s.citing);
    const cited = known(s.cited);
    if (!citing || !cited)
      return fail(
        i,
        citing ? 'cited' : 'citing',
        'refers to a paper that is neither in the graph nor in this import',
        s,
      );
    if (citing === cited)
      return fail(i, 'cited', 'a paper cannot make a statement about itself', s);
    const problem = s.about
      .map((c) => conceptProblem(kinds, c, 'intervention', 'outcome'))
      .find(Boolean);
    if (problem) return fail(i, 'about', problem, s);
    statementRows.push(statementRow(s, citing, cited));
  });
  await run(
    lastBy(statementRows, (r) => r.id as string),
    async (tx, rows) => {
      // Edges first (a statement implies a citation), then the statements, then their deltas.
      const sheet = new DeltaSheet();
      sheet.addCitations(await tx.run(cy.mergeCitations, { rows: byCiting(rows) }));
      const out = await tx.run(cy.upsertStatements, { rows });
      sheet.addStatements(out);
      await applyDeltas(tx, sheet);
      return out;
    },
  );

  const findingRows: Row[] = [];
  batch.findings.forEach((f, i) => {
    const paper = known(f.paper);
    if (!paper)
      return fail(
        i,
        'paper',
        'refers to a paper that is neither in the graph nor in this import',
        f,
      );
    const problem =
      conceptProblem(kinds, f.intervention, 'intervention') ??
      conceptProblem(kinds, f.outcome, 'outcome');
    if (problem)
      return fail(i, problem.includes(f.intervention) ? 'intervention' : 'outcome', problem, f);
    findingRows.push(findingRow(f, paper));
  });
  await run(findingRows, (tx, rows) => tx.run(cy.upsertFindings, { rows }));

  const tallyRows: Row[] = [];
  batch.tallies.forEach((t, i) => {
    const paper = known(t.paper);
    if (!paper)
      return fail(
        i,
        'paper',
        'refers to a paper that is neither in the graph nor in this import',
        t,
      );
    tallyRows.push(tallyRow(t, paper));
  });
  await run(tallyRows, (tx, rows) => tx.run(cy.upsertTallies, { rows }));

  const inclusionRows: Row[] = [];
  batch.inclusions.forEach((inc, i) => {
    const review = known(inc.review);
    const study = known(inc.study);
    if (!review || !study)
      return fail(
        i,
        review ? 'study' : 'review',
        'refers to a paper that is neither in the graph nor in this import',
        inc,
      );
    inclusionRows.push({ review, study });
  });
  await run(inclusionRows, (tx, rows) => tx.run(cy.mergeInclusions, { rows }));

  summary.rejected = summary.rejects.length;
  if (options.dryRun) summary.created = paperRows.filter((r) => !existing.has(r.row.id)).length;
  return summary;
}
