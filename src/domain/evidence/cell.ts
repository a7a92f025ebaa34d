/**
 * One cell from what was gathered for it: effects and their directions, the pooled
 * effect (pooling.ts), design counts and the pair's statement counts.
 */
import type { PoolMethod } from '../meta/pool.js';
import { classifyDesign } from './design.js';
import { findingDirection, findingEffect, findingInterval } from './effect.js';
import type { Hierarchy } from './hierarchy.js';
import { lowerIsBetter } from './orientation.js';
import { poolCell, type PoolEntry } from './pooling.js';
import type {
  CellEffect,
  ConceptNode,
  EvidenceCell,
  EvidenceFinding,
  EvidencePaper,
  StatementCounts,
} from './types.js';

/** A cell being gathered: its concepts, papers and findings by id. */
export interface Acc<P, F> {
  i: string;
  o: string;
  papers: Map<string, P>;
  findings: Map<string, F>;
  /** Papers whose place in the cell rests on a TAGGER link alone (cells.ts). */
  tagged: Set<string>;
}

/** Builds the cell gathered in `a`; `statements` are the pair's polarity counts. */
export function buildCell<
  P extends EvidencePaper,
  F extends EvidenceFinding,
  C extends ConceptNode,
>(
  a: Acc<P, F>,
  ih: Hierarchy<C>,
  oh: Hierarchy<C>,
  statements: StatementCounts,
  options: { method: PoolMethod; knappHartung: boolean },
): EvidenceCell<P, F, C> {
  const findings = [...a.findings.values()].sort((x, y) => x.id.localeCompare(y.id));
  const orientation = (id: string) => lowerIsBetter(oh.get(id) ?? { id });
  const entries: PoolEntry<F>[] = findings.map((f) => ({
    finding: f,
    effect: findingEffect(f),
    exact: f.interventionId === a.i && f.outcomeId === a.o,
    lowerIsBetter: orientation(f.outcomeId),
  }));
  const { pooled, weights, excluded } = poolCell(entries, options);
  const effects: CellEffect<F>[] = entries.map((e) => {
    const interval = findingInterval(e.finding, e.effect);
    return {
      finding: e.finding,
      measure: e.effect.ok ? e.effect.measure : null,
      yi: e.effect.ok ? e.effect.yi : null,
      vi: e.effect.ok ? e.effect.vi : null,
      ciLower: interval?.lower ?? null,
      ciUpper: interval?.upper ?? null,
      direction: findingDirection(e.finding, e.effect, e.lowerIsBetter),
      included: weights.has(e.finding.id),
      weight: weights.get(e.finding.id) ?? null,
      reason: excluded.get(e.finding.id) ?? null,
    };
  });
  const count = (d: string) => effects.filter((e) => e.direction === d).length;
  const papers = [...a.papers.values()].sort(
    (x, y) => (y.year ?? 0) - (x.year ?? 0) || x.id.localeCompare(y.id),
  );
  const design = papers.map((p) => classifyDesign(p.publicationTypes));
  return {
    intervention: ih.get(a.i) as C,
    outcome: oh.get(a.o) as C,
    lowerIsBetter: orientation(a.o),
    papers,
    machineTagged: a.tagged.size,
    studies: design.filter((d) => d === 'STUDY').length,
    reviews: design.filter((d) => d === 'REVIEW').length,
    findings,
    effects,
    direction: {
      favoursIntervention: count('FAVOURS_INTERVENTION'),
      favoursControl: count('FAVOURS_CONTROL'),
      noDifference: count('NO_DIFFERENCE'),
      unknown: count('UNKNOWN'),
    },
    statements: {
      supporting: statements.supporting,
      mentioning: statements.mentioning,
      contrasting: statements.contrasting,
      unclassified: statements.unclassified,
    },
    pooled,
  };
}
