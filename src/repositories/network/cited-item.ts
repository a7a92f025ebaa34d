/** Decoding of CITED_ITEM values (src/db/cypher/network/cited-item.ts) into citations. */
import type { CitationCounts } from '../../domain/network/citation-edge.js';

/** A citation with statements: cited id, its five counters and its sources. */
export type CitedTuple = [string, number, number, number, number, number, string[]];
/** A flagged citation: the long form, then its `verified` and `note` (either may be null). */
export type FlaggedTuple = [...CitedTuple, boolean | null, string | null];
/** A citation without statements: cited id and its sources. */
export type CitedSources = [string, string[]];
export type CitedItem = string | CitedSources | CitedTuple | FlaggedTuple;

/** The cited paper's id of an item. */
export const citedIdOf = (item: CitedItem): string => (typeof item === 'string' ? item : item[0]);

/** The citation from `source` that `item` describes. */
export function citationFromItem(source: string, item: CitedItem): CitationCounts {
  if (typeof item === 'string' || item.length === 2)
    return {
      source,
      target: typeof item === 'string' ? item : item[0],
      statementCount: 0,
      supporting: 0,
      mentioning: 0,
      contrasting: 0,
      unclassified: 0,
      sources: typeof item === 'string' ? [] : item[1],
    };
  const [target, statementCount, supporting, mentioning, contrasting, unclassified, sources] = item;
  const counts: CitationCounts = {
    source,
    target,
    statementCount,
    supporting,
    mentioning,
    contrasting,
    unclassified,
    sources,
  };
  if (item.length === 9) {
    if (item[7] !== null) counts.verified = item[7];
    counts.note = item[8];
  }
  return counts;
}
