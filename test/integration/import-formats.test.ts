/**
 * `evidence-graph import` end to end against the real Neo4j: every format
 * through the one command (its run(), in this process), identity merging across
 * sources, and OpenAlex stubs upgraded in place.
 */
import { describe, expect, it } from 'vitest';
import { counterDrift, resetDatabase } from '../helpers/db.js';
import { runImport } from '../helpers/cli.js';
import { useDatabase } from '../helpers/suite.js';

const LYONS = '10.1186/s12888-021-03321-z';

const run = runImport;

async function importFiles(...args: string[]) {
  const r = await run(['--json', ...args]);
  return { code: r.code, summary: r.stdout ? JSON.parse(r.stdout) : null, stderr: r.stderr };
}

const db = useDatabase();
const one = async (text: string, params = {}) => (await db.read({ name: 't', text }, params))[0]!;

describe('import: every format through the one command', { timeout: 600_000 }, () => {
  it.each([
    ['taxonomy.csv', [], 0, { read: 12, created: 12 }],
    ['openalex-list.json', [], 0, { read: 3, created: 7 }],
    ['openalex-work.json', [], 0, { read: 1, created: 4, updated: 1 }],
    ['openalex-snapshot.jsonl', [], 0, { read: 2, created: 3 }],
    ['crossref-work.json', [], 0, { read: 1, rejected: 0 }],
    ['crossref-items.json', [], 3, { read: 3, rejected: 1 }],
    ['refs.bib', [], 3, { read: 6, rejected: 3 }],
    ['refs.ris', [], 3, { read: 4, rejected: 2 }],
    ['refs.csl.json', [], 3, { read: 4, rejected: 1 }],
    ['s2-paper.json', [], 0, { read: 1, created: 0 }],
    ['s2-citations.json', ['--paper', LYONS], 3, { read: 3, rejected: 1 }],
    ['statements.csv', [], 0, { read: 3, created: 3, updated: 0 }],
    ['findings.csv', [], 3, { read: 12 }],
  ] as const)('%s', async (file, extra, code, expected) => {
    const r = await importFiles(file, ...extra);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(code);
    expect(r.summary).toMatchObject(expected);
    expect(Object.keys(r.summary)).toEqual([
      'read',
      'created',
      'updated',
      'unchanged',
      'merged',
      'rejected',
      'references',
      'seconds',
    ]);
  });

  it('holds what the files said, with counters equal to a recount', async () => {
    const lyons = await one(
      `MATCH (p:Paper {doi: $doi}) RETURN p.title AS title, p.pmid AS pmid, p.s2Id AS s2,
        p.openalexId AS oa, p.abstract AS abstract, p.citingPaperCount AS citing`,
      { doi: LYONS },
    );
    expect(lyons).toMatchObject({ pmid: '34162340', oa: 'W0000000001', s2: '0'.repeat(38) + 'a1' });
    expect(lyons.abstract).toMatch(/^Fixture text, not the published abstract: peer support/);
    // Cooper 2024 (OpenAlex, Crossref and S2) and the synthetic W…99 and c3 papers cite it.
    expect(Number(lyons.citing)).toBeGreaterThanOrEqual(3);
    const s2 = await one(
      `MATCH (:Paper {doi: $doi})<-[:REFERS_TO]-(s:Statement {source: 'semantic-scholar'})
       RETURN collect(s.purpose) AS purposes, collect(DISTINCT s.purposeSource) AS purposeSources,
              collect(DISTINCT s.polarity) AS polarities, collect(DISTINCT s.polaritySource) AS polaritySources`,
      { doi: LYONS },
    );
    expect([...(s2.purposes as string[])].sort()).toEqual(['BACKGROUND', 'METHOD', 'RESULT']);
    // S2 gives intents (purposes, SOURCE) but no polarity: the classifier's (MODEL, issue 15).
    expect(s2.purposeSources).toEqual(['SOURCE']);
    expect(s2.polaritySources).toEqual(['MODEL']);
    expect(s2.polarities).not.toContain('UNCLASSIFIED');
    const accents = await one(
      `MATCH (p:Paper) WHERE p.title STARTS WITH 'Fixture entry (synthetic): Über'
       RETURN p.title AS title, COLLECT { MATCH (a)-[:AUTHORED]->(p) RETURN a.name } AS authors`,
    );
    expect(accents.title).toContain('café');
    expect(accents.authors).toContain('Jérôme Müller');
    const statement = await one(
      `MATCH (s:Statement)-[:ABOUT]->(c) WHERE s.text CONTAINS 'small gains in overall recovery'
       RETURN s.section AS section, s.polarity AS polarity, collect(c.id) AS about`,
    );
    expect(statement).toMatchObject({ section: 'RESULTS', polarity: 'MENTIONING' });
    expect([...(statement.about as string[])].sort()).toEqual(['peer-support.group', 'recovery']);
    const finding = await one(
      `MATCH (:Paper {doi: $doi})-[:REPORTS]->(f:Finding)-[:ON]->(o:Outcome)
       RETURN f.estimate AS estimate, o.id AS outcome`,
      { doi: LYONS },
    );
    expect(finding).toEqual({ estimate: 0.18, outcome: 'recovery' });
    expect(await counterDrift(db)).toEqual([]);
  });

  it('merges one work from OpenAlex, Crossref and S2 into one paper, one author list, one venue', async () => {
    const r = await one(
      `MATCH (p:Paper) WHERE p.doi = $doi OR p.openalexId = 'W0000000001' OR p.pmid = '34162340'
       RETURN count(DISTINCT p) AS papers,
              COUNT { MATCH (p)<-[:AUTHORED]-() } AS authors,
              COUNT { MATCH (p)-[:PUBLISHED_IN]->() } AS venues`,
      { doi: LYONS },
    );
    expect(r).toEqual({ papers: 1, authors: 3, venues: 1 });
  });

  it('stores the keywords and topics the files gave, and serves none as an empty list', async () => {
    const white = await one(
      `MATCH (p:Paper {doi: '10.1186/s12888-020-02923-3'}) RETURN p.keywords AS k, p.topics AS t`,
    );
    // RIS KW lines are keywords; RIS carries no topics, and none is not an empty list.
    expect(white).toEqual({
      k: ['One-to-one peer support', 'Hope, agency and opportunity'],
      t: null,
    });
    // Lyons 2021: Crossref's subject is a topic of the one merged paper.
    const lyons = await one(`MATCH (p:Paper {doi: $doi}) RETURN p.topics AS t`, { doi: LYONS });
    expect(lyons).toEqual({ t: ['Psychiatry and Mental health'] });
    const none = await one(
      `MATCH (p:Paper) WHERE p.keywords IS NULL AND p.topics IS NULL RETURN count(p) AS n`,
    );
    expect(none.n).toBeGreaterThan(0);
    const [empty] = await db.read({
      name: 't',
      text: `MATCH (p:Paper) WHERE size(coalesce(p.keywords, ['x'])) = 0 OR size(coalesce(p.topics, ['x'])) = 0
             RETURN count(p) AS n`,
    });
    expect(empty!.n).toBe(0);
  });

  it('upgrades an OpenAlex stub in place when the full work arrives', async () => {
    await resetDatabase(db);
    // W…99 in the list cites W…01, known only by its OpenAlex id: a stub.
    expect((await importFiles('openalex-list.json')).code).toBe(0);
    const stub = await one(
      `MATCH (p:Paper {openalexId: 'W0000000001'}) RETURN p.id AS id, p.title AS title, p.stub AS stub`,
    );
    expect(stub).toMatchObject({ title: null, stub: true });
    expect((await importFiles('openalex-work.json')).summary).toMatchObject({ updated: 1 });
    const full = await db.read({
      name: 't',
      text: `MATCH (p:Paper {openalexId: 'W0000000001'})
             RETURN p.id AS id, p.title AS title, p.stub AS stub, p.citingPaperCount AS citing`,
    });
    expect(full).toHaveLength(1);
    expect(full[0]).toMatchObject({ id: stub.id, stub: false, citing: 2 });
    expect(full[0]!.title).toMatch(/^A systematic review and meta-analysis of group peer support/);
    expect(await counterDrift(db)).toEqual([]);
  });
});
