/**
 * mergePapers over a small, hand-counted scenario: every relationship of the
 * duplicate D moves to the kept paper K, parallel citations fold into one,
 * citations between K and D disappear, and every counter is recomputed.
 *
 *   A cites D (SUPPORTING) and K (MENTIONING)  → A cites K once, with 2 statements
 *   D cites B (CONTRASTING)                     → K cites B
 *   D cites K (statement)                       → dropped (would be a self-citation)
 *   K and D both cite C                         → K cites C once
 *   R includes D                                → R includes K
 *   D: author X, venue V, STUDIES int, MEASURES out, a finding, a scite tally, DOI
 *   K: author Y, STUDIES int, no venue, no DOI
 *   user u saved D, LIKEd D, DISLIKEd K, and has D in a collection
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { signDevToken } from '../../src/auth/jwt.js';
import type { RecordBatch, StatementRecord } from '../../src/domain/import-format.js';
import { LibraryRepository } from '../../src/repositories/library.js';
import { counterDrift, graphCensus, testConfig } from '../helpers/db.js';
import { batchScenario, useSeededService } from '../helpers/suite.js';

const SECRET = 'merge-secret-merge-secret-0123456789ab';
let admin: Record<string, string>;
let user: Record<string, string>;
let collectionId = '';

const ref = (id: string) => ({ id });
const statement = (
  citing: string,
  cited: string,
  polarity: StatementRecord['polarity'],
): StatementRecord => ({
  citing: ref(citing),
  cited: ref(cited),
  text: `${citing} on ${cited}`,
  section: 'RESULTS',
  polarity,
  purpose: null,
  confidence: 0.7,
  about: [],
  source: 'test',
});

function scenario(): RecordBatch {
  return {
    concepts: [
      { kind: 'intervention', id: 'mg-int', name: 'Merge intervention' },
      { kind: 'outcome', id: 'mg-out', name: 'Merge outcome', domain: 'CLINICAL' },
    ],
    papers: [
      {
        id: 'K',
        title: 'Kept',
        authors: [{ name: 'Author Y' }],
        interventions: ['mg-int'],
        keywords: ['kept keyword'],
      },
      {
        id: 'D',
        title: 'Duplicate',
        doi: '10.5555/merge.d',
        pmid: '123456',
        year: 2015,
        authors: [{ name: 'Author X' }],
        venue: { name: 'Venue V', volume: '3' },
        keywords: ['duplicate keyword'],
        topics: ['Duplicate topic'],
        interventions: ['mg-int'],
        outcomes: ['mg-out'],
      },
      ...['A', 'B', 'C', 'R'].map((id) => ({ id, title: `Paper ${id}` })),
    ],
    citations: [
      ['A', 'D'],
      ['A', 'K'],
      ['D', 'B'],
      ['D', 'K'],
      ['K', 'C'],
      ['D', 'C'],
    ].map(([a, b]) => ({ citing: ref(a as string), cited: ref(b as string) })),
    statements: [
      statement('A', 'D', 'SUPPORTING'),
      statement('A', 'K', 'MENTIONING'),
      statement('D', 'B', 'CONTRASTING'),
      statement('D', 'K', 'SUPPORTING'),
    ],
    findings: [
      {
        id: 'mg-f1',
        paper: ref('D'),
        intervention: 'mg-int',
        outcome: 'mg-out',
        measure: 'SMD',
        estimate: 0.3,
        se: 0.1,
      },
    ],
    tallies: [
      {
        paper: ref('D'),
        source: 'scite',
        citingPublications: 9,
        statements: 9,
        supporting: 1,
        mentioning: 8,
        contrasting: 0,
        unclassified: 0,
      },
    ],
    inclusions: [{ review: ref('R'), study: ref('D') }],
  };
}

const { db, server } = useSeededService(
  async (graph) => {
    await batchScenario(scenario, { file: 'merge' })(graph);
    const library = new LibraryRepository(graph, { roundTrips: 0, queries: [] });
    await library.savePaper('u', 'D');
    await library.reactToPaper('u', 'D', 'LIKE');
    await library.reactToPaper('u', 'K', 'DISLIKE');
    collectionId = (await library.createCollection('u', 'Merge list', false)).id;
    await library.addToCollection('u', collectionId, 'D');
  },
  { auth: { ...testConfig().auth, jwtSecret: SECRET } },
);
beforeAll(async () => {
  admin = { authorization: `Bearer ${await signDevToken(SECRET, 'ada', 'admin', '10m')}` };
  user = { authorization: `Bearer ${await signDevToken(SECRET, 'u', 'reader', '10m')}` };
});

const PAPER = `id doi pmid year title keywords topics
  tally { citingPapers statements supporting mentioning contrasting references }
  authors { name } venue { name volume } interventions { id } outcomes { id }
  findings { id } externalTallies { source } includedIn { id }`;

describe('mergePapers', () => {
  it('refuses bad input and unknown papers, writing nothing', async () => {
    const before = await graphCensus(db);
    const same = await server.gql(
      'mutation { mergePapers(keep: "K", duplicate: "K") { id } }',
      {},
      admin,
    );
    expect(same.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await server.gql(
      'mutation { mergePapers(keep: "K", duplicate: "nope") { id } }',
      {},
      admin,
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await graphCensus(db)).toEqual(before);
  });

  it('moves every relationship of the duplicate and recounts', async () => {
    const before = await graphCensus(db);
    const res = await server.gql<any>(
      `mutation { mergePapers(keep: "K", duplicate: "D") { ${PAPER} } }`,
      {},
      admin,
    );
    expect(res.errors).toBeUndefined();
    const k = res.data.mergePapers;
    expect(k).toMatchObject({
      id: 'K',
      title: 'Kept',
      doi: '10.5555/merge.d',
      pmid: '123456',
      year: 2015,
      // A list comes whole from keep when it has one, else from the duplicate.
      keywords: ['kept keyword'],
      topics: ['Duplicate topic'],
    });
    // Citing: A. Statements about K: A's two. References: B and C.
    expect(k.tally).toEqual({
      citingPapers: 1,
      statements: 2,
      supporting: 1,
      mentioning: 1,
      contrasting: 0,
      references: 2,
    });
    expect(k.authors).toEqual([{ name: 'Author Y' }]);
    expect(k.venue).toEqual({ name: 'Venue V', volume: '3' });
    expect(k.interventions).toEqual([{ id: 'mg-int' }]);
    expect(k.outcomes).toEqual([{ id: 'mg-out' }]);
    expect(k.findings).toEqual([{ id: 'mg-f1' }]);
    expect(k.externalTallies).toEqual([{ source: 'scite' }]);
    expect(k.includedIn).toEqual([{ id: 'R' }]);

    const after = await graphCensus(db);
    expect(after['node:Paper']).toBe(before['node:Paper']! - 1);
    expect(after['node:Statement']).toBe(3); // D's statement on K is gone
    // CITES: A→D, A→K, D→B, D→K, K→C, D→C (6) become A→K, K→B, K→C (3).
    expect(after['rel:CITES']).toBe(3);
    expect(after['rel:AUTHORED']).toBe(1);
    expect(after['rel:STUDIES']).toBe(1);
    expect(after['node:ExternalTally']).toBe(1);

    const others = await server.gql<any>(
      `{ papers(where: { ids: ["A", "B", "C"] }, orderBy: { field: TITLE, direction: ASC }) {
      edges { node { id tally { citingPapers statements contrasting references } } } } }`,
      {},
      admin,
    );
    expect(others.data.papers.edges.map((e: any) => e.node)).toEqual([
      { id: 'A', tally: { citingPapers: 0, statements: 0, contrasting: 0, references: 1 } },
      { id: 'B', tally: { citingPapers: 1, statements: 1, contrasting: 1, references: 0 } },
      { id: 'C', tally: { citingPapers: 1, statements: 0, contrasting: 0, references: 0 } },
    ]);
    const edge = await server.gql<any>(
      '{ paper(id: "K") { citations { edges { node { id } statements { polarity } } } } }',
      {},
      admin,
    );
    expect(edge.data.paper.citations.edges).toHaveLength(1);
    expect(
      edge.data.paper.citations.edges[0].statements.map((s: any) => s.polarity).sort(),
    ).toEqual(['MENTIONING', 'SUPPORTING']);
    expect(await counterDrift(db)).toEqual([]);
    // The merged-away id stays a way to the survivor (issue 13: saved links do not break).
    const gone = await server.gql<any>('{ paper(id: "D") { id mergedIds } }');
    expect(gone.data.paper).toEqual({ id: 'K', mergedIds: ['D'] });
  });

  it("carries the user's library over, keeping K's own reaction", async () => {
    const res = await server.gql<any>(
      `query($c: ID!) { me { saved { edges { node { id } } } reactions { paper { id } reaction } }
      collection(id: $c) { papers { edges { node { id } } } } }`,
      { c: collectionId },
      user,
    );
    expect(res.data.me.saved.edges).toEqual([{ node: { id: 'K' } }]);
    expect(res.data.me.reactions).toEqual([{ paper: { id: 'K' }, reaction: 'DISLIKE' }]);
    expect(res.data.collection.papers.edges).toEqual([{ node: { id: 'K' } }]);
  });

  it('records the merge with its actor and what moved', async () => {
    const res = await server.gql<any>(
      '{ changes(target: "K", first: 1) { edges { node { actor action before after } } } }',
      {},
      admin,
    );
    const change = res.data.changes.edges[0].node;
    expect(change).toMatchObject({ actor: 'ada', action: 'MERGE_PAPERS' });
    expect(JSON.parse(change.before).duplicate.id).toBe('D');
    const after = JSON.parse(change.after);
    expect(after.droppedStatements).toBe(1);
    expect(after.moved).toMatchObject({
      'in:CITES': 1,
      'out:CITES': 2, // D→B and D→C (folded into K→C); D→K dropped
      'in:SAVED': 1,
      'in:CONTAINS': 1,
      'in:INCLUDES': 1,
    });
  });

  it('upsertPaper given the merged-away id edits the survivor, never a new paper', async () => {
    const before = await graphCensus(db);
    // D's DOI now belongs to K: naming it beside D's id is no conflict, since D is K.
    const res = await server.gql<any>(
      `mutation { upsertPaper(input: { id: "D", doi: "10.5555/merge.d", abstract: "Edited through D" }) {
      id title abstract mergedIds } }`,
      {},
      admin,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.upsertPaper).toEqual({
      id: 'K',
      title: 'Kept',
      abstract: 'Edited through D',
      mergedIds: ['D'],
    });
    const after = await graphCensus(db);
    expect(after['node:Paper']).toBe(before['node:Paper']);
    expect(after['node:PaperAlias']).toBe(before['node:PaperAlias']);
    const own = await db.read(
      { name: 'test.paperD', text: 'MATCH (p:Paper {id: "D"}) RETURN count(p) AS n' },
      {},
    );
    expect(Number(own[0]?.n)).toBe(0);
    const change = await server.gql<any>(
      '{ changes(target: "K", first: 1) { edges { node { action target } } } }',
      {},
      admin,
    );
    expect(change.data.changes.edges[0].node).toEqual({ action: 'UPSERT_PAPER', target: 'K' });
    expect(await counterDrift(db)).toEqual([]);
  });
});
