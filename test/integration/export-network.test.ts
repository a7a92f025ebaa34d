/**
 * GET /export/network.*: every format round-trips through an independent parser with the
 * scenario's node and edge counts and attributes, including a title with &, < and U+0007, and
 * each citation's provenance (sources, verified, note; g→e is flagged here); the whole graph
 * streams page by page; bad parameters answer 400 in the GraphQL error shape.
 */
import { describe, expect, it } from 'vitest';
import { wholeGraph } from '../../src/services/network-export.js';
import { NetworkExportRepository } from '../../src/repositories/network/export.js';
import { AWKWARD_TITLE, AWKWARD_TITLE_XML, networkScenario, nid } from '../scenarios/network.js';
import { expectScenarioExport } from '../scenarios/network-expect.js';
import { readCsv, readCytoscape, readGexf, readGraphml } from '../scenarios/network-formats.js';
import type { ParsedNetwork } from '../scenarios/network-formats.js';
import type { RecordBatch } from '../../src/domain/import-format.js';
import { UNNAMED_SOURCE } from '../../src/importers/writer/chunks.js';
import { batchScenario, useSeededService } from '../helpers/suite.js';

// The one citation its source could not confirm; the note has what every text format escapes.
const FLAG_NOTE = `Not in g's "reference" list, <checked> & flagged`;

/** The network scenario with g→e flagged as unverified. */
function flaggedScenario(): RecordBatch {
  const batch = networkScenario();
  const ge = batch.citations.find((c) => c.citing.id === nid('g') && c.cited.id === nid('e'));
  Object.assign(ge!, { verified: false, note: FLAG_NOTE });
  return batch;
}

// Labels exactly as the scenario gives them (UNCLASSIFIED included): no classifier.
const { db, server } = useSeededService(
  batchScenario(flaggedScenario, { file: 'network', classify: false }),
);

/**
 * Every citation of `net` carries the batch's source (unnamed here) and is verified, except g→e, which
 * exports verified=false with its note; `note` is absent on the others.
 */
function expectProvenance(net: ParsedNetwork, flagged = true): void {
  for (const e of net.edges) {
    expect(e.attrs.sources).toBe(UNNAMED_SOURCE);
    if (flagged && e.source === nid('g') && e.target === nid('e'))
      expect(e.attrs).toMatchObject({ verified: 'false', note: FLAG_NOTE });
    else {
      expect(e.attrs.verified).toBe('true');
      expect(e.attrs.note).toBeUndefined();
    }
  }
  expect(net.edges.some((e) => e.attrs.verified === 'false')).toBe(flagged);
}

async function get(path: string): Promise<{ status: number; headers: Headers; body: string }> {
  const res = await fetch(`${server.url}${path}`);
  return { status: res.status, headers: res.headers, body: await res.text() };
}

async function ok(path: string, type: string, filename: string): Promise<string> {
  const res = await get(path);
  expect(res.status, res.body.slice(0, 300)).toBe(200);
  expect(res.headers.get('content-type')).toBe(type);
  expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${filename}"`);
  return res.body;
}

const SEEDED = '?seed=net-a&depth=1';
const DEPTHS = { a: 0, b: 1, c: 1, d: 1, f: 1 };

describe('whole-graph exports', () => {
  it('GraphML: typed keys, every paper and citation, escaped text', async () => {
    const doc = await ok(
      '/export/network.graphml',
      'application/graphml+xml; charset=utf-8',
      'network.graphml',
    );
    expect(doc).toContain('Peer support &amp; recovery &lt;a pilot&gt; study');
    const net = readGraphml(doc);
    expect(net.types).toMatchObject({
      'node.year': 'int',
      'node.score': 'double',
      'edge.weight': 'double',
      'edge.supporting': 'int',
      'node.title': 'string',
      'edge.sources': 'string',
      'edge.verified': 'boolean',
      'edge.note': 'string',
    });
    expectScenarioExport(net, 'abcdefgh', AWKWARD_TITLE_XML);
    expectProvenance(net);
  });

  it('GEXF 1.3: declared attributes, label and weight', async () => {
    const doc = await ok(
      '/export/network.gexf',
      'application/gexf+xml; charset=utf-8',
      'network.gexf',
    );
    expect(doc).toContain('xmlns="http://gexf.net/1.3"');
    const net = readGexf(doc);
    expect(net.types).toMatchObject({
      'node.year': 'integer',
      'edge.dominantPolarity': 'string',
      'edge.verified': 'boolean',
      'edge.note': 'string',
    });
    expectScenarioExport(net, 'abcdefgh', AWKWARD_TITLE_XML);
    expectProvenance(net);
  });

  it('Cytoscape JSON keeps the exact title, lists and nulls', async () => {
    const doc = await ok('/export/network.json', 'application/json; charset=utf-8', 'network.json');
    const net = readCytoscape(doc);
    expectScenarioExport(net, 'abcdefgh', AWKWARD_TITLE);
    expectProvenance(net);
    const ge = net.raw.elements.edges.find(
      (e: any) => e.data.source === nid('g') && e.data.target === nid('e'),
    ).data;
    expect(ge).toMatchObject({ verified: false, note: FLAG_NOTE, sources: [UNNAMED_SOURCE] });
    const b = net.raw.elements.nodes.find((n: any) => n.data.id === nid('b')).data;
    expect(b.title).toBe(AWKWARD_TITLE);
    expect(b.interventions).toEqual([]);
    expect(b.year).toBe(2012);
  });

  it('CSV: nodes by default, edges with part=edges', async () => {
    const nodes = await ok('/export/network.csv', 'text/csv; charset=utf-8', 'network-nodes.csv');
    const edges = await ok(
      '/export/network.csv?part=edges',
      'text/csv; charset=utf-8',
      'network-edges.csv',
    );
    expect(nodes.split('\r\n')[0]).toBe(
      'id,title,year,doi,venue,publicationTypes,citingPaperCount,interventions,outcomes,depth,score',
    );
    // Provenance columns are appended: the columns before them keep their places.
    expect(edges.split('\r\n')[0]).toBe(
      'source,target,supporting,mentioning,contrasting,unclassified,statementCount,dominantPolarity,weight,sources,verified,note',
    );
    const net = readCsv(nodes, edges);
    expectScenarioExport(net, 'abcdefgh', AWKWARD_TITLE);
    expectProvenance(net);
  });

  it('pages through papers and citations by id', async () => {
    const source = wholeGraph(new NetworkExportRepository(db), 3);
    const nodes = [];
    for await (const n of source.nodes) nodes.push(n.id);
    const edges = [];
    for await (const e of source.edges) edges.push(`${e.source}>${e.target}`);
    expect(nodes).toEqual([...'abcdefgh'].map(nid));
    expect(new Set(edges).size).toBe(13);
    expect(edges).toHaveLength(13);
  });

  it('reads verified and note of a flagged citation, and of no other', async () => {
    const source = wholeGraph(new NetworkExportRepository(db), 3);
    for await (const _ of source.nodes);
    const flagged = [];
    for await (const e of source.edges)
      if (!e.verified || e.note !== null) flagged.push([e.source, e.target, e.verified, e.note]);
    expect(flagged).toEqual([[nid('g'), nid('e'), false, FLAG_NOTE]]);
  });
});

describe('seeded exports', () => {
  it('export the citationNetwork of the seeds, with depth and score, in every format', async () => {
    const graphml = await ok(
      `/export/network.graphml${SEEDED}`,
      'application/graphml+xml; charset=utf-8',
      'network.graphml',
    );
    expectScenarioExport(readGraphml(graphml), 'abcdf', AWKWARD_TITLE_XML, { depths: DEPTHS });
    // g is not within one hop of a, so no flagged citation is in this network.
    expectProvenance(readGraphml(graphml), false);
    const gexf = await ok(
      `/export/network.gexf${SEEDED}`,
      'application/gexf+xml; charset=utf-8',
      'network.gexf',
    );
    expectScenarioExport(readGexf(gexf), 'abcdf', AWKWARD_TITLE_XML, { depths: DEPTHS });
    const json = await ok(
      `/export/network.json${SEEDED}`,
      'application/json; charset=utf-8',
      'network.json',
    );
    expectScenarioExport(readCytoscape(json), 'abcdf', AWKWARD_TITLE, { depths: DEPTHS });
    const nodes = await ok(
      `/export/network.csv${SEEDED}&part=nodes`,
      'text/csv; charset=utf-8',
      'network-nodes.csv',
    );
    const edges = await ok(
      `/export/network.csv${SEEDED}&part=edges`,
      'text/csv; charset=utf-8',
      'network-edges.csv',
    );
    expectScenarioExport(readCsv(nodes, edges), 'abcdf', AWKWARD_TITLE, { depths: DEPTHS });
  });

  it('carry the flag of a citation in the seeded network, in every text format', async () => {
    const seeded = '?seed=net-g&depth=1';
    const graphml = await ok(
      `/export/network.graphml${seeded}`,
      'application/graphml+xml; charset=utf-8',
      'network.graphml',
    );
    const gexf = await ok(
      `/export/network.gexf${seeded}`,
      'application/gexf+xml; charset=utf-8',
      'network.gexf',
    );
    const nodes = await ok(
      `/export/network.csv${seeded}&part=nodes`,
      'text/csv; charset=utf-8',
      'network-nodes.csv',
    );
    const edges = await ok(
      `/export/network.csv${seeded}&part=edges`,
      'text/csv; charset=utf-8',
      'network-edges.csv',
    );
    for (const net of [readGraphml(graphml), readGexf(gexf), readCsv(nodes, edges)]) {
      expect(net.edges.map((e) => `${e.source}>${e.target}`).sort()).toEqual(
        [`${nid('e')}>${nid('d')}`, `${nid('g')}>${nid('d')}`, `${nid('g')}>${nid('e')}`].sort(),
      );
      expectProvenance(net);
    }
  });

  it('takes DOIs, repeated seeds and filters as citationNetwork does', async () => {
    const doc = await ok(
      '/export/network.graphml?seed=10.5555/NET.C&seed=net-h&direction=out&polarity=CONTRASTING,MENTIONING',
      'application/graphml+xml; charset=utf-8',
      'network.graphml',
    );
    const net = readGraphml(doc);
    // From c outward: a (contrasting) and b (mentioning); h is a second, isolated seed. Among
    // them, b→a also qualifies by its mentioning statement.
    expect([...net.nodes.keys()].sort()).toEqual([nid('a'), nid('b'), nid('c'), nid('h')]);
    expect(net.edges.map((e) => `${e.source}>${e.target}`).sort()).toEqual([
      `${nid('b')}>${nid('a')}`,
      `${nid('c')}>${nid('a')}`,
      `${nid('c')}>${nid('b')}`,
    ]);
  });
});

describe('bad requests', () => {
  it('answer 400 in the GraphQL error shape, naming the problem', async () => {
    for (const [query, word] of [
      ['?seed=net-a&depth=4', 'depth'],
      ['?seed=net-a&depth=two', 'depth'],
      ['?seed=not%20a%20doi!', 'seeds'],
      ['?seed=net-a&polarity=HAPPY', 'polarity'],
      ['?seed=net-a&minConfidence=7', 'minConfidence'],
      ['?depth=2', 'seed'],
      ['?seed=net-a&colour=red', 'colour'],
      ['?part=both', 'part'],
    ] as const) {
      const res = await get(`/export/network.graphml${query}`);
      expect(res.status, query).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      const body = JSON.parse(res.body);
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(body.errors[0].message).toContain(word);
    }
    const unknown = await get('/export/network.xyz');
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body)).toEqual({
      errors: [{ message: 'unknown export format', extensions: { code: 'NOT_FOUND' } }],
    });
  });
});
