/**
 * Assembles the evidence map from what the database returned: papers with their
 * findings and tags, both concept hierarchies and statement counts per concept pair.
 *
 * A paper enters a cell (i, o) when it reports a finding on i × o, or when it is tagged
 * with both (STUDIES i and MEASURES o): the usual evidence-gap-map coding, in which a
 * paper tagged with two interventions and two outcomes sits in four cells. With
 * `rollUp`, findings and tags on a subtype also count under every ancestor, in both
 * hierarchies; a paper or finding still counts once per cell. A paper that only a TAGGER
 * link (the concept tagger's) places in a cell is counted as machine-tagged there. Statement counts arrive
 * already rolled up (or not) by the query. Cells exist only where there is a paper; a
 * pair that only statements talk about has no cell.
 */
import type { PoolMethod } from '../meta/pool.js';
import { buildCell, type Acc } from './cell.js';
import { matchesDesigns } from './design.js';
import { Hierarchy } from './hierarchy.js';
import type {
  ConceptNode,
  EvidenceFinding,
  EvidenceMap,
  EvidencePaper,
  PaperEvidence,
  StatementCounts,
} from './types.js';

/** Statement counts of one pair, as the statement query returns them. */
export type PairStatementCounts = StatementCounts & { interventionId: string; outcomeId: string };

/** Which cells to keep; null means no restriction. Concept filters include subtypes. */
export interface CellFilter {
  interventions: string[] | null;
  outcomes: string[] | null;
  domains: string[] | null;
  designs: string[] | null;
}

/** Everything assembleEvidenceMap needs. */
export interface AssembleInput<
  P extends EvidencePaper,
  F extends EvidenceFinding,
  C extends ConceptNode,
> {
  papers: PaperEvidence<P, F>[];
  interventions: C[];
  outcomes: C[];
  statements: PairStatementCounts[];
  filter: CellFilter;
  method: PoolMethod;
  knappHartung: boolean;
  rollUp: boolean;
}

const NO_STATEMENTS: StatementCounts = {
  supporting: 0,
  mentioning: 0,
  contrasting: 0,
  unclassified: 0,
};

/** Builds the cells, their rows (interventions) and columns (outcomes), in tree order. */
export function assembleEvidenceMap<
  P extends EvidencePaper,
  F extends EvidenceFinding,
  C extends ConceptNode,
>(input: AssembleInput<P, F, C>): EvidenceMap<P, F, C> {
  const ih = new Hierarchy(input.interventions);
  const oh = new Hierarchy(input.outcomes);
  const acc = new Map<string, Acc<P, F>>();
  const cell = (i: string, o: string) => {
    const key = `${i}\u0000${o}`;
    let a = acc.get(key);
    if (!a) acc.set(key, (a = { i, o, papers: new Map(), findings: new Map(), tagged: new Set() }));
    return a;
  };
  for (const { paper, findings, interventions, outcomes, ...tags } of input.papers) {
    if (!matchesDesigns(paper.publicationTypes, input.filter.designs)) continue;
    for (const f of findings) {
      if (!ih.get(f.interventionId) || !oh.get(f.outcomeId)) continue;
      for (const i of ih.lineage(f.interventionId, input.rollUp))
        for (const o of oh.lineage(f.outcomeId, input.rollUp)) {
          const a = cell(i, o);
          a.findings.set(f.id, f);
          a.papers.set(paper.id, paper);
        }
    }
    const is = expand(ih, interventions, input.rollUp);
    const os = expand(oh, outcomes, input.rollUp);
    // Machine-tagged in a cell: there by tags only, and not by a pair of curated tags.
    const curated = (list: string[], tagged?: string[]) =>
      tagged?.length ? list.filter((c) => !tagged.includes(c)) : list;
    const ci = expand(ih, curated(interventions, tags.taggedInterventions), input.rollUp);
    const co = expand(oh, curated(outcomes, tags.taggedOutcomes), input.rollUp);
    for (const i of is)
      for (const o of os) {
        const a = cell(i, o);
        if (!a.papers.has(paper.id) && !(ci.has(i) && co.has(o))) a.tagged.add(paper.id);
        a.papers.set(paper.id, paper);
      }
  }
  const keep = cellFilter(ih, oh, input.filter);
  const statements = new Map(
    input.statements.map((s) => [`${s.interventionId}\u0000${s.outcomeId}`, s]),
  );
  const kept = [...acc.entries()].filter(([, a]) => keep(a.i, a.o));
  const rows = ih.treeOrder(kept.map(([, a]) => a.i));
  const cols = oh.treeOrder(kept.map(([, a]) => a.o));
  const rank = (list: C[]) => new Map(list.map((c, n) => [c.id, n]));
  const [ri, ro] = [rank(rows), rank(cols)];
  kept.sort(
    ([, a], [, b]) =>
      (ri.get(a.i) ?? 0) - (ri.get(b.i) ?? 0) || (ro.get(a.o) ?? 0) - (ro.get(b.o) ?? 0),
  );
  const cells = kept.map(([key, a]) =>
    buildCell(a, ih, oh, statements.get(key) ?? NO_STATEMENTS, input),
  );
  return { cells, interventions: rows, outcomes: cols };
}

// The known ids among `ids` and, with roll-up, their ancestors. Runs four times per paper,
// so plain loops: filter + flatMap + a copied Set were a seventh of the assembly's time.
function expand<C extends ConceptNode>(
  h: Hierarchy<C>,
  ids: string[],
  rollUp: boolean,
): Set<string> {
  const out = new Set<string>();
  for (const id of ids) {
    if (!h.get(id)) continue;
    if (!rollUp) out.add(id);
    else for (const a of h.lineage(id, true)) out.add(a);
  }
  return out;
}

function cellFilter<C extends ConceptNode>(ih: Hierarchy<C>, oh: Hierarchy<C>, filter: CellFilter) {
  const is = filter.interventions && new Set(filter.interventions);
  const os = filter.outcomes && new Set(filter.outcomes);
  const ds = filter.domains && new Set(filter.domains);
  return (i: string, o: string) =>
    (!is || ih.within(i, is)) &&
    (!os || oh.within(o, os)) &&
    (!ds || ds.has(oh.get(o)?.domain ?? 'OTHER'));
}
