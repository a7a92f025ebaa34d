/**
 * Helpers for Cypher built per request *shape*: which optional filters a request sets,
 * never their values (those stay $parameters).
 *
 * A filter that is not set is left out of the text instead of being written as
 * `$x IS NULL OR …`: Neo4j plans and evaluates every such guard per row, and an unset
 * filter with a subquery (a self-citation test, an ABOUT lookup) still runs it. Each
 * module memoises its texts per shape, so every text is built and planned once; shapes
 * are tuples of booleans, so their number is bounded.
 */
import type { NamedQuery } from '../executor.js';
import { heldLabelSource } from './writes.js';

/** The statement filters shared by citation pages, networks and statement lists. */
export interface StatementFilterShape {
  polarity: boolean;
  section: boolean;
  minConfidence: boolean;
  about: boolean;
  /** Who set the polarity (SOURCE, CURATOR, MODEL) is in $polaritySource; absent: not filtered. */
  polaritySource?: boolean;
}

/** A year range on the paper at the far end of a citation. */
export interface YearShape {
  yearFrom: boolean;
  yearTo: boolean;
}

/** Conditions on statement `s` for the filters the shape sets. */
export function statementConditions(shape: StatementFilterShape): string[] {
  return [
    shape.polarity && 's.polarity IN $polarity',
    shape.section && 's.section IN $section',
    shape.minConfidence && 's.confidence >= $minConfidence',
    shape.about && 'EXISTS { MATCH (s)-[:ABOUT]->(k) WHERE k.id IN $about }',
    shape.polaritySource === true && `${heldLabelSource('s', 'polarity')} IN $polaritySource`,
  ].filter((c): c is string => c !== false);
}

/** `WHERE a AND b …` on its own line at `indent`, or nothing when no condition is set. */
export function where(conditions: (string | false)[], indent = ''): string {
  const set = conditions.filter((c): c is string => c !== false);
  return set.length === 0 ? '' : `\n${indent}WHERE ${set.join(`\n${indent}  AND `)}`;
}

/** A memo of named queries by shape key: `get(key, build)` builds a text once. */
export function queryMemo(): (key: string, build: () => NamedQuery) => NamedQuery {
  const memo = new Map<string, NamedQuery>();
  return (key, build) => {
    let query = memo.get(key);
    if (!query) memo.set(key, (query = build()));
    return query;
  };
}

/**
 * The filters of `filter` that are set (neither null nor undefined), as query parameters:
 * a shape-built text names only those, so they are the only values sent.
 */
export function setFilters(filter: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(filter).filter(([, v]) => v !== null && v !== undefined),
  );
}
