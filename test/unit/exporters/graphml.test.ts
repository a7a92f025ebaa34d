import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { graphml } from '../../../src/exporters/serialisers/graphml.js';
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

interface Data {
  key: string;
  '#text'?: string;
}
interface Key {
  id: string;
  for: string;
  'attr.name': string;
  'attr.type': string;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  htmlEntities: true,
  isArray: (name, _path, _leaf, isAttribute) =>
    !isAttribute && ['key', 'node', 'edge', 'data'].includes(name),
});

/** Reads `<data>` back into typed values using only the document's own `<key>` declarations. */
function readData(keys: Map<string, Key>, data: Data[] | undefined): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const d of data ?? []) {
    const key = keys.get(d.key);
    if (key === undefined) throw new Error(`undeclared key ${d.key}`);
    const text = d['#text'] ?? '';
    const name = key['attr.name'];
    if (key['attr.type'] === 'int') {
      expect(text).toMatch(/^-?\d+$/);
      record[name] = Number(text);
    } else if (key['attr.type'] === 'double') record[name] = Number(text);
    else if (key['attr.type'] === 'boolean') {
      expect(text).toMatch(/^(true|false)$/);
      record[name] = text === 'true';
    } else if (LIST_FIELDS.has(name)) record[name] = text === '' ? [] : text.split('|');
    else record[name] = text;
  }
  return record;
}

async function roundTrip(description?: string) {
  const chunks = await collect(graphml(NODES, EDGES, { description }));
  const xml = chunks.join('');
  expect(XMLValidator.validate(xml)).toBe(true);
  expect(xml).not.toMatch(XML_FORBIDDEN);
  const doc = parser.parse(xml);
  const keys = new Map<string, Key>(doc.graphml.key.map((k: Key) => [k.id, k]));
  const graph = doc.graphml.graph;
  const nodes = graph.node.map((n: { id: string; data?: Data[] }) => ({
    id: n.id,
    ...readData(keys, n.data),
  }));
  const edges = graph.edge.map(
    (e: { id: string; source: string; target: string; data?: Data[] }) => ({
      id: e.id,
      source: e.source,
      target: e.target,
      ...readData(keys, e.data),
    }),
  );
  return { chunks, keys, graph, nodes, edges };
}

describe('graphml', () => {
  it('declares one typed key per attribute, for nodes and for edges', async () => {
    const { keys } = await roundTrip();
    const declared = [...keys.values()].map((k) => `${k.for}:${k['attr.name']}:${k['attr.type']}`);
    expect(declared.sort()).toEqual(
      [
        'node:title:string',
        'node:year:int',
        'node:doi:string',
        'node:venue:string',
        'node:publicationTypes:string',
        'node:citingPaperCount:int',
        'node:interventions:string',
        'node:outcomes:string',
        'node:depth:int',
        'node:score:double',
        'edge:supporting:int',
        'edge:mentioning:int',
        'edge:contrasting:int',
        'edge:unclassified:int',
        'edge:statementCount:int',
        'edge:dominantPolarity:string',
        'edge:weight:double',
        'edge:sources:string',
        'edge:verified:boolean',
        'edge:note:string',
      ].sort(),
    );
  });

  it('round-trips every node attribute, dropping only what XML cannot carry', async () => {
    const { nodes } = await roundTrip();
    expect(nodes).toEqual(NODES.map((n) => withoutAbsent({ ...n, title: xmlClean(n.title) })));
    expect(nodes[0].title).toBe(`CBT & "usual care" <vs> waitlist: it's complicated`);
    expect(nodes[2].title).toBe('Line one,\nline two\twith a tab');
    expect(nodes[1]).not.toHaveProperty('year');
  });

  it('round-trips every edge attribute, including a contrasting edge and a null polarity', async () => {
    const { edges } = await roundTrip();
    expect(edges).toEqual(EDGES.map((e, i) => withoutAbsent({ id: `e${i}`, ...e })));
    expect(edges[1]).toMatchObject({ contrasting: 2, dominantPolarity: 'CONTRASTING', weight: 4 });
    expect(edges[2]).not.toHaveProperty('dominantPolarity');
    expect(edges[0]).toMatchObject({ sources: ['crossref', 'seed'], verified: true });
    expect(edges[0]).not.toHaveProperty('note');
    expect(edges[2]).toMatchObject({ verified: false, note: FLAG_NOTE });
  });

  it('is a directed graph with the description, yielded as one chunk when small', async () => {
    const { chunks, graph } = await roundTrip('Citations of <n1> & co');
    expect(chunks).toHaveLength(1);
    expect(graph.edgedefault).toBe('directed');
    expect(graph.desc).toBe('Citations of <n1> & co');
  });

  it('writes a valid empty graph', async () => {
    const xml = (await collect(graphml([], []))).join('');
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parser.parse(xml).graphml.graph).not.toHaveProperty('node');
  });
});
