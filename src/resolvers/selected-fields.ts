/**
 * Look-ahead from a resolver to the Paper or Statement fields selected at some path below it,
 * turned into the properties those fields read (a Projection, see db/cypher/projection.ts).
 * A query that returns papers for this selection only can then read four properties, not the
 * whole node. Conservative by design: any field not listed here (a new one, one whose resolver
 * reads more of the node) makes the projection whole.
 */
import { Kind, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import type { Projection } from '../repositories/paper-lookup.js';

/** Identifiers displayTitle falls back to (src/domain/paper-title.ts). */
const TITLE = ['title', 'doi', 'openalexId', 's2Id', 'pmid', 'id'];
const TALLY = [
  'citingPaperCount',
  'statementCount',
  'supportingCount',
  'mentioningCount',
  'contrastingCount',
  'unclassifiedCount',
  'referenceCount',
];
/** Fields whose resolvers read only the paper's id (a loader keyed by it). */
const BY_ID = [
  'authors',
  'venue',
  'interventions',
  'outcomes',
  'populations',
  'settings',
  'findings',
  'externalTallies',
  'includes',
  'includedIn',
  'citations',
  'references',
  'coCited',
  'coupled',
  'citationsByYear',
  'conceptLinks',
  'inclusionLinks',
];
const SAME = [
  'id',
  'doi',
  'pmid',
  'pmcid',
  'openalexId',
  'year',
  'publicationDate',
  'abstract',
  'url',
  'publicationTypes',
  'keywords',
  'topics',
  'mergedIds',
];

/** Paper field → the properties its resolver reads (src/resolvers/paper.ts and neighbours). */
const PAPER_READS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ...SAME.map((f) => [f, [f]] as const),
  ['title', TITLE],
  ['isStub', ['stub']],
  ['tally', TALLY],
  ['unverified', ['unverifiedFields', 'unverifiedNotes']],
  ['__typename', []],
  ...BY_ID.map((f) => [f, ['id']] as const),
]);

const LABELS = ['polaritySource', 'purposeSource', 'polarity', 'purpose', 'source'];
/** Statement field → the properties its resolver reads (src/resolvers/statement.ts, provenance.ts). */
const STATEMENT_READS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ...['id', 'text', 'section', 'polarity', 'purpose', 'confidence', 'source', 'provenance'].map(
    (f) => [f, [f]] as const,
  ),
  ...['sources', 'verified', 'note'].map((f) => [f, [f]] as const),
  ['polaritySource', LABELS],
  ['purposeSource', LABELS],
  [
    'classification',
    [
      'polaritySource',
      'purposeSource',
      'polarityRule',
      'confidence',
      'polarityVersion',
      'purposeConfidence',
      'purposeVersion',
    ],
  ],
  ['context', ['contextBefore', 'contextAfter']],
  // citingId and citedId come with every statement a query returns.
  ['citing', []],
  ['cited', []],
  ['about', ['id']],
  ['aboutLinks', ['id']],
  ['__typename', []],
]);

const READS = { Paper: PAPER_READS, Statement: STATEMENT_READS } as const;

type Fragments = Readonly<Record<string, FragmentDefinitionNode | undefined>>;

/** The fields of `set`, fragments and inline fragments followed. */
function fieldsOf(set: SelectionSetNode | undefined, fragments: Fragments, out: FieldNode[]) {
  if (!set) return out;
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD) out.push(s);
    else if (s.kind === Kind.INLINE_FRAGMENT) fieldsOf(s.selectionSet, fragments, out);
    else fieldsOf(fragments[s.name.value]?.selectionSet, fragments, out);
  }
  return out;
}

/** The field nodes reached from `nodes` by following field names `path`. */
export function fieldsAt(
  nodes: readonly FieldNode[],
  path: readonly string[],
  fragments: Fragments,
): FieldNode[] {
  let level: FieldNode[] = [...nodes];
  for (const name of path) {
    const next: FieldNode[] = [];
    for (const node of level) {
      for (const f of fieldsOf(node.selectionSet, fragments, [])) {
        if (f.name.value === name) next.push(f);
      }
    }
    level = next;
  }
  return level;
}

/**
 * The projection of the `type` objects selected at `path` below `nodes` (the resolver's own
 * field nodes): the properties their selected fields read, or null (whole) when any field is
 * not one whose reads are known.
 */
export function projection(
  type: keyof typeof READS,
  nodes: readonly FieldNode[],
  path: readonly string[],
  fragments: Fragments,
): Projection {
  const props = new Set(['id']);
  for (const node of fieldsAt(nodes, path, fragments)) {
    for (const f of fieldsOf(node.selectionSet, fragments, [])) {
      const reads = READS[type].get(f.name.value);
      if (!reads) return null;
      for (const p of reads) props.add(p);
    }
  }
  return [...props].sort();
}

/** The projection of the papers selected at `path` below `nodes`. */
export const paperProjection = (
  nodes: readonly FieldNode[],
  path: readonly string[],
  fragments: Fragments,
): Projection => projection('Paper', nodes, path, fragments);
