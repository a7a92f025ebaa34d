/**
 * Which properties of a paper or a statement a query projects. A page of twenty papers read
 * whole (`p {.*}`, abstracts included) cost Neo4j and the driver several times what the four
 * fields a client shows cost (issue 18: op 2 read 2.5 ms of Neo4j CPU per request against
 * hand-written Cypher's 0.7 ms). Resolvers that know their selection ask for a projection;
 * the rest read nodes whole, as before.
 *
 * Property names come from the fixed lists below, never from a request, so the text built
 * from them is as fixed as any other query's (one text per projection, memoised by callers).
 */
import { REF_KINDS } from '../../domain/identity.js';

/** The paper properties a projection may name (PaperModel's stored fields). */
export const PAPER_PROPERTIES: ReadonlySet<string> = new Set([
  ...REF_KINDS,
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

/** The statement properties a projection may name (StatementModel's stored fields). */
export const STATEMENT_PROPERTIES: ReadonlySet<string> = new Set([
  'id',
  'text',
  'section',
  'polarity',
  'purpose',
  'confidence',
  'polaritySource',
  'purposeSource',
  'polarityRule',
  'polarityVersion',
  'purposeConfidence',
  'purposeVersion',
  'source',
  'provenance',
  'contextBefore',
  'contextAfter',
  'sources',
  'verified',
  'note',
]);

/** Property names to read (sorted, `id` among them), or null for the whole node. */
export type Projection = readonly string[] | null;
export type PaperProjection = Projection;

/** A key naming a projection, for memo and loader keys. */
export const projectionKey = (fields: Projection): string =>
  fields === null ? '*' : fields.join(',');

/**
 * The Cypher map of paper `v` projected as `fields`: `v {.*}` or `v {.id, .title, …}` for a
 * variable; for an expression (`row.paper`, where a map projection is not allowed)
 * `properties(row.paper)` or `{id: row.paper.id, …}`, the same map.
 */
export function paperMap(v: string, fields: PaperProjection): string {
  return nodeMap(v, fields, PAPER_PROPERTIES, '');
}

/**
 * The entries of statement variable `s` projected as `fields`, before the entries `extra`
 * adds (e.g. `citingId: citing.id`): `s {.*, extra}` or `s {.id, .text, extra}`.
 */
export function statementMap(s: string, fields: Projection, extra: string): string {
  return nodeMap(s, fields, STATEMENT_PROPERTIES, extra);
}

function nodeMap(v: string, fields: Projection, allowed: ReadonlySet<string>, extra: string) {
  const variable = /^\w+$/.test(v);
  const more = extra ? `, ${extra}` : '';
  if (fields === null) {
    if (variable) return `${v} {.*${more}}`;
    if (!extra) return `properties(${v})`;
    throw new Error('extra entries need a variable');
  }
  for (const f of fields) {
    // A caller bug, never a request's: names come from the resolvers' fixed field maps.
    if (!allowed.has(f)) throw new Error(`not a projected property: ${f}`);
  }
  return variable
    ? `${v} {${fields.map((f) => `.${f}`).join(', ')}${more}}`
    : `{${fields.map((f) => `${f}: ${v}.${f}`).join(', ')}${more}}`;
}
