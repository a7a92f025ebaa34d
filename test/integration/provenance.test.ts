/**
 * Provenance on every asserted fact (issue 13): CITES edges, statements, concept links,
 * inclusions and findings record the sorted distinct names of the sources that asserted
 * them, a second source adds its name, and a flagged fact reads `verified: false`. Checked
 * through GraphQL (fields and the `sources` filters), the network exports, a curator
 * mutation, and the seed, which is loaded first and carries the seed's own flags.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { PURPOSE_VERSION } from '../../src/classifier/index.js';
import { signDevToken } from '../../src/auth/jwt.js';
import type { Executor } from '../../src/db/executor.js';
import { emptyBatch, type RecordBatch } from '../../src/domain/import-format.js';
import { runImport, textSource } from '../../src/importers/run.js';
import { writeBatch } from '../../src/importers/writer/index.js';
import { createContext } from '../../src/server/context.js';
import { loadSeed } from '../../seed/load.js';
import { counterDrift, testConfig } from '../helpers/db.js';
import { useSeededService } from '../helpers/suite.js';

/** An edges CSV as rows by column name (notes may hold commas and quotes). */
const edgeRows = (csv: string) => parseCsv(csv, { columns: true }) as Record<string, string>[];

const SECRET = 'provenance-secret-provenance-secret-0123';
const doi = (i: number) => `10.5555/prov.${i}`;
const P = (i: number) => `prov-${i}`;

const empty = emptyBatch;

/** What an OpenAlex-like source asserts: papers, concept links, citations, a statement, findings, inclusions. */
function fromOpenalex(): RecordBatch {
  return {
    ...empty(),
    concepts: [
      { kind: 'intervention', id: 'prov-int', name: 'Provenance intervention' },
      { kind: 'outcome', id: 'prov-out', name: 'Provenance outcome', domain: 'CLINICAL' },
      { kind: 'population', id: 'prov-pop', name: 'Provenance population' },
      { kind: 'setting', id: 'prov-set', name: 'Provenance setting' },
    ],
    papers: [
      {
        id: P(1),
        doi: doi(1),
        title: 'Review',
        year: 2020,
        interventions: ['prov-int'],
        populations: ['prov-pop'],
      },
      {
        id: P(2),
        doi: doi(2),
        title: 'Trial two',
        year: 2015,
        outcomes: ['prov-out'],
        settings: ['prov-set'],
      },
      {
        id: P(3),
        doi: doi(3),
        title: 'Trial three',
        year: 2016,
        unverified: [{ field: 'title', note: 'title from the reference list only' }],
      },
    ],
    citations: [
      { citing: { id: P(1) }, cited: { id: P(2) } },
      {
        citing: { id: P(1) },
        cited: { id: P(3) },
        verified: false,
        note: 'not in the reference list',
      },
    ],
    statements: [
      {
        id: 'prov-s1',
        citing: { id: P(1) },
        cited: { id: P(2) },
        text: 'Review on trial two',
        section: 'RESULTS',
        polarity: 'SUPPORTING',
        purpose: null,
        confidence: 0.9,
        about: ['prov-int'],
        source: 'scite',
      },
    ],
    findings: [
      {
        id: 'prov-f1',
        paper: { id: P(2) },
        intervention: 'prov-int',
        outcome: 'prov-out',
        measure: 'SMD',
        estimate: 0.3,
      },
      {
        id: 'prov-f2',
        paper: { id: P(3) },
        intervention: 'prov-int',
        outcome: 'prov-out',
        measure: 'SMD',
        estimate: 0.1,
        verified: false,
        note: 'measure assumed',
      },
    ],
    inclusions: [
      { review: { id: P(1) }, study: { id: P(2) }, verified: false, note: 'table not seen' },
      { review: { id: P(1) }, study: { id: P(3) } },
    ],
  };
}

/** A second source asserting some of the same facts (and not others). */
function fromCrossref(): RecordBatch {
  return {
    ...empty(),
    papers: [{ id: P(1), doi: doi(1), title: 'Review', interventions: ['prov-int'] }],
    citations: [{ citing: { id: P(1) }, cited: { id: P(2) } }],
    inclusions: [{ review: { id: P(1) }, study: { id: P(3) } }],
  };
}

/** Trial two cites trial three, asserted by this project's statements CSV. */
/** The `sources` entry of a purpose the classifier gave. */
const MODEL_PURPOSE = `classifier@${PURPOSE_VERSION}`;

const STATEMENTS_CSV = `citing_doi,cited_doi,text,section,polarity,purpose,confidence,about
${doi(2)},${doi(3)},Trial two on trial three,DISCUSSION,MENTIONING,,0.5,prov-out
`;

async function scenario(db: Executor): Promise<void> {
  await loadSeed(db);
  for (const [batch, source] of [
    [fromOpenalex(), 'openalex'],
    [fromCrossref(), 'crossref'],
  ] as const)
    expect((await writeBatch(db, batch, { file: source, source })).rejected).toBe(0);
  const csv = await runImport(db, [textSource('s.csv', STATEMENTS_CSV, 'statements-csv')]);
  expect(csv.rejected).toBe(0);
}

const { db, server } = useSeededService(scenario, {
  auth: { ...testConfig().auth, jwtSecret: SECRET },
});

async function gql(query: string, variables: Record<string, unknown> = {}, headers = {}) {
  const res = await server.gql<any>(query, variables, headers);
  expect(res.errors).toBeUndefined();
  return res.data;
}

const CITATIONS = `query($id: ID!, $where: CitationWhere) { paper(id: $id) {
  citations(where: $where) { totalCount edges { node { id } sources verified note
    statements { id sources verified aboutLinks { relation sources concept { id } } } } } } }`;

describe('citations', () => {
  it('list every source that asserted the CITES edge, sorted, and the statements their own', async () => {
    const data = await gql(CITATIONS, { id: P(2) });
    expect(data.paper.citations.edges).toEqual([
      {
        node: { id: P(1) },
        sources: ['crossref', 'openalex'],
        verified: true,
        note: null,
        statements: [
          {
            id: 'prov-s1',
            // The source gave no purpose: the classifier's is named too (issue 15).
            sources: [MODEL_PURPOSE, 'openalex'],
            verified: true,
            aboutLinks: [{ relation: 'ABOUT', sources: ['openalex'], concept: { id: 'prov-int' } }],
          },
        ],
      },
    ]);
  });

  it('carry a flagged citation as verified: false with its note, and the CSV source by name', async () => {
    const data = await gql(CITATIONS, { id: P(3) });
    const byId = Object.fromEntries(data.paper.citations.edges.map((e: any) => [e.node.id, e]));
    expect(byId[P(1)]).toMatchObject({
      sources: ['openalex'],
      verified: false,
      note: 'not in the reference list',
    });
    expect(byId[P(2)]).toMatchObject({ sources: ['csv'], verified: true });
  });

  it('filter by source, on both the edge-first and the statement-first query', async () => {
    const ids = async (id: string, where: object) =>
      (await gql(CITATIONS, { id, where })).paper.citations.edges.map((e: any) => e.node.id);
    expect(await ids(P(3), { sources: ['csv'] })).toEqual([P(2)]);
    expect(
      await ids(P(3), { sources: ['openalex', 'csv'] }).then((l: string[]) => l.sort()),
    ).toEqual([P(1), P(2)]);
    expect(await ids(P(2), { sources: ['crossref'] })).toEqual([P(1)]);
    expect(await ids(P(2), { sources: ['bibtex'] })).toEqual([]);
    // With a statement filter the page starts from statements; the source test still applies.
    expect(await ids(P(3), { sources: ['csv'], polarity: ['MENTIONING'] })).toEqual([P(2)]);
    expect(await ids(P(3), { sources: ['openalex'], polarity: ['MENTIONING'] })).toEqual([]);
  });

  it('refuse an empty sources filter as bad input', async () => {
    const res = await server.gql<any>(CITATIONS, { id: P(2), where: { sources: [] } });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('statements', () => {
  it('filter by provenance (sources), apart from the provider label (source)', async () => {
    const q = `query($w: StatementWhere) { statements(where: $w) { edges { node { id source sources } } } }`;
    const csv = await gql(q, { w: { sources: ['csv'] } });
    expect(csv.statements.edges.map((e: any) => e.node)).toEqual([
      { id: expect.any(String), source: 'curated', sources: [MODEL_PURPOSE, 'csv'] },
    ]);
    const openalex = await gql(q, { w: { sources: ['openalex'], cited: P(2) } });
    expect(openalex.statements.edges.map((e: any) => e.node.id)).toEqual(['prov-s1']);
  });
});

describe('concept links, findings and inclusions', () => {
  const PAPER = `query($id: ID!) { paper(id: $id) {
    interventions { id }
    conceptLinks { relation sources verified concept { __typename id name } }
    findings { id sources verified note }
    inclusionLinks { study { id } sources verified note } } }`;

  it('concept links of every kind carry the sources that gave them; the old lists stay', async () => {
    const data = await gql(PAPER, { id: P(1) });
    expect(data.paper.interventions).toEqual([{ id: 'prov-int' }]);
    expect(data.paper.conceptLinks).toEqual([
      {
        relation: 'IN_POPULATION',
        sources: ['openalex'],
        verified: true,
        concept: { __typename: 'Population', id: 'prov-pop', name: 'Provenance population' },
      },
      {
        relation: 'STUDIES',
        sources: ['crossref', 'openalex'],
        verified: true,
        concept: {
          __typename: 'InterventionType',
          id: 'prov-int',
          name: 'Provenance intervention',
        },
      },
    ]);
    const two = await gql(PAPER, { id: P(2) });
    expect(two.paper.conceptLinks.map((l: any) => [l.relation, l.concept.__typename])).toEqual([
      ['IN_SETTING', 'Setting'],
      ['MEASURES', 'Outcome'],
    ]);
  });

  it('findings and inclusions carry sources, and a flagged one reads verified: false', async () => {
    const one = await gql(PAPER, { id: P(1) });
    expect(one.paper.inclusionLinks).toEqual([
      { study: { id: P(2) }, sources: ['openalex'], verified: false, note: 'table not seen' },
      { study: { id: P(3) }, sources: ['crossref', 'openalex'], verified: true, note: null },
    ]);
    expect((await gql(PAPER, { id: P(2) })).paper.findings).toEqual([
      { id: 'prov-f1', sources: ['openalex'], verified: true, note: null },
    ]);
    expect((await gql(PAPER, { id: P(3) })).paper.findings).toEqual([
      { id: 'prov-f2', sources: ['openalex'], verified: false, note: 'measure assumed' },
    ]);
  });

  it('cost one batched query per field, however many papers', async () => {
    const query = `{ papers(first: 100) { edges { node { id conceptLinks { sources concept { id } }
      inclusionLinks { sources study { id } } findings { sources }
      citations(first: 5) { edges { sources statements { sources aboutLinks { sources } } } } } } } }`;
    const ctx = createContext(db, testConfig());
    const res = await server.app.apollo.executeOperation({ query }, { contextValue: ctx });
    if (res.body.kind !== 'single') throw new Error('expected a single result');
    expect(res.body.singleResult.errors).toBeUndefined();
    const papers = (res.body.singleResult.data as any).papers.edges;
    expect(papers.length).toBeGreaterThan(20);
    // papers, conceptLinks, inclusionLinks, findings, citations, aboutLinks.
    expect(ctx.stats.roundTrips).toBe(6);
  });
});

describe('exports', () => {
  async function text(path: string): Promise<string> {
    const res = await fetch(`${server.url}${path}`);
    expect(res.status).toBe(200);
    return res.text();
  }
  const SEEDED = `?seed=${P(1)}&depth=1`;

  it('GraphML declares sources as an edge key and gives each citation its list', async () => {
    const doc = await text(`/export/network.graphml${SEEDED}`);
    expect(doc).toContain('<key id="sources" for="edge" attr.name="sources" attr.type="string"/>');
    expect(doc).toMatch(
      new RegExp(
        `source="${P(1)}" target="${P(2)}">[^\\n]*<data key="sources">crossref\\|openalex</data>`,
      ),
    );
  });

  it('GEXF, CSV and Cytoscape JSON carry the same sources', async () => {
    const gexf = await text(`/export/network.gexf${SEEDED}`);
    expect(gexf).toContain('<attribute id="sources" title="sources" type="string"/>');
    expect(gexf).toContain('<attvalue for="sources" value="crossref|openalex"/>');
    const csv = edgeRows(await text(`/export/network.csv${SEEDED}&part=edges`));
    expect(csv.find((r) => r.source === P(2) && r.target === P(3))?.sources).toBe('csv');
    const json = JSON.parse(await text(`/export/network.json${SEEDED}`));
    const edge = json.elements.edges.find(
      (e: any) => e.data.source === P(1) && e.data.target === P(3),
    );
    expect(edge.data.sources).toEqual(['openalex']);
  });

  it('the whole-graph export gives every citation its sources, the seed as `seed`', async () => {
    const csv = edgeRows(await text('/export/network.csv?part=edges'));
    expect(csv.length).toBeGreaterThan(10);
    const sources = csv.map((r) => r.sources);
    expect(sources.filter((s) => s === '')).toEqual([]);
    expect(sources).toContain('seed');
  });
});

describe('the seed and curators', () => {
  it('every fact written has sources; the seed flags what it could not verify', async () => {
    const [row] = await db.read({
      name: 'test.provenance.census',
      text: `RETURN
        COUNT { ()-[r:CITES|STUDIES|MEASURES|IN_POPULATION|IN_SETTING|ABOUT|INCLUDES]->() WHERE r.sources IS NULL OR size(r.sources) = 0 } AS bareLinks,
        COUNT { (n:Statement|Finding) WHERE n.sources IS NULL OR size(n.sources) = 0 } AS bareNodes,
        COUNT { ()-[r:CITES]->() WHERE 'seed' IN r.sources } AS seedEdges,
        COUNT { (f:Finding) WHERE f.verified = false AND 'seed' IN f.sources } AS seedFlaggedFindings`,
    });
    expect(row).toMatchObject({ bareLinks: 0, bareNodes: 0 });
    expect(row!.seedEdges).toBeGreaterThan(0);
    expect(row!.seedFlaggedFindings).toBeGreaterThan(0);
  });

  it('a flagged seed citation reads verified: false with its note through GraphQL', async () => {
    const [flagged] = await db.read({
      name: 'test.provenance.seedFlag',
      text: `MATCH (a:Paper)-[c:CITES {verified: false}]->(b:Paper) WHERE 'seed' IN c.sources
        RETURN a.id AS citing, b.id AS cited, c.note AS note ORDER BY a.id, b.id LIMIT 1`,
    });
    expect(flagged, 'the seed flags at least one citation').toBeDefined();
    const data = await gql(CITATIONS, { id: flagged!.cited });
    const edge = data.paper.citations.edges.find((e: any) => e.node.id === flagged!.citing);
    expect(edge).toMatchObject({ sources: ['seed'], verified: false, note: flagged!.note });
    expect(String(flagged!.note).length).toBeGreaterThan(0);
  });

  it('paper fields a record could not confirm read as unverified, with the note', async () => {
    const q = `query($id: ID!) { paper(id: $id) { unverified { field note } } }`;
    expect((await gql(q, { id: P(3) })).paper.unverified).toEqual([
      { field: 'title', note: 'title from the reference list only' },
    ]);
    expect((await gql(q, { id: P(1) })).paper.unverified).toEqual([]);
    const [seed] = await db.read({
      name: 'test.provenance.seedPaperFlag',
      text: `MATCH (p:Paper) WHERE p.unverifiedFields IS NOT NULL
        RETURN p.id AS id, p.unverifiedFields AS fields ORDER BY p.id LIMIT 1`,
    });
    expect(seed, 'the seed flags at least one paper field').toBeDefined();
    const flagged = (await gql(q, { id: seed!.id })).paper.unverified;
    expect(flagged.map((f: any) => f.field)).toEqual(seed!.fields);
    for (const f of flagged) expect(f.note.length).toBeGreaterThan(0);
  });

  it('answers the README provenance query on the seed', async () => {
    const data = await gql(`{ paper(id: "lyons-2021") {
      citations(where: { sources: ["seed"] }) { edges { node { id } sources verified note } }
      conceptLinks { relation concept { name } sources }
      findings { outcome { name } sources verified note } } }`);
    const { citations, conceptLinks, findings } = data.paper;
    expect(citations.edges.length).toBeGreaterThan(0);
    for (const e of citations.edges) expect(e.sources).toEqual(['seed']);
    expect(conceptLinks.length).toBeGreaterThan(0);
    for (const l of conceptLinks) expect(l.sources).toEqual(['seed']);
    expect(findings.some((f: any) => f.verified === false && f.note)).toBe(true);
  });

  it('a curator statement and the citation it creates are `curated`', async () => {
    const headers = {
      authorization: `Bearer ${await signDevToken(SECRET, 'cora', 'curator', '10m')}`,
    };
    const created = await gql(
      `mutation($input: StatementInput!) { addCitationStatement(input: $input) { id sources } }`,
      {
        input: {
          citing: P(3),
          cited: P(2),
          text: 'Trial three on trial two',
          section: 'DISCUSSION',
          polarity: 'CONTRASTING',
        },
      },
      headers,
    );
    expect(created.addCitationStatement.sources).toEqual(['curated']);
    const data = await gql(CITATIONS, { id: P(2) });
    const edge = data.paper.citations.edges.find((e: any) => e.node.id === P(3));
    expect(edge.sources).toEqual(['curated']);
    expect(await counterDrift(db)).toEqual([]);
  });
});
