/**
 * The one model of a citation edge, used by the network repository (the GraphQL NetworkEdge),
 * the export service and every serialiser: a citation from `source` (citing) to `target`
 * (cited) with its statement counts by polarity, and the two fields derived from them, the
 * dominant polarity and the weight (scite's polarity scheme, see src/domain/vocabulary.ts),
 * and its provenance: the sorted names of the sources that asserted it (the CITES `sources`),
 * and whether a source could confirm it (`verified`, with the flag's `note`).
 */
import type { Polarity } from '../vocabulary.js';

/** Which way a paper's citation list reads: papers citing it, or papers it cites. */
export type CitationDirection = 'citations' | 'references';

/** Statement counts of a citation, by polarity. */
export interface PolarityCounts {
  supporting: number;
  mentioning: number;
  contrasting: number;
  unclassified: number;
}

/** A citation and its statement counters, as stored on the CITES relationship. */
export interface CitationCounts extends PolarityCounts {
  source: string;
  target: string;
  statementCount: number;
  /** Sources that asserted the citation; absent on an edge written before provenance was kept. */
  sources?: readonly string[];
  /** false when the citation is flagged as unconfirmed; absent when it is not flagged. */
  verified?: boolean;
  /** Why the citation is flagged, when a note was given. */
  note?: string | null;
}

/** A citation edge of a network: its counters and the fields derived from them. */
export interface CitationEdge extends CitationCounts {
  dominantPolarity: Polarity | null;
  weight: number;
  sources: readonly string[];
  /** true unless the citation is flagged (`verified: false` on the CITES edge). */
  verified: boolean;
  note: string | null;
}

// Tie order, most informative first: a contrasting statement is the rarest and most telling
// signal about a finding, then supporting, then a plain mention, then the unclassified rest.
const TIE_ORDER = [
  ['CONTRASTING', 'contrasting'],
  ['SUPPORTING', 'supporting'],
  ['MENTIONING', 'mentioning'],
  ['UNCLASSIFIED', 'unclassified'],
] as const satisfies ReadonlyArray<readonly [Polarity, keyof PolarityCounts]>;

/**
 * The polarity with the most statements, or null when every count is zero. Ties go to the
 * more informative polarity: CONTRASTING > SUPPORTING > MENTIONING > UNCLASSIFIED.
 */
export function dominantPolarity(counts: PolarityCounts): Polarity | null {
  let best: Polarity | null = null;
  let bestCount = 0;
  for (const [polarity, field] of TIE_ORDER) {
    if (counts[field] > bestCount) {
      best = polarity;
      bestCount = counts[field];
    }
  }
  return best;
}

/** Weight of a citation edge: its statement count, but at least 1 since the citation exists. */
export function edgeWeight(statementCount: number): number {
  return Math.max(1, statementCount);
}

/** The edge of a citation, with its dominant polarity and weight. */
export function citationEdge(row: CitationCounts): CitationEdge {
  // An explicit literal, not a spread: a whole-graph export builds ten million of these.
  return {
    source: row.source,
    target: row.target,
    statementCount: row.statementCount,
    supporting: row.supporting,
    mentioning: row.mentioning,
    contrasting: row.contrasting,
    unclassified: row.unclassified,
    dominantPolarity: dominantPolarity(row),
    weight: edgeWeight(row.statementCount),
    sources: row.sources ?? [],
    verified: row.verified !== false,
    note: row.note ?? null,
  };
}
