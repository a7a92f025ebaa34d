/**
 * The look-ahead that turns a selection into the properties a query reads
 * (src/resolvers/selected-fields.ts): fields map to the properties their resolvers read,
 * fragments are followed, and any field it does not know reads the node whole.
 */
import { Kind, parse, type FieldNode, type FragmentDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { fieldsAt, paperProjection, projection } from '../../src/resolvers/selected-fields.js';

/** The top field of `doc` and its fragments, as a resolver's info holds them. */
function top(doc: string): {
  nodes: FieldNode[];
  fragments: Record<string, FragmentDefinitionNode>;
} {
  const parsed = parse(doc);
  const fragments: Record<string, FragmentDefinitionNode> = {};
  let nodes: FieldNode[] = [];
  for (const d of parsed.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
    if (d.kind === Kind.OPERATION_DEFINITION) nodes = [d.selectionSet.selections[0] as FieldNode];
  }
  return { nodes, fragments };
}

describe('paperProjection', () => {
  it('reads the properties the shown fields need, sorted, id always', () => {
    const { nodes, fragments } = top('{ paper(doi: "x") { year tally { statements } } }');
    expect(paperProjection(nodes, [], fragments)).toEqual([
      'citingPaperCount',
      'contrastingCount',
      'id',
      'mentioningCount',
      'referenceCount',
      'statementCount',
      'supportingCount',
      'unclassifiedCount',
      'year',
    ]);
  });

  it("reads a title's fallback identifiers with the title", () => {
    const { nodes, fragments } = top('{ paper(doi: "x") { title } }');
    expect(paperProjection(nodes, [], fragments)).toEqual([
      'doi',
      'id',
      'openalexId',
      'pmid',
      's2Id',
      'title',
    ]);
  });

  it('follows named and inline fragments along a path', () => {
    const { nodes, fragments } = top(`{ paper(doi: "x") { citations { ...E } } }
      fragment E on CitationConnection { edges { node { ... on Paper { year } ...P } } }
      fragment P on Paper { doi }`);
    expect(paperProjection(nodes, ['citations', 'edges', 'node'], fragments)).toEqual([
      'doi',
      'id',
      'year',
    ]);
    expect(fieldsAt(nodes, ['citations', 'edges'], fragments)).toHaveLength(1);
  });

  it('reads the whole paper when a field is not one it knows', () => {
    const { nodes, fragments } = top('{ paper(doi: "x") { year viewer { saved } } }');
    expect(paperProjection(nodes, [], fragments)).toBeNull();
  });
});

describe('statement projection', () => {
  it('reads label sources with the labels they fall back on, and nothing for the papers', () => {
    const { nodes, fragments } = top(
      '{ statements { edges { node { polaritySource citing { id } } } } }',
    );
    expect(projection('Statement', nodes, ['edges', 'node'], fragments)).toEqual([
      'id',
      'polarity',
      'polaritySource',
      'purpose',
      'purposeSource',
      'source',
    ]);
  });
});
