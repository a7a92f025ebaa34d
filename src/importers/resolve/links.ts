/**
 * The link step of the resolution stage: citations, statements, findings,
 * tallies and inclusions point at papers by any identifier. Each end is
 * resolved against the stored papers and the batch's own; a record whose end
 * is neither is rejected, naming that end, by the one rule in `ends`. An end
 * whose identifiers lead to several papers merges them, as a paper record does.
 * Ids found early may be merged away by a later record: the stage maps every
 * row through `ids.find` once all are resolved (index.ts).
 */
import type { PaperRef, RecordBatch, StatementRecord } from '../../domain/import-format.js';
import { conceptProblem, type ConceptKinds } from './concepts.js';
import type { PaperIdentities } from './known.js';
import type { RejectSink } from './rejects.js';
import type { Classify } from './labels.js';
import { findingRow, flagRow, statementRow, tallyRow } from './rows.js';
import { statementTags, type TagRow } from './tags.js';
import { tagsOf } from './pretagged.js';
import type { Matcher } from '../../tagger/index.js';

export const DANGLING_PAPER = 'refers to a paper that is neither in the graph nor in this import';

export type StatementRow = ReturnType<typeof statementRow>;
export type FindingRow = ReturnType<typeof findingRow>;
export type TallyRow = ReturnType<typeof tallyRow>;
export interface CitationPair {
  citing: string;
  cited: string;
  /** false (with a note) when the record flags the citation as unverified; see flagRow. */
  verified?: boolean;
  note?: string;
}
export interface InclusionPair {
  review: string;
  study: string;
  verified?: boolean;
  note?: string;
}

/**
 * What a statement met again does: `update` (the transactional writer) keeps
 * the batch's last one; `reject` (the bulk load, which only creates) refuses
 * it, whether met earlier in the batch or in an earlier file.
 */
export type StatementsMetAgain = 'update' | 'reject';

export interface LinkContext {
  ids: PaperIdentities;
  kinds: ConceptKinds;
  reject: RejectSink;
  statementsMetAgain: StatementsMetAgain;
  /** Statements stored before this batch (read with `reject`). */
  storedStatements?: { has(id: string): boolean };
  /** The classifier for labels the source left open; null: store the labels as given. */
  classify?: Classify | null;
  /** The concept tagger's compiled taxonomy; null: statements are not tagged. */
  matcher?: Matcher | null;
  /** Statement tags computed ahead with `matcher`'s taxonomy (pretagged.ts). */
  pretagged?: WeakMap<StatementRecord, TagRow[] | null>;
}

type End = readonly [field: string, ref: PaperRef];

/**
 * The paper ids of a record's ends, or null once the record is rejected:
 * naming the first end that resolves to no paper, or the last end when both
 * are one paper and `self` says why that is refused.
 */
function ends(
  ctx: LinkContext,
  i: number,
  raw: unknown,
  list: End[],
  self?: string,
): string[] | null {
  const found: string[] = [];
  for (const [field, ref] of list) {
    const got = ctx.ids.identify(ref);
    if (!got) {
      ctx.reject(i, field, DANGLING_PAPER, raw);
      return null;
    }
    if ('conflict' in got) {
      ctx.reject(i, field, got.conflict, raw);
      return null;
    }
    found.push(got.id);
  }
  if (self && found.length === 2 && found[0] === found[1]) {
    ctx.reject(i, list[1]![0], self, raw);
    return null;
  }
  return found;
}

/** The two ends of a citation or a statement. */
const citingAndCited = (r: { citing: PaperRef; cited: PaperRef }): End[] => [
  ['citing', r.citing],
  ['cited', r.cited],
];

/** Keeps one row per key, at its first place, with the last value. */
function lastBy<T>(rows: T[], key: (r: T) => string): T[] {
  return [...new Map(rows.map((r) => [key(r), r])).values()];
}

export function resolveCitations(ctx: LinkContext, batch: RecordBatch): CitationPair[] {
  const pairs: CitationPair[] = [];
  batch.citations.forEach((c, i) => {
    const got = ends(ctx, i, c, citingAndCited(c), 'a paper cannot cite itself');
    if (got) pairs.push({ citing: got[0]!, cited: got[1]!, ...flagRow(c) });
  });
  return lastBy(pairs, (p) => `${p.citing}\u0000${p.cited}`);
}

export function resolveStatements(ctx: LinkContext, batch: RecordBatch): StatementRow[] {
  const rows: StatementRow[] = [];
  const seen = new Set<string>();
  batch.statements.forEach((s, i) => {
    const got = ends(ctx, i, s, citingAndCited(s), 'a paper cannot make a statement about itself');
    if (!got) return;
    const problem = s.about
      .map((c) => conceptProblem(ctx.kinds, c, 'intervention', 'outcome'))
      .find(Boolean);
    if (problem) return ctx.reject(i, 'about', problem, s);
    const row = statementRow(s, got[0]!, got[1]!, ctx.classify);
    const matcher = ctx.matcher;
    if (matcher)
      row.tagged = tagsOf(ctx.pretagged, s, () =>
        statementTags(matcher, row.text, row.contextBefore),
      );
    if (ctx.statementsMetAgain === 'reject') {
      if (seen.has(row.id) || ctx.storedStatements?.has(row.id))
        return ctx.reject(
          i,
          'id',
          `statement ${row.id} appears twice in this bulk load (a bulk load creates; use "evidence-graph import" to update)`,
          s,
        );
      seen.add(row.id);
    }
    rows.push(row);
  });
  return ctx.statementsMetAgain === 'update' ? lastBy(rows, (r) => r.id) : rows;
}

export function resolveFindings(ctx: LinkContext, batch: RecordBatch): FindingRow[] {
  const rows: FindingRow[] = [];
  batch.findings.forEach((f, i) => {
    const got = ends(ctx, i, f, [['paper', f.paper]]);
    if (!got) return;
    // The field is named by which check failed (not by searching the message for an id,
    // which named the wrong one when the outcome's id contains the intervention's).
    const wrong = conceptProblem(ctx.kinds, f.intervention, 'intervention');
    if (wrong) return ctx.reject(i, 'intervention', wrong, f);
    const problem = conceptProblem(ctx.kinds, f.outcome, 'outcome');
    if (problem) return ctx.reject(i, 'outcome', problem, f);
    rows.push(findingRow(f, got[0]!));
  });
  return rows;
}

export function resolveTallies(ctx: LinkContext, batch: RecordBatch): TallyRow[] {
  const rows: TallyRow[] = [];
  batch.tallies.forEach((t, i) => {
    const got = ends(ctx, i, t, [['paper', t.paper]]);
    if (got) rows.push(tallyRow(t, got[0]!));
  });
  return rows;
}

export function resolveInclusions(ctx: LinkContext, batch: RecordBatch): InclusionPair[] {
  const pairs: InclusionPair[] = [];
  batch.inclusions.forEach((inc, i) => {
    const got = ends(ctx, i, inc, [
      ['review', inc.review],
      ['study', inc.study],
    ]);
    if (got) pairs.push({ review: got[0]!, study: got[1]!, ...flagRow(inc) });
  });
  return pairs;
}
