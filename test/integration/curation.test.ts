/**
 * Curator mutations against the real graph: each one's effect, exact counters
 * (counterDrift empty) and an audit Change naming the actor; invalid input is
 * BAD_USER_INPUT with the graph unchanged (graphCensus equal).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { signDevToken } from '../../src/auth/jwt.js';
import type { RecordBatch } from '../../src/domain/import-format.js';
import { counterDrift, graphCensus, testConfig } from '../helpers/db.js';
import { batchScenario, useSeededService } from '../helpers/suite.js';

const SECRET = 'curation-secret-curation-secret-012345';
let curator: Record<string, string>;

const batch = (): RecordBatch => ({
  concepts: [
    { kind: 'intervention', id: 'cur-int', name: 'Curated intervention' },
    { kind: 'outcome', id: 'cur-out', name: 'Curated outcome', domain: 'CLINICAL' },
  ],
  papers: [1, 2, 3].map((i) => ({ id: `cur-${i}`, title: `Curation paper ${i}`, year: 2010 + i })),
  citations: [],
  statements: [],
  findings: [],
  tallies: [],
  inclusions: [],
});

const { db, server } = useSeededService(batchScenario(batch, { file: 'curation' }), {
  auth: { ...testConfig().auth, jwtSecret: SECRET },
});
beforeAll(async () => {
  curator = { authorization: `Bearer ${await signDevToken(SECRET, 'cora', 'curator', '10m')}` };
});

async function run(query: string, variables: Record<string, unknown> = {}) {
  const res = await server.gql<any>(query, variables, curator);
  return {
    code: (res.errors?.[0]?.extensions?.code as string) ?? 'OK',
    data: res.data,
    errors: res.errors,
  };
}

/** The newest Change for a target. */
async function lastChange(target: string) {
  const res = await run(
    `query($t: ID!) { changes(target: $t, first: 1) { totalCount
    edges { node { actor actorRole action target before after at } } } }`,
    { t: target },
  );
  return res.data.changes.edges[0]?.node;
}

const tally = async (id: string) =>
  (
    await run(
      `{ paper(id: "${id}") { tally { citingPapers statements supporting mentioning contrasting unclassified references } } }`,
    )
  ).data.paper.tally;

/** Runs `query` expecting BAD_USER_INPUT and no change to the graph. */
async function refused(query: string, variables: Record<string, unknown> = {}) {
  const before = await graphCensus(db);
  const res = await run(query, variables);
  expect(res.code, JSON.stringify(res.errors)).toBe('BAD_USER_INPUT');
  expect(await graphCensus(db)).toEqual(before);
}

describe('upsertPaper', () => {
  it('creates a paper with a normalised DOI and zero counters, audited', async () => {
    const res =
      await run(`mutation { upsertPaper(input: { doi: "https://doi.org/10.5555/CUR.NEW", title: " New one ", year: 2020 }) {
      id doi title year isStub tally { citingPapers statements references } } }`);
    const p = res.data.upsertPaper;
    expect(p).toMatchObject({
      doi: '10.5555/cur.new',
      title: 'New one',
      year: 2020,
      isStub: false,
    });
    expect(p.tally).toEqual({ citingPapers: 0, statements: 0, references: 0 });
    const change = await lastChange(p.id);
    expect(change).toMatchObject({
      actor: 'cora',
      actorRole: 'curator',
      action: 'UPSERT_PAPER',
      before: null,
    });
    expect(JSON.parse(change.after)).toMatchObject({ doi: '10.5555/cur.new' });
    expect(await counterDrift(db)).toEqual([]);
  });

  it('finds the same paper again by DOI and only changes the fields given', async () => {
    const res = await run(
      `mutation { upsertPaper(input: { doi: "10.5555/cur.new", abstract: "Added" }) { id title abstract } }`,
    );
    expect(res.data.upsertPaper).toMatchObject({ title: 'New one', abstract: 'Added' });
    expect((await graphCensus(db))['node:Paper']).toBe(4);
    const change = await lastChange(res.data.upsertPaper.id);
    expect(JSON.parse(change.before).abstract).toBeUndefined();
    expect(JSON.parse(change.after).abstract).toBe('Added');
  });

  it('refuses bad input and identifier conflicts, writing nothing', async () => {
    await refused(
      'mutation { upsertPaper(input: { id: "cur-1", doi: "10.5555/cur.new" }) { id } }',
    );
    await refused('mutation { upsertPaper(input: { doi: "not a doi", title: "x" }) { id } }');
    await refused('mutation { upsertPaper(input: { id: "brand-new" }) { id } }');
    await refused('mutation { upsertPaper(input: { id: "cur-1", year: 99 }) { id } }');
    await refused('mutation { upsertPaper(input: { id: "cur-1", title: "" }) { id } }');
  });
});

describe('statements', () => {
  let statementId = '';

  it('addCitationStatement creates the statement and the CITES edge, counters exact', async () => {
    const res = await run(`mutation { addCitationStatement(input: { citing: "cur-2", cited: "cur-1",
      text: "Cur 2 supports cur 1", section: RESULTS, polarity: SUPPORTING, purpose: RESULT,
      confidence: 0.8, about: ["cur-int", "cur-out"] }) {
      id text section polarity purpose confidence source citing { id } cited { id } about { id } } }`);
    const s = res.data.addCitationStatement;
    statementId = s.id;
    expect(s).toMatchObject({
      section: 'RESULTS',
      polarity: 'SUPPORTING',
      purpose: 'RESULT',
      confidence: 0.8,
      source: 'curated',
      citing: { id: 'cur-2' },
      cited: { id: 'cur-1' },
    });
    expect(s.about.map((c: any) => c.id).sort()).toEqual(['cur-int', 'cur-out']);
    expect(await tally('cur-1')).toMatchObject({ citingPapers: 1, statements: 1, supporting: 1 });
    expect((await tally('cur-2')).references).toBe(1);
    expect(await counterDrift(db)).toEqual([]);
    expect(await lastChange(s.id)).toMatchObject({ action: 'ADD_STATEMENT', actor: 'cora' });
  });

  it('refuses unknown papers or concepts, self-citation and bad confidence, writing nothing', async () => {
    const add = (fields: string) =>
      `mutation { addCitationStatement(input: { ${fields} }) { id } }`;
    await refused(add('citing: "cur-2", cited: "nope", text: "t"'));
    await refused(add('citing: "nope", cited: "cur-1", text: "t"'));
    await refused(add('citing: "cur-2", cited: "cur-1", text: "t", about: ["no-such-concept"]'));
    await refused(add('citing: "cur-1", cited: "cur-1", text: "t"'));
    await refused(add('citing: "cur-2", cited: "cur-1", text: "t", confidence: 1.5'));
    await refused(add('citing: "cur-2", cited: "cur-1", text: "   "'));
  });

  it('updateStatement reclassifies and moves the counters with it', async () => {
    const res = await run(
      `mutation($id: ID!) { updateStatement(id: $id, patch: { polarity: CONTRASTING, purpose: null, section: DISCUSSION }) {
      polarity purpose section confidence } }`,
      { id: statementId },
    );
    expect(res.data.updateStatement).toEqual({
      polarity: 'CONTRASTING',
      purpose: null,
      section: 'DISCUSSION',
      confidence: 0.8,
    });
    expect(await tally('cur-1')).toMatchObject({ statements: 1, supporting: 0, contrasting: 1 });
    expect(await counterDrift(db)).toEqual([]);
    const change = await lastChange(statementId);
    expect(change.action).toBe('UPDATE_STATEMENT');
    expect([JSON.parse(change.before).polarity, JSON.parse(change.after).polarity]).toEqual([
      'SUPPORTING',
      'CONTRASTING',
    ]);
    await refused('mutation($id: ID!) { updateStatement(id: $id, patch: {}) { id } }', {
      id: statementId,
    });
    await refused(
      'mutation($id: ID!) { updateStatement(id: $id, patch: { polarity: null }) { id } }',
      { id: statementId },
    );
    await refused(
      'mutation($id: ID!) { updateStatement(id: $id, patch: { confidence: -1 }) { id } }',
      { id: statementId },
    );
    expect(
      (
        await run(
          'mutation { updateStatement(id: "nope", patch: { polarity: SUPPORTING }) { id } }',
        )
      ).code,
    ).toBe('NOT_FOUND');
  });

  it('tagStatement replaces the concepts', async () => {
    const res = await run(
      `mutation($id: ID!) { tagStatement(id: $id, about: ["cur-out"]) { about { id } } }`,
      { id: statementId },
    );
    expect(res.data.tagStatement.about).toEqual([{ id: 'cur-out' }]);
    expect((await graphCensus(db))['rel:ABOUT']).toBe(1);
    expect((await lastChange(statementId)).action).toBe('TAG_STATEMENT');
    await refused(
      'mutation($id: ID!) { tagStatement(id: $id, about: ["cur-int", "nope"]) { id } }',
      { id: statementId },
    );
  });

  it('deleteStatement removes it, keeps the citation, and recounts', async () => {
    expect(
      (await run('mutation($id: ID!) { deleteStatement(id: $id) }', { id: statementId })).data
        .deleteStatement,
    ).toBe(true);
    expect(await tally('cur-1')).toMatchObject({ citingPapers: 1, statements: 0, contrasting: 0 });
    expect((await graphCensus(db))['node:Statement']).toBeUndefined();
    expect(await counterDrift(db)).toEqual([]);
    const change = await lastChange(statementId);
    expect(change).toMatchObject({ action: 'DELETE_STATEMENT', after: null, actor: 'cora' });
    expect(
      (await run('mutation($id: ID!) { deleteStatement(id: $id) }', { id: statementId })).code,
    ).toBe('NOT_FOUND');
  });

  it('changes pages newest first and filters by target', async () => {
    const all = await run(
      '{ changes(first: 100) { totalCount edges { node { action target } } } }',
    );
    expect(all.data.changes.totalCount).toBe(all.data.changes.edges.length);
    const mine = await run('query($t: ID!) { changes(target: $t) { edges { node { action } } } }', {
      t: statementId,
    });
    expect(mine.data.changes.edges.map((e: any) => e.node.action)).toEqual([
      'DELETE_STATEMENT',
      'TAG_STATEMENT',
      'UPDATE_STATEMENT',
      'ADD_STATEMENT',
    ]);
    const page = await run(
      '{ changes(first: 2) { edges { cursor } pageInfo { hasNextPage endCursor } } }',
    );
    expect(page.data.changes.pageInfo.hasNextPage).toBe(true);
  });
});
