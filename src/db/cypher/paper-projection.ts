/**
 * Which properties of a paper a query projects. A page of twenty papers read whole
 * (`p {.*}`, abstracts included) cost Neo4j and the driver several times what the four
 * fields a client shows cost (issue 18: op 2 read 2.5 ms of Neo4j CPU per request against
 * hand-written Cypher's 0.7 ms). Resolvers that know their selection ask for a projection;
 * the rest read papers whole, as before.
 *
 * Property names come from the fixed list below, never from a request, so the text built
 * from them is as fixed as any other query's (one text per projection, memoised by callers).
 */

/** The paper properties a projection may name (PaperModel's stored fields). */
export const PAPER_PROPERTIES: ReadonlySet<string> = new Set([
  'id',
  'doi',
  'pmid',
  'pmcid',
  'openalexId',
  's2Id',
  'title',
  'abstract',
  'year',
  'publicationDate',
  'publicationTypes',
  'keywords',
  'topics',
  'mergedIds',
  'url',
  'stub',
  'unverifiedFields',
  'unverifiedNotes',
  'citingPaperCount',
  'referenceCount',
  'statementCount',
  'supportingCount',
  'mentioningCount',
  'contrastingCount',
  'unclassifiedCount',
]);

/** Property names to read (sorted, `id` among them), or null for the whole paper. */
export type PaperProjection = readonly string[] | null;

/** A key naming a projection, for memo and loader keys. */
export const projectionKey = (fields: PaperProjection): string =>
  fields === null ? '*' : fields.join(',');

/**
 * The Cypher map of paper `v` projected as `fields`: `v {.*}` or `v {.id, .title, …}` for a
 * variable; for an expression (`row.paper`, where a map projection is not allowed)
 * `properties(row.paper)` or `{id: row.paper.id, …}`, the same map.
 */
export function paperMap(v: string, fields: PaperProjection): string {
  const variable = /^\w+$/.test(v);
  if (fields === null) return variable ? `${v} {.*}` : `properties(${v})`;
  for (const f of fields) {
    // A caller bug, never a request's: names come from the resolvers' fixed field map.
    if (!PAPER_PROPERTIES.has(f)) throw new Error(`not a paper property: ${f}`);
  }
  return variable
    ? `${v} {${fields.map((f) => `.${f}`).join(', ')}}`
    : `{${fields.map((f) => `${f}: ${v}.${f}`).join(', ')}}`;
}
