/**
 * The denormalised counters of the graph model, by name → the property that stores
 * them: a Paper's tallies and a CITES edge's statement counts. Every write path keeps
 * them exact (src/importers/resolve/counters.ts has the rules), `doctor` recounts
 * them, and they are integers wherever they are stored (integer-properties.ts).
 */

/** A paper's counters, by name → the Paper property that stores it. */
export const PAPER_COUNTERS = {
  citingPapers: 'citingPaperCount',
  references: 'referenceCount',
  statements: 'statementCount',
  supporting: 'supportingCount',
  mentioning: 'mentioningCount',
  contrasting: 'contrastingCount',
  unclassified: 'unclassifiedCount',
} as const;
export type PaperCounter = keyof typeof PAPER_COUNTERS;
export const PAPER_COUNTER_NAMES = Object.keys(PAPER_COUNTERS) as PaperCounter[];

/** A CITES edge's counters, by name → the CITES property that stores it. */
export const EDGE_COUNTERS = {
  statements: 'statementCount',
  supporting: 'supporting',
  mentioning: 'mentioning',
  contrasting: 'contrasting',
  unclassified: 'unclassified',
} as const;
export type EdgeCounter = keyof typeof EDGE_COUNTERS;
export const EDGE_COUNTER_NAMES = Object.keys(EDGE_COUNTERS) as EdgeCounter[];
