/**
 * The graph a bulk load will create, gathered in memory from parsed batches.
 *
 * It applies the batch writer's rules (writer/index.ts) without a database:
 * the same identity resolution, the same concept checks and rejections, the
 * same row mapping (writer/rows.ts) and the same counters, so a bulk-loaded
 * store equals the one `evidence-graph import` builds from the same files
 * (test/integration/bulk-load.test.ts compares the two). Papers are merged by
 * identity as they arrive; citations are kept as numeric pairs of paper
 * ordinals in one growable Float64Array, so 10M of them cost 80 MB.
 */
import type {
  ConceptRecord,
  PaperRecord,
  PaperRef,
  RecordBatch,
  Rejection,
} from '../../domain/records.js';
import {
  emptyIndex,
  newPaperId,
  remember,
  resolve,
  type IdentityIndex,
} from '../writer/identity.js';
import { findingRow, paperRow, statementRow, tallyRow } from '../writer/rows.js';
import {
  conceptProblem,
  paperConceptProblem,
  parentsFirst,
  reject,
  type ConceptKinds,
} from '../writer/validate.js';

/** Paper ordinals fit in 26 bits, so a (citing, cited) pair is one exact double. */
const PAIR_BASE = 2 ** 26;
export const MAX_BULK_PAPERS = PAIR_BASE;

/** Per-paper counters, in the order of COUNTER_FIELDS. */
export const COUNTER_FIELDS = [
  'citingPaperCount',
  'referenceCount',
  'statementCount',
  'supportingCount',
  'mentioningCount',
  'contrastingCount',
  'unclassifiedCount',
] as const;
const POLARITY_SLOT = { SUPPORTING: 0, MENTIONING: 1, CONTRASTING: 2, UNCLASSIFIED: 3 } as const;

export class BulkLoadError extends Error {
  override name = 'BulkLoadError';
}

/** A statement as it will be stored: the writer's row plus the ordinals of its ends. */
export type StatementNode = ReturnType<typeof statementRow>;

/** True when every value `partial` carries is already in `prior` (so merging changes nothing). */
function addsNothing(prior: PaperRecord, partial: PaperRecord): boolean {
  for (const [k, v] of Object.entries(partial)) {
    if (v === undefined || k === 'partial' || k === 'source') continue;
    if ((prior as Record<string, unknown>)[k] === undefined) return false;
  }
  return true;
}

/** `over`'s defined values laid over `under`. */
function overlay(under: PaperRecord, over: PaperRecord): PaperRecord {
  const merged: PaperRecord = { ...under };
  for (const [k, v] of Object.entries(over))
    if (v !== undefined) (merged as Record<string, unknown>)[k] = v;
  return merged;
}

/**
 * Merges two records of one work the way the writer does. Within one batch a
 * full record wins over a partial one and the first full record wins over a
 * later one; across batches (files) a later full record wins, as its upsert
 * overwrites what an earlier file wrote, and a partial record only fills gaps.
 */
function mergeRecords(prior: PaperRecord, next: PaperRecord, sameBatch: boolean): PaperRecord {
  const nextWins = next.partial ? false : prior.partial || !sameBatch;
  const merged = nextWins ? overlay(prior, next) : overlay(next, prior);
  merged.partial = Boolean(prior.partial && next.partial);
  return merged;
}

class GrowableDoubles {
  private data = new Float64Array(1 << 16);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  /** Sorted distinct values. */
  distinct(): Float64Array {
    const sorted = this.data.subarray(0, this.length).sort();
    let n = 0;
    for (let i = 0; i < sorted.length; i++)
      if (i === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i]!;
    return sorted.subarray(0, n);
  }
}

export class BulkGraph {
  readonly concepts = new Map<string, ConceptRecord>();
  readonly kinds: ConceptKinds = new Map();
  /** Paper id → ordinal; records by ordinal. */
  readonly paperOrdinal = new Map<string, number>();
  readonly papers: PaperRecord[] = [];
  readonly paperIds: string[] = [];
  private readonly index: IdentityIndex = emptyIndex();
  private readonly pairs = new GrowableDoubles();
  /** Counters by ordinal × COUNTER_FIELDS. */
  private counters = new Int32Array(7 * 1024);
  /** Statement counts per CITES pair that has statements: pair → [total, sup, men, con, unc]. */
  readonly edgeCounts = new Map<number, Int32Array>();
  readonly statements = new Map<string, StatementNode>();
  readonly findings = new Map<string, ReturnType<typeof findingRow>>();
  readonly tallies = new Map<string, ReturnType<typeof tallyRow>>();
  readonly inclusions = new Map<string, { review: string; study: string }>();
  readonly authors = new Map<string, { name: string; orcid: string | null }>();
  readonly venues = new Map<string, { name: string; issn: string | null }>();
  readonly rejects: Rejection[] = [];
  read = 0;

  private fail(file: string, index: number, field: string, reason: string, raw: unknown): void {
    this.rejects.push(reject(file, index, field, reason, raw));
  }

  private ordinalOf(id: string): number {
    let ord = this.paperOrdinal.get(id);
    if (ord !== undefined) return ord;
    ord = this.papers.length;
    if (ord >= MAX_BULK_PAPERS)
      throw new BulkLoadError(`a bulk load takes at most ${MAX_BULK_PAPERS} papers`);
    this.paperOrdinal.set(id, ord);
    this.paperIds.push(id);
    if ((ord + 1) * 7 > this.counters.length) {
      const next = new Int32Array(this.counters.length * 2);
      next.set(this.counters);
      this.counters = next;
    }
    return ord;
  }

  counter(ord: number, field: number): number {
    return this.counters[ord * 7 + field]!;
  }

  private known(ref: PaperRef): string | null {
    return resolve(this.index, ref);
  }

  /** Adds one parsed batch (one source file), rejecting what the writer would reject. */
  add(batch: RecordBatch, file: string): void {
    this.addConcepts(batch.concepts, file);
    this.addPapers(batch.papers, file);
    this.addCitations(batch, file);
    this.addStatements(batch, file);
    this.addFindings(batch, file);
    this.addTallies(batch, file);
    this.addInclusions(batch, file);
  }

  private addConcepts(concepts: ConceptRecord[], file: string): void {
    for (const c of concepts) if (!this.kinds.has(c.id)) this.kinds.set(c.id, c.kind);
    parentsFirst(concepts).forEach((c, i) => {
      const problem = c.parent ? conceptProblem(this.kinds, c.parent, c.kind) : null;
      if (problem) return this.fail(file, i, 'parent', problem, c);
      const prior = this.concepts.get(c.id);
      this.concepts.set(c.id, {
        ...c,
        description: c.description ?? prior?.description,
        domain: c.domain ?? prior?.domain,
        parent: c.parent ?? prior?.parent,
      });
    });
  }

  private addPapers(papers: PaperRecord[], file: string): void {
    // First the batch's own records of one work are merged, as the writer does before writing.
    const inBatch = new Map<string, PaperRecord>();
    const ordered = papers
      .map((p, i) => ({ p, i }))
      .sort((a, b) => Number(Boolean(a.p.partial)) - Number(Boolean(b.p.partial)));
    for (const { p, i } of ordered) {
      const issue = paperConceptProblem(this.kinds, p);
      if (issue) {
        this.fail(file, i, 'concepts', issue, p);
        continue;
      }
      const id = this.known(p) ?? newPaperId(p);
      if (!id) {
        this.fail(
          file,
          i,
          'id',
          'a paper needs a title or an identifier (DOI, PMID, PMCID, OpenAlex or Semantic Scholar id)',
          p,
        );
        continue;
      }
      remember(this.index, p, id);
      const prior = inBatch.get(id);
      inBatch.set(id, prior ? mergeRecords(prior, p, true) : p);
    }
    // Then each merged record meets what earlier files gave.
    for (const [id, record] of inBatch) {
      const ord = this.ordinalOf(id);
      const prior = this.papers[ord];
      // Most records met again are stubs of a cited work that add nothing: keep the stored
      // record as it is rather than replace a long-lived object (the cost of a big corpus).
      if (prior && record.partial && addsNothing(prior, record)) continue;
      this.meetPeople(record, id, prior);
      this.papers[ord] = prior ? mergeRecords(prior, record, false) : record;
    }
  }

  /**
   * Author and venue nodes outlive the edges a later record replaces (the
   * writer MERGEs them and never deletes them), so they are gathered from every
   * record whose authors or venue the writer would write: a full record's, and
   * a partial record's only where the paper has none yet.
   */
  private meetPeople(record: PaperRecord, id: string, prior: PaperRecord | undefined): void {
    const row = paperRow(record, id, true);
    const fills = (have: unknown) => !prior || !record.partial || !have;
    if (row.authors.length > 0 && fills(prior?.authors?.length))
      for (const a of row.authors) {
        const known = this.authors.get(a.id);
        if (!known) this.authors.set(a.id, { name: a.name, orcid: a.orcid });
        else if (!known.orcid && a.orcid) known.orcid = a.orcid;
      }
    if (row.venue && fills(prior?.venue)) {
      const v = row.venue;
      const known = this.venues.get(v.id);
      if (!known) this.venues.set(v.id, { name: v.name, issn: v.issn });
      else if (!known.issn && v.issn) known.issn = v.issn;
    }
  }

  private pair(citing: string, cited: string): number {
    return this.paperOrdinal.get(citing)! * PAIR_BASE + this.paperOrdinal.get(cited)!;
  }

  private ends(
    file: string,
    i: number,
    a: PaperRef,
    b: PaperRef,
    raw: unknown,
    names: [string, string],
    self: string | null,
  ): [string, string] | null {
    const first = this.known(a);
    const second = this.known(b);
    if (!first || !second) {
      this.fail(
        file,
        i,
        first ? names[1] : names[0],
        'refers to a paper that is neither in the graph nor in this import',
        raw,
      );
      return null;
    }
    if (self && first === second) {
      this.fail(file, i, names[1], self, raw);
      return null;
    }
    return [first, second];
  }

  private addCitations(batch: RecordBatch, file: string): void {
    batch.citations.forEach((c, i) => {
      const ends = this.ends(
        file,
        i,
        c.citing,
        c.cited,
        c,
        ['citing', 'cited'],
        'a paper cannot cite itself',
      );
      if (ends) this.pairs.push(this.pair(...ends));
    });
  }

  private addStatements(batch: RecordBatch, file: string): void {
    batch.statements.forEach((s, i) => {
      const ends = this.ends(
        file,
        i,
        s.citing,
        s.cited,
        s,
        ['citing', 'cited'],
        'a paper cannot make a statement about itself',
      );
      if (!ends) return;
      const problem = s.about
        .map((c) => conceptProblem(this.kinds, c, 'intervention', 'outcome'))
        .find(Boolean);
      if (problem) return this.fail(file, i, 'about', problem, s);
      const row = statementRow(s, ...ends);
      if (this.statements.has(row.id))
        return this.fail(
          file,
          i,
          'id',
          `statement ${row.id} appears twice in this bulk load (a bulk load creates; use "evidence-graph import" to update)`,
          s,
        );
      this.statements.set(row.id, row);
      const pair = this.pair(...ends);
      this.pairs.push(pair);
      let edge = this.edgeCounts.get(pair);
      if (!edge) this.edgeCounts.set(pair, (edge = new Int32Array(5)));
      const slot = POLARITY_SLOT[row.polarity];
      edge[0]! += 1;
      edge[1 + slot]! += 1;
      const cited = this.paperOrdinal.get(ends[1])! * 7;
      this.counters[cited + 2]! += 1;
      this.counters[cited + 3 + slot]! += 1;
    });
  }

  private addFindings(batch: RecordBatch, file: string): void {
    batch.findings.forEach((f, i) => {
      const paper = this.known(f.paper);
      if (!paper)
        return this.fail(
          file,
          i,
          'paper',
          'refers to a paper that is neither in the graph nor in this import',
          f,
        );
      const problem =
        conceptProblem(this.kinds, f.intervention, 'intervention') ??
        conceptProblem(this.kinds, f.outcome, 'outcome');
      if (problem)
        return this.fail(
          file,
          i,
          problem.includes(f.intervention) ? 'intervention' : 'outcome',
          problem,
          f,
        );
      const row = findingRow(f, paper);
      this.findings.set(row.id, row);
    });
  }

  private addTallies(batch: RecordBatch, file: string): void {
    batch.tallies.forEach((t, i) => {
      const paper = this.known(t.paper);
      if (!paper)
        return this.fail(
          file,
          i,
          'paper',
          'refers to a paper that is neither in the graph nor in this import',
          t,
        );
      const row = tallyRow(t, paper);
      this.tallies.set(row.id, row);
    });
  }

  private addInclusions(batch: RecordBatch, file: string): void {
    batch.inclusions.forEach((inc, i) => {
      const ends = this.ends(file, i, inc.review, inc.study, inc, ['review', 'study'], null);
      if (ends)
        this.inclusions.set(`${ends[0]}\u0000${ends[1]}`, { review: ends[0], study: ends[1] });
    });
  }

  /**
   * Distinct citation pairs as [citing ordinal, cited ordinal], sorted; also
   * sets the citation counters. Call once, after the last batch.
   */
  citations(): Float64Array {
    const pairs = this.pairs.distinct();
    for (const pair of pairs) {
      const citing = Math.floor(pair / PAIR_BASE);
      const cited = pair - citing * PAIR_BASE;
      this.counters[citing * 7 + 1]! += 1;
      this.counters[cited * 7]! += 1;
    }
    return pairs;
  }

  static split(pair: number): [number, number] {
    const citing = Math.floor(pair / PAIR_BASE);
    return [citing, pair - citing * PAIR_BASE];
  }

  /** The writer's row for paper `ord` (authors, venue, concept links, properties). */
  paperRow(ord: number) {
    return paperRow(this.papers[ord]!, this.paperIds[ord]!, true);
  }
}
