/**
 * Full-text articles through `evidence-graph import` (its run(), in this process:
 * test/helpers/cli.ts) on the real Neo4j: a JATS `.nxml` and a GROBID `.tei.xml` load their paper,
 * references, CITES edges and statements with section and context, which
 * GraphQL shows on the cited paper; a Semantic Scholar context of the same
 * sentence becomes the same statement; a re-import creates nothing; and the
 * summary counts dropped in-text citations; a review's table rows and appendix become
 * statements and its decision letter's callout a `sub-article` drop. The fixtures
 * (test/fixtures/fulltext-packages/) are synthetic and hand-counted in their
 * header comments. The inputs' containers (directories, `.gz`, PMC `.tar.gz`
 * packages) and bad XML are in fulltext-inputs.test.ts.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { POLARITY_VERSION, PURPOSE_VERSION } from '../../src/classifier/index.js';
import { counterDrift, graphCensus } from '../helpers/db.js';
import { runImport } from '../helpers/cli.js';
import { useDatabase, useServer } from '../helpers/suite.js';

/** The `sources` entry of a label the classifier made (issue 15). */
const MODEL_POLARITY = `classifier@${POLARITY_VERSION}`;
const MODEL_PURPOSE = `classifier@${PURPOSE_VERSION}`;
const DIR = fileURLToPath(new URL('../fixtures/fulltext-packages/', import.meta.url));
const JATS_DOI = '10.5555/fixture.jats.1';
const TEI_DOI = '10.5555/fixture.tei.1';
const REVIEW_DOI = '10.5555/fixture.cited.1';
const FILES = ['--paper', JATS_DOI, 's2-references.json', 'article.nxml', 'grobid.tei.xml'];

async function importJson(args: string[]) {
  const r = await runImport(
    ['--json', ...args].map((a) => (/\.(json|nxml|xml)$/.test(a) ? DIR + a : a)),
  );
  expect(r.stderr).toBe('');
  return { code: r.code, summary: JSON.parse(r.stdout) };
}

const db = useDatabase();
const server = useServer(db);
const rows = (text: string, params: Record<string, unknown> = {}) =>
  db.read({ name: 'test.fulltext', text }, params);

const CITATIONS = `query ($doi: String!) {
  paper(doi: $doi) {
    citations(first: 10) {
      edges {
        node { doi }
        sources
        statements { text section source sources purpose context { before after } }
      }
    }
  }
}`;

describe('import: JATS and TEI full text', { timeout: 600_000 }, () => {
  let first: { code: number | null; summary: any };

  it('loads both articles with an S2 context of one sentence, and reports what was dropped', async () => {
    first = await importJson(FILES);
    expect(first.code).toBe(0);
    // read: 1 S2 entry + 1 article per full-text file.
    expect(first.summary).toMatchObject({ read: 3, rejected: 0, merged: 0 });
    // article.nxml: one callout to r99, which the reference list does not hold.
    expect(first.summary.droppedCitations).toEqual({ 'unresolved-rid': 1 });
    expect(first.summary).not.toHaveProperty('warnings');
    expect(Object.keys(first.summary)).toEqual([
      'read',
      'created',
      'updated',
      'unchanged',
      'merged',
      'rejected',
      'references',
      'droppedCitations',
      'seconds',
    ]);
    expect(first.summary.references).toMatchObject({ read: 7, edges: 7, withoutId: 0 });
  });

  it('holds the papers, CITES edges and statements the fixtures hand-count', async () => {
    // 5 papers from the JATS article, 3 from the TEI one, the shared review counted once.
    const [papers] = await rows(`MATCH (p:Paper) RETURN count(p) AS n`);
    expect(papers!.n).toBe(7);
    const cites = await rows(
      `MATCH (a:Paper)-[c:CITES]->(b:Paper)
       RETURN a.doi AS citing, coalesce(b.doi, b.pmid, b.title) AS cited, c.sources AS sources
       ORDER BY citing, cited`,
    );
    expect(cites).toEqual([
      { citing: JATS_DOI, cited: '10.5555/fixture.cited.1', sources: ['jats', 's2'] },
      { citing: JATS_DOI, cited: '10.5555/fixture.cited.3', sources: ['jats'] },
      { citing: JATS_DOI, cited: '90000002', sources: ['jats'] },
      { citing: JATS_DOI, cited: 'Fixture handbook without identifiers', sources: ['jats'] },
      { citing: TEI_DOI, cited: '10.5555/fixture.cited.1', sources: ['tei'] },
      { citing: TEI_DOI, cited: '90000005', sources: ['tei'] },
    ]);
    const statements = await rows(
      `MATCH (a:Paper)-[:MAKES]->(s:Statement)-[:REFERS_TO]->(b:Paper)
       RETURN a.doi AS citing, coalesce(b.doi, b.pmid, b.title) AS cited, s.section AS section,
              s.sources AS sources, s.contextBefore AS before, s.contextAfter AS after
       ORDER BY citing, cited`,
    );
    expect(statements).toEqual([
      {
        citing: JATS_DOI,
        cited: '10.5555/fixture.cited.1',
        section: 'INTRODUCTION',
        // S2 gave the purpose; the classifier the polarity neither source gave (issue 15).
        sources: [MODEL_POLARITY, 'jats', 's2'],
        before: 'Fixture sentence one opens the paragraph.',
        after: 'Fixture sentence three closes the paragraph.',
      },
      expect.objectContaining({
        cited: '10.5555/fixture.cited.3',
        section: 'METHODS',
        before: null,
      }),
      expect.objectContaining({ cited: '90000002', section: 'METHODS', after: null }),
      expect.objectContaining({
        cited: 'Fixture handbook without identifiers',
        section: 'DISCUSSION',
        before: null,
        after: 'A fixture sentence points at a missing entry 99.',
      }),
      expect.objectContaining({
        citing: TEI_DOI,
        section: 'INTRODUCTION',
        sources: [MODEL_POLARITY, MODEL_PURPOSE, 'tei'].sort(),
      }),
      expect.objectContaining({ citing: TEI_DOI, cited: '90000005', section: 'RESULTS' }),
    ]);
    const [citing] = await rows(
      `MATCH (p:Paper {doi: $doi})-[:PUBLISHED_IN]->(v:Venue)
       RETURN p.pmid AS pmid, p.pmcid AS pmcid, p.year AS year, v.issn AS issn,
              COLLECT { MATCH (a:Author)-[:AUTHORED]->(p) RETURN a.orcid } AS orcids`,
      { doi: JATS_DOI },
    );
    expect(citing).toEqual({
      pmid: '90000001',
      pmcid: 'PMC9000001',
      year: 2024,
      issn: '1234-5679',
      orcids: ['0000-0002-1825-0097'],
    });
    expect(await counterDrift(db)).toEqual([]);
  });

  it('shows the statements, their sections and context on the cited paper over GraphQL', async () => {
    const res = await server.gql<any>(CITATIONS, { doi: REVIEW_DOI });
    expect(res.errors).toBeUndefined();
    const edges = res.data.paper.citations.edges;
    const byCiting = Object.fromEntries(edges.map((e: any) => [e.node.doi, e]));
    expect(Object.keys(byCiting).sort()).toEqual([JATS_DOI, TEI_DOI]);
    // The S2 context and the JATS sentence are one statement: its text is the article's,
    // its purpose S2's, its section and context the full text's, its sources both.
    expect(byCiting[JATS_DOI].statements).toEqual([
      {
        text: 'Fixture sentence two cites a prior review 1.',
        section: 'INTRODUCTION',
        source: 'semantic-scholar',
        sources: [MODEL_POLARITY, 'jats', 's2'],
        purpose: 'BACKGROUND',
        context: {
          before: 'Fixture sentence one opens the paragraph.',
          after: 'Fixture sentence three closes the paragraph.',
        },
      },
    ]);
    expect(byCiting[TEI_DOI].statements).toEqual([
      expect.objectContaining({
        text: 'A fixture TEI sentence cites the shared review [1].',
        section: 'INTRODUCTION',
        source: 'tei',
        context: { before: null, after: 'The next fixture TEI sentence follows it.' },
      }),
    ]);
    // A statement with no sentence either side has no context at all.
    const trial = await server.gql<any>(CITATIONS, { doi: '10.5555/fixture.cited.3' });
    expect(trial.data.paper.citations.edges[0].statements[0].context).toBeNull();
  });

  it("serves the articles' keywords and MeSH topics over GraphQL", async () => {
    const res = await server.gql<any>(
      `query ($a: String!, $b: String!) {
        a: paper(doi: $a) { keywords topics } b: paper(doi: $b) { keywords topics } }`,
      { a: JATS_DOI, b: TEI_DOI },
    );
    expect(res.errors).toBeUndefined();
    // JATS: the untyped group is keywords, the MeSH group topics; TEI: its terms, no topics.
    expect(res.data).toEqual({
      a: { keywords: ['peer support', 'fixture'], topics: ['Walking', 'Humans'] },
      b: { keywords: ['Gardening', 'Allotments'], topics: [] },
    });
  });

  it('re-importing creates nothing; an S2 context without full text never erases the context', async () => {
    const before = await graphCensus(db);
    const again = await importJson(['article.nxml', 'grobid.tei.xml']);
    expect(again.code).toBe(0);
    expect(again.summary).toMatchObject({ created: 0, updated: 0, rejected: 0 });
    // 6 statements, 6 citations and 7 papers, each met again as it is stored.
    expect(again.summary.unchanged).toBeGreaterThan(0);
    expect(await graphCensus(db)).toEqual(before);
    const s2Only = await importJson(['--paper', JATS_DOI, 's2-references.json']);
    expect(s2Only.summary).toMatchObject({ created: 0, rejected: 0 });
    const [kept] = await rows(
      `MATCH (:Paper {doi: $doi})-[:MAKES]->(s:Statement)-[:REFERS_TO]->(:Paper {doi: $review})
       RETURN s.contextBefore AS before, s.contextAfter AS after, s.section AS section`,
      { doi: JATS_DOI, review: REVIEW_DOI },
    );
    expect(kept).toEqual({
      before: 'Fixture sentence one opens the paragraph.',
      after: 'Fixture sentence three closes the paragraph.',
      section: 'INTRODUCTION',
    });
    expect(await graphCensus(db)).toEqual(before);
  });

  it("turns a review's table rows and appendix into statements; re-import creates nothing", async () => {
    const TABLES_DOI = '10.5555/fixture.tables.1';
    const first = await importJson(['table-review.nxml']);
    expect(first.code).toBe(0);
    expect(first.summary.droppedCitations).toEqual({ 'sub-article': 1 });
    const mine = await rows(
      `MATCH (:Paper {doi: $doi})-[:MAKES]->(s:Statement)-[:REFERS_TO]->(b:Paper)
       RETURN s.text AS text, b.doi AS cited, s.section AS section ORDER BY text`,
      { doi: TABLES_DOI },
    );
    expect(mine).toEqual([
      {
        text: 'A fixture appendix sentence cites the trial 2.',
        cited: '10.5555/fixture.cited.5',
        section: 'OTHER',
      },
      { text: 'Study: Alpha 1; Design: Review', cited: REVIEW_DOI, section: 'OTHER' },
      {
        text: 'Study: Epsilon 2; Design: Trial',
        cited: '10.5555/fixture.cited.5',
        section: 'OTHER',
      },
    ]);
    const res = await server.gql<any>(CITATIONS, { doi: REVIEW_DOI });
    expect(res.errors).toBeUndefined();
    const edge = res.data.paper.citations.edges.find((e: any) => e.node.doi === TABLES_DOI);
    expect(edge.statements).toEqual([
      expect.objectContaining({
        text: 'Study: Alpha 1; Design: Review',
        section: 'OTHER',
        source: 'jats',
        context: { before: 'Table 1. Fixture included studies', after: null },
      }),
    ]);
    const before = await graphCensus(db);
    const again = await importJson(['table-review.nxml']);
    expect(again.summary).toMatchObject({ created: 0, updated: 0, rejected: 0 });
    expect(await graphCensus(db)).toEqual(before);
    expect(await counterDrift(db)).toEqual([]);
  });
});
