/**
 * Personal libraries over HTTP: save/unsave are idempotent, a reaction is
 * replaced and NONE removes it, collections go through their whole life, and
 * saved papers and collection papers page correctly.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { signDevToken } from '../../src/auth/jwt.js';
import { graphCensus, testConfig } from '../helpers/db.js';
import { batchScenario, useSeededService } from '../helpers/suite.js';

const SECRET = 'library-secret-library-secret-01234567';
let alice: Record<string, string>;
let bob: Record<string, string>;
const PAPERS = Array.from({ length: 7 }, (_, i) => `lib-${i}`);

const { db, server } = useSeededService(
  batchScenario(
    {
      concepts: [],
      papers: PAPERS.map((id, i) => ({ id, title: `Library paper ${i}`, year: 2000 + i })),
      citations: [],
      statements: [],
      findings: [],
      tallies: [],
      inclusions: [],
    },
    { file: 'library' },
  ),
  { auth: { ...testConfig().auth, jwtSecret: SECRET } },
);
beforeAll(async () => {
  alice = { authorization: `Bearer ${await signDevToken(SECRET, 'alice', 'reader', '10m')}` };
  bob = { authorization: `Bearer ${await signDevToken(SECRET, 'bob', 'reader', '10m')}` };
});

async function as(user: Record<string, string>, query: string, variables = {}) {
  const res = await server.gql<any>(query, variables, user);
  if (res.errors) return { code: res.errors[0]?.extensions?.code as string, data: res.data };
  return { code: 'OK', data: res.data };
}

describe('saving', () => {
  it('is idempotent both ways and shows in Paper.viewer and me.saved', async () => {
    const save = 'mutation($p: ID!) { savePaper(paperId: $p) { id viewer { saved } } }';
    await as(alice, save, { p: 'lib-1' });
    const again = await as(alice, save, { p: 'lib-1' });
    expect(again.data.savePaper).toEqual({ id: 'lib-1', viewer: { saved: true } });
    expect((await graphCensus(db))['rel:SAVED']).toBe(1);
    expect((await graphCensus(db))['node:User']).toBe(1);
    const unsave = 'mutation($p: ID!) { unsavePaper(paperId: $p) { viewer { saved } } }';
    expect((await as(alice, unsave, { p: 'lib-1' })).data.unsavePaper.viewer.saved).toBe(false);
    expect((await as(alice, unsave, { p: 'lib-1' })).code).toBe('OK');
    expect((await graphCensus(db))['rel:SAVED']).toBeUndefined();
  });

  it('refuses an unknown paper with NOT_FOUND and writes nothing', async () => {
    const before = await graphCensus(db);
    const res = await as(bob, 'mutation { savePaper(paperId: "nope") { id } }');
    expect(res.code).toBe('NOT_FOUND');
    expect(await graphCensus(db)).toEqual(before);
  });

  it('pages through saved papers, newest first, each exactly once', async () => {
    for (const p of PAPERS.slice(0, 5))
      await as(alice, 'mutation($p: ID!) { savePaper(paperId: $p) { id } }', { p });
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 5; guard++) {
      const res = await as(
        alice,
        `query($after: String) { me { saved(first: 2, after: $after) {
        totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } } }`,
        { after },
      );
      const c = res.data.me.saved;
      expect(c.totalCount).toBe(5);
      seen.push(...c.edges.map((e: any) => e.node.id));
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(seen).toEqual(['lib-4', 'lib-3', 'lib-2', 'lib-1', 'lib-0']);
    const bobs = await as(bob, '{ me { saved { totalCount } } }');
    expect(bobs.data.me.saved.totalCount).toBe(0);
  });
});

describe('reactions', () => {
  it('replaces a reaction, and NONE removes it', async () => {
    const react =
      'mutation($r: Reaction!) { reactToPaper(paperId: "lib-2", reaction: $r) { viewer { reaction } } }';
    expect((await as(alice, react, { r: 'LIKE' })).data.reactToPaper.viewer.reaction).toBe('LIKE');
    expect((await as(alice, react, { r: 'DISLIKE' })).data.reactToPaper.viewer.reaction).toBe(
      'DISLIKE',
    );
    expect((await graphCensus(db))['rel:REACTED']).toBe(1);
    const mine = await as(alice, '{ me { reactions { paper { id } reaction at } } }');
    expect(mine.data.me.reactions).toHaveLength(1);
    expect(mine.data.me.reactions[0]).toMatchObject({
      paper: { id: 'lib-2' },
      reaction: 'DISLIKE',
    });
    expect(Date.parse(mine.data.me.reactions[0].at)).not.toBeNaN();
    const bobView = await as(bob, '{ paper(id: "lib-2") { viewer { reaction } } }');
    expect(bobView.data.paper.viewer.reaction).toBe('NONE');
    expect((await as(alice, react, { r: 'NONE' })).data.reactToPaper.viewer.reaction).toBe('NONE');
    expect((await graphCensus(db))['rel:REACTED']).toBeUndefined();
    expect((await as(alice, '{ me { reactions { reaction } } }')).data.me.reactions).toEqual([]);
  });
});

describe('collections', () => {
  it('go through create, add, page, rename, visibility, remove and delete', async () => {
    const created = await as(
      alice,
      'mutation { createCollection(name: "  Reading list  ") { id name public owner { id } } }',
    );
    const c = created.data.createCollection;
    expect(c).toMatchObject({ name: 'Reading list', public: false, owner: { id: 'alice' } });
    const add =
      'mutation($c: ID!, $p: ID!) { addToCollection(collectionId: $c, paperId: $p) { id } }';
    for (const p of ['lib-5', 'lib-6', 'lib-0', 'lib-6']) await as(alice, add, { c: c.id, p });
    expect((await as(alice, add, { c: c.id, p: 'nope' })).code).toBe('NOT_FOUND');
    const page = (after: string | null) =>
      as(
        alice,
        `query($id: ID!, $after: String) { collection(id: $id) { papers(first: 2, after: $after) {
        totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } } }`,
        { id: c.id, after },
      );
    const first = (await page(null)).data.collection.papers;
    expect(first.totalCount).toBe(3);
    expect(first.edges.map((e: any) => e.node.id)).toEqual(['lib-5', 'lib-6']);
    const second = (await page(first.pageInfo.endCursor)).data.collection.papers;
    expect(second.edges.map((e: any) => e.node.id)).toEqual(['lib-0']);
    expect(second.pageInfo.hasNextPage).toBe(false);

    const q = 'query($id: ID!) { collection(id: $id) { name public } }';
    expect((await as(bob, q, { id: c.id })).data.collection).toBeNull();
    await as(alice, 'mutation($id: ID!) { renameCollection(id: $id, name: "Renamed") { id } }', {
      id: c.id,
    });
    await as(
      alice,
      'mutation($id: ID!) { setCollectionVisibility(id: $id, public: true) { id } }',
      { id: c.id },
    );
    expect((await as(bob, q, { id: c.id })).data.collection).toEqual({
      name: 'Renamed',
      public: true,
    });

    const remove =
      'mutation($c: ID!) { removeFromCollection(collectionId: $c, paperId: "lib-6") { papers { totalCount } } }';
    expect((await as(alice, remove, { c: c.id })).data.removeFromCollection.papers.totalCount).toBe(
      2,
    );
    expect((await as(alice, remove, { c: c.id })).code).toBe('OK');

    const del = 'mutation($id: ID!) { deleteCollection(id: $id) }';
    expect((await as(bob, del, { id: c.id })).code).toBe('FORBIDDEN');
    expect((await as(alice, del, { id: c.id })).data.deleteCollection).toBe(true);
    expect((await as(alice, del, { id: c.id })).code).toBe('NOT_FOUND');
    expect((await as(alice, q, { id: c.id })).data.collection).toBeNull();
    expect((await graphCensus(db))['node:Collection']).toBeUndefined();
    expect((await graphCensus(db))['node:Paper']).toBe(PAPERS.length);
  });

  it("lists a user's collections, and validates names", async () => {
    await as(bob, 'mutation { createCollection(name: "B one", public: true) { id } }');
    await as(bob, 'mutation { createCollection(name: "B two") { id } }');
    const mine = await as(bob, '{ me { collections { name public } } }');
    expect(mine.data.me.collections).toEqual([
      { name: 'B one', public: true },
      { name: 'B two', public: false },
    ]);
    const before = await graphCensus(db);
    for (const name of ['', '   ', 'x'.repeat(201)]) {
      const res = await as(bob, 'mutation($n: String!) { createCollection(name: $n) { id } }', {
        n: name,
      });
      expect(res.code).toBe('BAD_USER_INPUT');
    }
    expect(await graphCensus(db)).toEqual(before);
  });
});
