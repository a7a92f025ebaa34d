/** Decoding of CITED_ITEM values (src/db/cypher/network/cited-item.ts) into citations. */
import type { CitationCounts } from '../../domain/network/citation-edge.js';

/** A citation with statements: cited id and its five counters. */
export type CitedTuple = [string, number, number, number, number, number];
export type CitedItem = string | CitedTuple;

/** The cited paper's id of an item. */
export const citedIdOf = (item: CitedItem): string => (typeof item === 'string' ? item : item[0]);

/** The citation from `source` that `item` describes. */
export function citationFromItem(source: string, item: CitedItem): CitationCounts {
  if (typeof item === 'string')
    return {
      source,
      target: item,
      statementCount: 0,
      supporting: 0,
      mentioning: 0,
      contrasting: 0,
      unclassified: 0,
    };
  const [target, statementCount, supporting, mentioning, contrasting, unclassified] = item;
  return { source, target, statementCount, supporting, mentioning, contrasting, unclassified };
}
