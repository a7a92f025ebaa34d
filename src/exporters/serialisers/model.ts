/**
 * The shape of a citation network as every serialiser in this folder receives it, and the
 * attribute table they all share, so that GraphML, GEXF, Cytoscape JSON and CSV carry the same
 * attribute names (the field names below) with the same types.
 */
import type { CitationEdge } from '../../domain/network/citation-edge.js';
import type { NetworkPaperAttributes } from '../../domain/network/network-paper.js';

/** A paper in an exported citation network. */
export interface NetworkNode extends NetworkPaperAttributes {
  title: string;
  /** Hops from the seed paper, when the network was expanded from one. */
  depth?: number | null;
  /** Ranking score (e.g. PageRank), when one was computed. */
  score?: number | null;
}

/** A citation from `source` (citing) to `target` (cited): the domain's one citation-edge model. */
export type NetworkEdge = CitationEdge;

/** Optional document-level metadata a serialiser writes where its format has room for it. */
export interface ExportMeta {
  description?: string;
}

/** Anything `for await` can read: an async generator, a Node stream in object mode, an array. */
export type Source<T> = AsyncIterable<T> | Iterable<T>;

/**
 * Value kind of an exported attribute; each format maps it to its own type name.
 * `list` values are arrays of strings; `boolean` values are written `true` / `false`.
 */
export type AttributeKind = 'string' | 'int' | 'double' | 'boolean' | 'list';

/** Node attributes in export order, with their kinds. `id` is structural, not an attribute. */
export const NODE_ATTRIBUTES = [
  ['title', 'string'],
  ['year', 'int'],
  ['doi', 'string'],
  ['venue', 'string'],
  ['publicationTypes', 'list'],
  ['citingPaperCount', 'int'],
  ['interventions', 'list'],
  ['outcomes', 'list'],
  ['depth', 'int'],
  ['score', 'double'],
] as const satisfies ReadonlyArray<readonly [keyof NetworkNode, AttributeKind]>;

/** Edge attributes in export order, with their kinds. `source`/`target` are structural. */
export const EDGE_ATTRIBUTES = [
  ['supporting', 'int'],
  ['mentioning', 'int'],
  ['contrasting', 'int'],
  ['unclassified', 'int'],
  ['statementCount', 'int'],
  ['dominantPolarity', 'string'],
  ['weight', 'double'],
  // Provenance: the sources that asserted the citation, whether it is confirmed (false when
  // flagged) and the flag's note (docs/ARCHITECTURE.md). Appended, so columns keep their places.
  ['sources', 'list'],
  ['verified', 'boolean'],
  ['note', 'string'],
] as const satisfies ReadonlyArray<readonly [keyof NetworkEdge, AttributeKind]>;

/** Name of a node attribute in every format. */
export type NodeAttributeName = (typeof NODE_ATTRIBUTES)[number][0];

/** Name of an edge attribute in every format. */
export type EdgeAttributeName = (typeof EDGE_ATTRIBUTES)[number][0];

/**
 * Separator for list attributes in the text formats (GraphML, GEXF, CSV), which have no list
 * type every reader understands. Items are written verbatim: an item that itself contains `|`
 * will read back as two items, and an empty list and a list of one empty string both read
 * back as `''`. Split with `value === '' ? [] : value.split('|')`.
 */
export const LIST_SEPARATOR = '|';

/** Any value an attribute of {@link NetworkNode} or {@link NetworkEdge} can hold. */
export type AttributeValue = string | number | boolean | readonly string[] | null | undefined;

/**
 * The text form of an attribute value for the text formats, or null when the value is absent.
 * null, undefined and non-finite numbers (which no format's numeric types can hold) are absent;
 * booleans are `true` / `false` (the lexical form of xsd:boolean); lists are joined with
 * {@link LIST_SEPARATOR}.
 */
export function attributeText(value: AttributeValue): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return value.join(LIST_SEPARATOR);
}

/** Synthetic id of the `index`-th edge (0-based), used by formats whose edges carry ids. */
export function edgeId(index: number): string {
  return `e${index}`;
}
