import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { gexf } from '../../../src/exporters/serialisers/gexf.js';
import {
  EDGES,
  FLAG_NOTE,
  LIST_FIELDS,
  NODES,
  XML_FORBIDDEN,
  collect,
  withoutAbsent,
  xmlClean,
} from './network.js';

interface AttValue {
  for: string;
  value: string;
}
interface Attribute {
  id: string;
  title: string;
  type: string;
}
type AttributeTypes = Map<string, Attribute>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  htmlEntities: true,
  isArray: (name, _path, _leaf, isAttribute) =>
    !isAttribute && ['attributes', 'attribute', 'node', 'edge', 'attvalue'].includes(name),
});

/** Reads `<attvalue>`s back into typed values using only the document's `<attribute>`s. */
function readAttvalues(types: AttributeTypes, values: AttValue[] | undefined) {
  const record: Record<string, unknown> = {};
  for (const { for: id, value } of values ?? []) {
    const attribute = types.get(id);
    if (attribute === undefined) throw new Error(`undeclared attribute ${id}`);
    if (attribute.type === 'integer') {
      expect(value).toMatch(/^-?\d+$/);
      record[attribute.title] = Number(value);
    } else if (attribute.type === 'double') record[attribute.title] = Number(value);
    else if (attribute.type === 'boolean') {
      expect(value).toMatch(/^(true|false)$/);
      record[attribute.title] = value === 'true';
    } else if (LIST_FIELDS.has(attribute.title))
      record[attribute.title] = value ? value.split('|') : [];
    else record[attribute.title] = value;
  }
  return record;
}

async function roundTrip(description?: string) {
  const chunks = await collect(gexf(NODES, EDGES, { description }));
  const xml = chunks.join('');
  expect(XMLValidator.validate(xml)).toBe(true);
  expect(xml).not.toMatch(XML_FORBIDDEN);
  const doc = parser.parse(xml).gexf;
  const graph = doc.graph;
  const declared = (target: string): AttributeTypes =>
    new Map(
      graph.attributes
        .find((a: { class: string }) => a.class === target)
        .attribute.map((a: Attribute) => [a.id, a]),
    );
  const nodeTypes = declared('node');
  const edgeTypes = declared('edge');
  type Node = { id: string; label: string; attvalues?: { attvalue: AttValue[] } };
  const nodes = graph.nodes.node.map((n: Node) => ({
    id: n.id,
    title: n.label,
    ...readAttvalues(nodeTypes, n.attvalues?.attvalue),
  }));
  type Edge = { id: string; source: string; target: string; weight?: string };
  const edges = graph.edges.edge.map((e: Edge & { attvalues?: { attvalue: AttValue[] } }) => ({
    id: e.id,
    source: e.source,
    target: e.target,
    ...(e.weight === undefined ? {} : { weight: Number(e.weight) }),
    ...readAttvalues(edgeTypes, e.attvalues?.attvalue),
  }));
  return { chunks, doc, nodeTypes, edgeTypes, nodes, edges };
}

const typesOf = (types: AttributeTypes) =>
  Object.fromEntries([...types.values()].map((a) => [a.id, `${a.title}:${a.type}`]));

describe('gexf', () => {
  it('is GEXF 1.3 with typed node and edge attribute declarations', async () => {
    const { doc, nodeTypes, edgeTypes } = await roundTrip();
    expect(doc.version).toBe('1.3');
    expect(doc.xmlns).toBe('http://gexf.net/1.3');
    expect(doc.graph.defaultedgetype).toBe('directed');
    expect(typesOf(nodeTypes)).toEqual({
      year: 'year:integer',
      doi: 'doi:string',
      venue: 'venue:string',
      publicationTypes: 'publicationTypes:string',
      citingPaperCount: 'citingPaperCount:integer',
      interventions: 'interventions:string',
      outcomes: 'outcomes:string',
      depth: 'depth:integer',
      score: 'score:double',
    });
    expect(typesOf(edgeTypes)).toEqual({
      supporting: 'supporting:integer',
      mentioning: 'mentioning:integer',
      contrasting: 'contrasting:integer',
      unclassified: 'unclassified:integer',
      statementCount: 'statementCount:integer',
      dominantPolarity: 'dominantPolarity:string',
      sources: 'sources:string',
      verified: 'verified:boolean',
      note: 'note:string',
    });
  });

  it('round-trips every node attribute, with the title as label', async () => {
    const { nodes } = await roundTrip();
    // Labels are xsd:token, so runs of tab/LF/CR/space become one space.
    const label = (title: string) =>
      xmlClean(title)
        .replace(/[\t\n\r ]+/g, ' ')
        .trim();
    expect(nodes).toEqual(NODES.map((n) => withoutAbsent({ ...n, title: label(n.title) })));
    expect(nodes[0].title).toBe(`CBT & "usual care" <vs> waitlist: it's complicated`);
    expect(nodes[2].title).toBe('Line one, line two with a tab');
    expect(nodes[1]).not.toHaveProperty('year');
  });

  it('round-trips every edge attribute, with the weight as the native edge weight', async () => {
    const { edges } = await roundTrip();
    expect(edges).toEqual(EDGES.map((e, i) => withoutAbsent({ id: `e${i}`, ...e })));
    expect(edges[1]).toMatchObject({ contrasting: 2, dominantPolarity: 'CONTRASTING', weight: 4 });
    expect(edges[2]).toMatchObject({ weight: 1 });
    expect(edges[2]).not.toHaveProperty('dominantPolarity');
    expect(edges[0]).toMatchObject({ sources: ['crossref', 'seed'], verified: true });
    expect(edges[2]).toMatchObject({ verified: false, note: FLAG_NOTE });
  });

  it('carries the description in meta, yielded as one chunk when small', async () => {
    const { chunks, doc } = await roundTrip('Citations of <n1> & co');
    expect(chunks).toHaveLength(1);
    expect(doc.meta.description).toBe('Citations of <n1> & co');
    expect(doc.meta.creator).toBe('Evidence Graph');
  });

  it('writes a valid empty graph', async () => {
    const xml = (await collect(gexf([], []))).join('');
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parser.parse(xml).gexf.graph.nodes).not.toHaveProperty('node');
  });
});
