/**
 * The graph a bulk load will create, gathered in memory from parsed batches.
 *
 * Each batch goes through the resolution stage the transactional writer uses
 * (../resolve), against what earlier files gave: the same identity
 * resolution, concept checks, rejections, row mapping and counter rules, so a
 * bulk-loaded store equals the one `evidence-graph import` builds from the
 * same files (test/integration/bulk-load.test.ts compares the two). This file
 * only stores the resolved rows the way the writer's queries would leave
 * them. Citations are kept as numeric pairs of paper ordinals in one growable
 * Float64Array, so 10M of them cost 80 MB, and counters in packed Int32Arrays
 * addressed by counter name.
 */
import { append } from '../../domain/arrays.js';
import { emptyIndex, type IdentityIndex } from '../../domain/identity.js';
import type {
  ConceptRecord,
  PaperRecord,
  RecordBatch,
  Rejection,
} from '../../domain/import-format.js';
import type { ConceptKinds } from '../resolve/concepts.js';
import {
  countCitation,
  countStatement,
  EDGE_COUNTER_NAMES,
  PAPER_COUNTER_NAMES,
  type CounterSink,
  type EdgeCounter,
  type PaperCounter,
} from '../resolve/counters.js';
import {
  resolveBatch,
  type FindingRow,
  type PaperWrite,
  type StatementRow,
  type TallyRow,
} from '../resolve/index.js';
import { foldPaperRecord } from '../resolve/identify.js';
import type { Resolution } from '../resolve/index.js';
import { mergeRecords } from '../resolve/merge.js';
import { paperRow } from '../resolve/rows.js';
import type { TagRow } from '../resolve/tags.js';
import type { TaggerConcept } from '../../tagger/index.js';
import {
  settleConceptLinks,
  settleFindings,
  settleInclusions,
  settleStatements,
  settleTallies,
} from './merge.js';

/** Paper ordinals fit in 26 bits, so a (citing, cited) pair is one exact double. */
const PAIR_BASE = 2 ** 26;
export const MAX_BULK_PAPERS = PAIR_BASE;

/** Where each named counter sits in a paper's (or an edge's) run of the packed arrays. */
const slots = <K extends string>(names: readonly K[]) =>
  Object.fromEntries(names.map((n, i) => [n, i])) as Record<K, number>;
const PAPER_SLOT = slots(PAPER_COUNTER_NAMES);
const PAPER_STRIDE = PAPER_COUNTER_NAMES.length;
const EDGE_SLOT = slots(EDGE_COUNTER_NAMES);

export class BulkLoadError extends Error {
  override name = 'BulkLoadError';
}

/** Adds the stored values of `learned` that `index` lacks (a stored identifier keeps its paper). */
function learn(index: IdentityIndex, learned: IdentityIndex): void {
  for (const [kind, values] of learned) {
    const map = index.get(kind)!;
    for (const [value, id] of values) if (!map.has(value)) map.set(value, id);
  }
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

/** Sorted distinct union of a sources list and one more source (as the writer's addSources). */
function withSource(list: readonly string[] | undefined, source: string): string[] {
  return [...new Set([...(list ?? []), source])].sort();
}

/** A paper's concept-link lists and the relationship type each is written as. */
export const PAPER_LINK = {
  interventions: ['STUDIES', 'InterventionType'],
  outcomes: ['MEASURES', 'Outcome'],
  populations: ['IN_POPULATION', 'Population'],
  settings: ['IN_SETTING', 'Setting'],
} as const;

/** Counters are written by ordinal: CounterSink<number>. */
export class BulkGraph implements CounterSink<number> {
  readonly concepts = new Map<string, ConceptRecord>();
  kinds: ConceptKinds = new Map();
  /** Paper id → ordinal; records by ordinal. */
  readonly paperOrdinal = new Map<string, number>();
  readonly papers: PaperRecord[] = [];
  readonly paperIds: string[] = [];
  private readonly index: IdentityIndex = emptyIndex();
  /** Citation pairs by the source that asserted them (few sources, so one array each). */
  private readonly sourcePairs = new Map<string, GrowableDoubles>();
  /** Source lists of the distinct pairs citations() returned, by index into `pairSourceSets`. */
  private pairSourceSet = new Uint16Array(0);
  private pairSourceSets: string[][] = [];
  /** Flagged CITES pairs: their note (null when none). */
  readonly flaggedPairs = new Map<number, string | null>();
  /** Sources of each statement (one: a bulk load rejects a statement met again), finding and concept link. */
  readonly statementSources = new Map<string, string>();
  readonly findingSources = new Map<string, string[]>();
  /** Keyed `paperId \0 type \0 conceptId`. */
  readonly conceptLinkSources = new Map<string, string[]>();
  /** Paper counters: PAPER_STRIDE slots per ordinal. */
  private counters = new Int32Array(PAPER_STRIDE * 1024);
  /** Statement counters per CITES pair that has statements, by EDGE_SLOT. */
  private readonly edgeCounts = new Map<number, Int32Array>();
  readonly statements = new Map<string, StatementRow>();
  readonly findings = new Map<string, FindingRow>();
  readonly tallies = new Map<string, TallyRow>();
  readonly inclusions = new Map<
    string,
    { review: string; study: string; sources: string[]; verified?: boolean; note?: string }
  >();
  readonly authors = new Map<string, { name: string; orcid: string | null }>();
  readonly venues = new Map<string, { name: string; issn: string | null }>();
  readonly rejects: Rejection[] = [];
  /** Merged-away paper id → the id it went into (identity merging, as the writer's merge stage). */
  readonly aliases = new Map<string, string>();
  /** Ids merged into each surviving paper, sorted (Paper.mergedIds; PaperAlias nodes). */
  readonly mergedIds = new Map<string, string[]>();
  /** Stored papers merged into another. */
  merged = 0;
  read = 0;
  /** The concept tagger's links by paper id (../resolve/tags.ts); statements carry theirs. */
  readonly paperTags = new Map<string, TagRow[]>();

  /** `tag`: false for no concept tagger (as the writer's option). */
  constructor(private readonly tag = true) {}

  /** The taxonomy so far, as the tagger reads it (the writer reads the stored one). */
  private taxonomy(): TaggerConcept[] {
    const out: TaggerConcept[] = [];
    for (const c of this.concepts.values())
      if (c.kind === 'intervention' || c.kind === 'outcome')
        out.push({
          id: c.id,
          kind: c.kind,
          name: c.name,
          synonyms: c.synonyms,
          instruments: c.instruments,
        });
    return out;
  }

  private ordinalOf(id: string): number {
    let ord = this.paperOrdinal.get(id);
    if (ord !== undefined) return ord;
    ord = this.papers.length;
    if (ord >= MAX_BULK_PAPERS)
      throw new BulkLoadError(`a bulk load takes at most ${MAX_BULK_PAPERS} papers`);
    this.paperOrdinal.set(id, ord);
    this.paperIds.push(id);
    if ((ord + 1) * PAPER_STRIDE > this.counters.length) {
      const next = new Int32Array(this.counters.length * 2);
      next.set(this.counters);
      this.counters = next;
    }
    return ord;
  }

  /** Paper `ord`'s value of `counter`. */
  counter(ord: number, counter: PaperCounter): number {
    return this.counters[ord * PAPER_STRIDE + PAPER_SLOT[counter]]!;
  }

  /** The statement counters of CITES `pair`, in EDGE_COUNTER_NAMES order. */
  edgeCounters(pair: number): number[] {
    const counts = this.edgeCounts.get(pair);
    return counts ? [...counts] : EDGE_COUNTER_NAMES.map(() => 0);
  }

  addToPaper(ord: number, counter: PaperCounter, n: number): void {
    this.counters[ord * PAPER_STRIDE + PAPER_SLOT[counter]]! += n;
  }

  addToEdge(citing: number, cited: number, counter: EdgeCounter, n: number): void {
    const pair = citing * PAIR_BASE + cited;
    let edge = this.edgeCounts.get(pair);
    if (!edge) this.edgeCounts.set(pair, (edge = new Int32Array(EDGE_COUNTER_NAMES.length)));
    edge[EDGE_SLOT[counter]]! += n;
  }

  /**
   * Adds one parsed batch (one source file) asserted by `source` (its provenance
   * name); what the stage rejects joins `rejects`.
   */
  add(batch: RecordBatch, file: string, source = 'unknown'): void {
    const r = resolveBatch(
      batch,
      {
        papers: this.index,
        paperIds: this.paperOrdinal,
        kinds: this.kinds,
        statementIds: this.statements,
        paperKeys: { get: (id) => this.papers[this.paperOrdinal.get(id) ?? -1] },
        aliases: this.aliases,
        taxonomy: this.taxonomy(),
      },
      { file, statementsMetAgain: 'reject', tag: this.tag },
    );
    // As the writer: a paper's TAGGER links are those of its last full write.
    for (const [id, tags] of r.paperTags) this.paperTags.set(id, tags);
    append(this.rejects, r.rejects);
    this.kinds = r.kinds;
    learn(this.index, r.learned);
    for (const c of r.concepts) this.addConcept(c);
    const survivors = this.mergePapers(r, source);
    for (const p of r.papers) if (!survivors.has(p.id)) this.addPaper(p, source);
    for (const c of r.citations) {
      const pair = this.pair(c.citing, c.cited);
      this.pushPair(pair, source);
      if (c.verified === false)
        this.flaggedPairs.set(pair, c.note ?? this.flaggedPairs.get(pair) ?? null);
    }
    for (const s of r.statements) this.addStatement(s, source);
    for (const f of r.findings) {
      this.findings.set(f.id, f);
      this.findingSources.set(f.id, withSource(this.findingSources.get(f.id), source));
    }
    for (const t of r.tallies) this.tallies.set(t.id, t);
    for (const inc of r.inclusions) {
      // As write.inclusions: sources accumulate, a flag given later replaces the one stored.
      const key = `${inc.review}\u0000${inc.study}`;
      const prior = this.inclusions.get(key);
      this.inclusions.set(key, {
        review: inc.review,
        study: inc.study,
        sources: withSource(prior?.sources, source),
        verified: inc.verified ?? prior?.verified,
        note: inc.note ?? prior?.note,
      });
    }
  }

  private pushPair(pair: number, source: string): void {
    let pairs = this.sourcePairs.get(source);
    if (!pairs) this.sourcePairs.set(source, (pairs = new GrowableDoubles()));
    pairs.push(pair);
  }

  /**
   * As the writer's merge stage: a new survivor is created before the papers
   * merged into it, a stored one takes its record after them. Links are
   * re-pointed once, when the load settles (./merge.ts).
   */
  private mergePapers(r: Resolution, source: string): Set<string> {
    const writes = new Map(r.papers.map((p) => [p.id, p]));
    for (const { survivor, dups } of r.merges) {
      const write = writes.get(survivor);
      if (write?.write === 'create') this.addPaper(write, source);
      for (const dup of dups) {
        const [keep, gone] = [this.paperOrdinal.get(survivor)!, this.paperOrdinal.get(dup)!];
        this.papers[keep] = foldPaperRecord(this.papers[keep]!, this.papers[gone]!);
        this.aliases.set(dup, survivor);
        const ids = [...(this.mergedIds.get(survivor) ?? []), ...(this.mergedIds.get(dup) ?? [])];
        this.mergedIds.set(survivor, [...new Set([...ids, dup])].sort());
        this.mergedIds.delete(dup);
        this.merged += 1;
      }
      if (write && write.write !== 'create') this.addPaper(write, source);
    }
    return new Set(r.merges.map((m) => m.survivor));
  }

  /** As the concept upsert: a later record keeps the description, domain and parent it does not give. */
  private addConcept(c: ConceptRecord): void {
    const prior = this.concepts.get(c.id);
    this.concepts.set(c.id, {
      ...c,
      description: c.description ?? prior?.description,
      domain: c.domain ?? prior?.domain,
      parent: c.parent ?? prior?.parent,
      synonyms: c.synonyms?.length ? c.synonyms : prior?.synonyms,
      instruments: c.instruments?.length ? c.instruments : prior?.instruments,
    });
  }

  /** As the paper writes: a new paper as it is, a stored one merged as its upsert would leave it. */
  private addPaper({ id, record, write }: PaperWrite, source: string): void {
    if (write === 'none') return;
    // The writer MERGEs the links of every record it writes, adding its source.
    for (const [key, [type]] of Object.entries(PAPER_LINK))
      for (const concept of record[key as keyof typeof PAPER_LINK] ?? []) {
        const link = `${id}\u0000${type}\u0000${concept}`;
        this.conceptLinkSources.set(link, withSource(this.conceptLinkSources.get(link), source));
      }
    const ord = this.ordinalOf(id);
    const prior = write === 'create' ? undefined : this.papers[ord]!;
    const merged = prior ? mergeRecords(prior, record, 'store') : record;
    // Most records met again are stubs of a cited work that add nothing: the stored
    // record stays as it is rather than be replaced (the cost of a big corpus).
    if (merged === prior) return;
    this.meetPeople(record, id, prior);
    this.papers[ord] = merged;
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

  /** A statement the stage accepted is new to the load (it rejects one met again). */
  private addStatement(s: StatementRow, source: string): void {
    this.statements.set(s.id, s);
    this.statementSources.set(s.id, source);
    const citing = this.paperOrdinal.get(s.citing)!;
    const cited = this.paperOrdinal.get(s.cited)!;
    this.pushPair(citing * PAIR_BASE + cited, source);
    countStatement(this, { citing, cited, created: true, newPolarity: s.polarity });
  }

  /**
   * Distinct citation pairs as [citing ordinal, cited ordinal], sorted; also
   * sets the citation counters. Call once, after the last batch.
   */
  citations(): Float64Array {
    this.settleMerges();
    const bySource = [...this.sourcePairs]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, list]) => ({ name, pairs: list.distinct() }));
    const all = new GrowableDoubles();
    for (const { pairs } of bySource) for (const pair of pairs) all.push(pair);
    const pairs = all.distinct();
    // Each pair's sources, as an index into a table of the few distinct source lists.
    const at = bySource.map(() => 0);
    const setIndex = new Map<string, number>();
    this.pairSourceSets = [];
    this.pairSourceSet = new Uint16Array(pairs.length);
    pairs.forEach((pair, i) => {
      const names = bySource.filter((s, k) => {
        while (at[k]! < s.pairs.length && s.pairs[at[k]!]! < pair) at[k]! += 1;
        return s.pairs[at[k]!] === pair;
      });
      const key = names.map((s) => s.name).join('\u0000');
      let index = setIndex.get(key);
      if (index === undefined) {
        setIndex.set(key, (index = this.pairSourceSets.length));
        this.pairSourceSets.push(names.map((s) => s.name));
      }
      this.pairSourceSet[i] = index;
    });
    for (const pair of pairs) {
      const [citing, cited] = BulkGraph.split(pair);
      countCitation(this, citing, cited);
    }
    return pairs;
  }

  /**
   * Re-points everything gathered under merged-away ids at the survivors,
   * drops their ordinals (survivors keep their order) and recounts the
   * statement counters; citations() counts the citations after it.
   */
  private settleMerges(): void {
    if (this.aliases.size === 0) return;
    const find = (id: string) => {
      let at = id;
      while (this.aliases.has(at)) at = this.aliases.get(at)!;
      return at;
    };
    const [ids, records] = [[...this.paperIds], [...this.papers]];
    this.paperIds.length = 0;
    this.papers.length = 0;
    this.paperOrdinal.clear();
    ids.forEach((id, ord) => {
      if (this.aliases.has(id)) return;
      this.paperOrdinal.set(id, this.papers.length);
      this.paperIds.push(id);
      this.papers.push(records[ord]!);
    });
    const to = ids.map((id) => this.paperOrdinal.get(find(id))!);
    const move = (pair: number): number | null => {
      const [a, b] = BulkGraph.split(pair);
      return to[a] === to[b] ? null : to[a]! * PAIR_BASE + to[b]!;
    };
    for (const [name, list] of this.sourcePairs) {
      const next = new GrowableDoubles();
      for (const pair of list.distinct()) {
        const moved = move(pair);
        if (moved !== null) next.push(moved);
      }
      this.sourcePairs.set(name, next);
    }
    const flagged = [...this.flaggedPairs];
    this.flaggedPairs.clear();
    for (const [pair, note] of flagged) {
      const moved = move(pair);
      if (moved !== null && !this.flaggedPairs.has(moved)) this.flaggedPairs.set(moved, note);
    }
    settleConceptLinks(this.conceptLinkSources, find);
    settleStatements(this.statements, this.statementSources, find);
    settleFindings(this.findings, find);
    settleTallies(this.tallies, find);
    settleInclusions(this.inclusions, find);
    this.counters.fill(0);
    this.edgeCounts.clear();
    for (const s of this.statements.values()) {
      const [citing, cited] = [this.paperOrdinal.get(s.citing)!, this.paperOrdinal.get(s.cited)!];
      countStatement(this, { citing, cited, created: true, newPolarity: s.polarity });
    }
  }

  /** The sources of the `i`th pair citations() returned. */
  citationSources(i: number): string[] {
    return this.pairSourceSets[this.pairSourceSet[i]!]!;
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
