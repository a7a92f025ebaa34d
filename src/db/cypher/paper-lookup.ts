/**
 * One paper by id or DOI, projected to what the request shows, with its external tallies and
 * optionally what the request asks of it next (a page of citations or references, its
 * co-cited papers): one round trip where the paper and then its page took two (issue 18, ops
 * 2, 3 and 8 of the side-by-side benchmark).
 *
 * The child is any subquery body that reads the paper bound to `anchor` and yields one row
 * (citationPageBody in citations.ts, relatedBody in network/related.ts).
 */
import type { NamedQuery } from '../executor.js';
import { paperMap, projectionKey, type PaperProjection } from './projection.js';
import { talliesOf } from './papers.js';
import { queryMemo } from './shape.js';

/** How the paper is named: by graph id (aliases of merged papers followed) or by DOI. */
export type LookupBy = 'id' | 'doi';

/** A subquery on `anchor` whose columns the lookup returns alongside the paper. */
export interface LookupChild {
  /** Names the child's text (memo key): its kind, shape and projection. */
  key: string;
  /** Part of the query's name, e.g. `paper.citations.byStatements`. */
  name: string;
  body: () => string;
  columns: readonly string[];
}

// Same starts as paper.byIds (an id merged away answers its survivor) and paper.byDois.
const START: Record<LookupBy, string> = {
  id: `UNWIND $keys AS key
OPTIONAL MATCH (own:Paper {id: key})
OPTIONAL MATCH (:PaperAlias {id: key})-[:ALIAS_OF]->(survivor:Paper)
WITH key, coalesce(own, survivor) AS anchor WHERE anchor IS NOT NULL`,
  doi: `UNWIND $keys AS key
MATCH (anchor:Paper {doi: key})`,
};

const memoised = queryMemo();

/**
 * Papers for $keys (ids or normalised DOIs) with the child's parameters. Rows: {key, paper,
 * tallies (when `tallies`), ...child columns}; keys that name no paper have no row.
 */
export function paperLookupQuery(
  by: LookupBy,
  fields: PaperProjection,
  child: LookupChild | null,
  tallies = true,
): NamedQuery {
  return memoised(`${by}|${projectionKey(fields)}|${child?.key ?? ''}|${tallies}`, () => ({
    name: `paper.lookup.${by}${child ? `+${child.name}` : ''}`,
    text: `${START[by]}
${child ? `${child.body()}\n` : ''}RETURN ${[
      'key',
      `${paperMap('anchor', fields)} AS paper`,
      ...(tallies ? [talliesOf('anchor')] : []),
      ...(child?.columns ?? []),
    ].join(', ')}`,
  }));
}
