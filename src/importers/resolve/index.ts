/**
 * The resolution stage: the one place that decides what a batch of parsed
 * records writes. It is pure (no database, no I/O): given a RecordBatch and
 * what is already stored (KnownIdentities), it returns the rows to write and
 * the rejects with their reasons. The transactional writer (../writer) and
 * the bulk load (../bulk) both call it, so a new source is taught once and
 * the two paths cannot drift apart. Counter rules, which need the outcome of
 * each write, are in counters.ts.
 */
import type { IdentityIndex } from '../../domain/identity.js';
import type {
  ConceptRecord,
  PaperRef,
  RecordBatch,
  Rejection,
} from '../../domain/import-format.js';
import { conceptProblem, parentsFirst, type ConceptKinds } from './concepts.js';
import { PaperIdentities, type KnownIdentities } from './known.js';
import {
  resolveCitations,
  resolveFindings,
  resolveInclusions,
  resolveStatements,
  resolveTallies,
  type CitationPair,
  type FindingRow,
  type InclusionPair,
  type StatementRow,
  type StatementsMetAgain,
  type TallyRow,
} from './links.js';
import { paperWrites, resolvePapers, type PaperMerge, type PaperWrite } from './papers.js';
import { collectRejects } from './rejects.js';
import { batchMatcher, paperTags, type TagRow } from './tags.js';
import { tagsOf, usablePretagged, type Pretagged } from './pretagged.js';

export { identitiesToLookUp, type KnownIdentities } from './known.js';
export type { PaperMerge, PaperWrite, PaperWriteKind } from './papers.js';
export type { CitationPair, FindingRow, InclusionPair, StatementRow, TallyRow } from './links.js';
export type { TagRow } from './tags.js';
export { taxonomyKey, type Pretagged } from './pretagged.js';

export interface ResolveOptions {
  /** The source file, named in every reject. */
  file: string;
  /** See StatementsMetAgain; the writer updates, the bulk load rejects. */
  statementsMetAgain: StatementsMetAgain;
  /** False: store statement labels as the records give them, no classifier (test fixtures). */
  classify?: boolean;
  /** False: no concept tagger (the curated seed, the tagger's gold standard). */
  tag?: boolean;
  /** Tags computed ahead of time (pretagged.ts); used only if computed with this batch's taxonomy. */
  pretagged?: Pretagged;
}

/** What a batch writes, and what it refuses. */
export interface Resolution {
  /** Concept kinds after the batch: the stored ones with the batch's own laid over them. */
  kinds: ConceptKinds;
  /** Concepts to write, parents first. */
  concepts: ConceptRecord[];
  /** One entry per work, in the order their ids were first met. */
  papers: PaperWrite[];
  /** Stored papers found to be one work with another: merged before anything else is written. */
  merges: PaperMerge[];
  /** Identifiers the batch's papers added (those not stored yet). */
  learned: IdentityIndex;
  /** Distinct citation pairs of citation records (statements imply their own). */
  citations: CitationPair[];
  statements: StatementRow[];
  /**
   * TAGGER links of the papers this batch creates or fully updates, by paper id (an empty
   * list: tagged, nothing found); statements carry theirs in `tagged`.
   */
  paperTags: Map<string, TagRow[]>;
  findings: FindingRow[];
  tallies: TallyRow[];
  inclusions: InclusionPair[];
  /** In the order the stage met them: concepts, papers, citations, statements, findings, tallies, inclusions. */
  rejects: Rejection[];
}

/** Resolves `batch` against `known`; see the module comment. */
export function resolveBatch(
  batch: RecordBatch,
  known: KnownIdentities,
  options: ResolveOptions,
): Resolution {
  const rejects: Rejection[] = [];
  const reject = collectRejects(options.file, rejects);

  const kinds: ConceptKinds = new Map(known.kinds);
  for (const c of batch.concepts) kinds.set(c.id, c.kind);
  const concepts = parentsFirst(batch.concepts).filter((c, i) => {
    const problem = c.parent ? conceptProblem(kinds, c.parent, c.kind) : null;
    if (problem) reject(i, 'parent', problem, c);
    return !problem;
  });

  const ids = new PaperIdentities(known.papers, known.paperKeys, known.aliases);
  const records = resolvePapers(batch.papers, ids, kinds, reject);
  // Links can merge papers too; settle every merge first, so each row below names survivors.
  for (const ref of linkEnds(batch)) ids.identify(ref);
  const { papers, merges } = paperWrites(records, ids, known.paperIds);
  const matcher =
    options.tag === false || !known.taxonomy ? null : batchMatcher(known.taxonomy, concepts);
  const memo = matcher ? usablePretagged(options.pretagged, known.taxonomy ?? [], concepts) : null;
  const tags = new Map<string, TagRow[]>();
  if (matcher)
    for (const p of papers) {
      if (p.write !== 'create' && p.write !== 'full') continue;
      const found = tagsOf(memo?.papers, p.record, () => paperTags(matcher, p.record));
      if (found) tags.set(p.id, found);
    }

  const ctx = {
    ids,
    kinds,
    reject,
    statementsMetAgain: options.statementsMetAgain,
    storedStatements: known.statementIds,
    classify: options.classify === false ? null : undefined,
    matcher,
    pretagged: memo?.statements,
  };
  return {
    kinds,
    concepts,
    papers,
    merges,
    learned: ids.learned,
    citations: resolveCitations(ctx, batch),
    statements: resolveStatements(ctx, batch),
    paperTags: tags,
    findings: resolveFindings(ctx, batch),
    tallies: resolveTallies(ctx, batch),
    inclusions: resolveInclusions(ctx, batch),
    rejects,
  };
}

/** Every paper reference of the batch's links, in the order the link steps meet them. */
function linkEnds(batch: RecordBatch): PaperRef[] {
  return [
    ...batch.citations.flatMap((c) => [c.citing, c.cited]),
    ...batch.statements.flatMap((s) => [s.citing, s.cited]),
    ...batch.findings.map((f) => f.paper),
    ...batch.tallies.map((t) => t.paper),
    ...batch.inclusions.flatMap((i) => [i.review, i.study]),
  ];
}
