/**
 * The authorization matrix (issue 7): anonymous, reader (user A), curator,
 * admin and a second reader (user B) against every mutation and every private
 * field, each asserting the exact outcome: OK, UNAUTHENTICATED, FORBIDDEN or NOT_FOUND.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDevToken } from '../../src/auth/jwt.js';
import type { Role } from '../../src/domain/roles.js';
import { writeBatch } from '../../src/importers/writer/index.js';
import { CurationRepository } from '../../src/repositories/curation.js';
import { LibraryRepository } from '../../src/repositories/library.js';
import { resetDatabase, testDatabase } from '../helpers/db.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import type { AuthConfig } from '../../src/config.js';
import type { RecordBatch } from '../../src/domain/records.js';

const AUTH_SECRET = 'matrix-secret-matrix-secret-0123456789';
const authConfig = (over: Partial<AuthConfig> = {}): AuthConfig => ({
  jwtSecret: AUTH_SECRET,
  jwksUrl: null,
  issuer: null,
  audience: null,
  apiKeys: [],
  anonymousRead: true,
  ...over,
});

/** Four papers, one intervention and one outcome; m-2 cites m-1 with one statement. */
function smallLibraryBatch(): RecordBatch {
  const ref = (i: number) => ({ id: `m-${i}` });
  return {
    concepts: [
      { kind: 'intervention', id: 'int-a', name: 'Intervention A' },
      { kind: 'outcome', id: 'out-a', name: 'Outcome A', domain: 'CLINICAL' },
    ],
    papers: [1, 2, 3, 4].map((i) => ({ ...ref(i), title: `Matrix paper ${i}`, year: 2010 + i })),
    citations: [{ citing: ref(2), cited: ref(1) }],
    statements: [
      {
        citing: ref(2),
        cited: ref(1),
        text: 'm-2 on m-1',
        section: 'DISCUSSION',
        polarity: 'SUPPORTING',
        purpose: null,
        confidence: 0.9,
        about: ['int-a'],
        source: 'test',
      },
    ],
    findings: [],
    tallies: [],
    inclusions: [],
  };
}

const db = testDatabase();
const stats = { roundTrips: 0, queries: [] };
const library = new LibraryRepository(db, stats);
const curation = new CurationRepository(db, stats);
let server: TestServer;

const CALLERS = ['anonymous', 'reader', 'curator', 'admin', 'userB'] as const;
type Caller = (typeof CALLERS)[number];
const USERS: Record<Exclude<Caller, 'anonymous'>, [string, Role]> = {
  reader: ['user-a', 'reader'],
  curator: ['curator-1', 'curator'],
  admin: ['admin-1', 'admin'],
  userB: ['user-b', 'reader'],
};
const headers: Partial<Record<Caller, Record<string, string>>> = {};

beforeAll(async () => {
  await resetDatabase(db);
  expect((await writeBatch(db, smallLibraryBatch(), { file: 'auth-matrix' })).rejected).toBe(0);
  server = await startTestServer(db, { auth: authConfig() });
  headers.anonymous = {};
  for (const [caller, [user, role]] of Object.entries(USERS)) {
    const token = await signDevToken(AUTH_SECRET, user, role, '10m');
    headers[caller as Caller] = { authorization: `Bearer ${token}` };
  }
});
afterAll(async () => {
  await server.stop();
  await db.driver.close();
});

/** OK, or the first error's code. */
async function outcome(caller: Caller, query: string, variables: Record<string, unknown>) {
  const res = await server.gql(query, variables, headers[caller]);
  return (res.errors?.[0]?.extensions?.code as string | undefined) ?? 'OK';
}

const actor = { id: 'setup', role: 'admin' };
let seq = 0;
const collectionOfA = async (isPublic = false) =>
  ({ id: (await library.createCollection('user-a', `c${seq++}`, isPublic)).id }) as const;
const freshStatement = async () => ({
  id: (
    await curation.addStatement(actor, {
      citing: 'm-3',
      cited: 'm-1',
      text: `setup ${seq++}`,
      section: 'RESULTS',
      polarity: 'MENTIONING',
      purpose: null,
      confidence: 0.5,
      about: [],
    })
  ).id,
});
const freshPair = async () => {
  const n = seq++;
  const keep = await curation.upsertPaper(actor, { id: `mk-${n}`, title: `keep ${n}` });
  const dup = await curation.upsertPaper(actor, { id: `md-${n}`, title: `dup ${n}` });
  return { keep: keep.id, duplicate: dup.id };
};

const U = 'UNAUTHENTICATED';
const F = 'FORBIDDEN';
const N = 'NOT_FOUND';
const SIGNED_IN = { anonymous: U, reader: 'OK', curator: 'OK', admin: 'OK', userB: 'OK' };
const CURATOR = { anonymous: U, reader: F, curator: 'OK', admin: 'OK', userB: F };
/** Writes to user A's private collection: everyone else is told it does not exist. */
const OWNER_A = { anonymous: U, reader: 'OK', curator: N, admin: N, userB: N };

interface Case {
  name: string;
  query: string;
  vars: () => Promise<Record<string, unknown>> | Record<string, unknown>;
  expected: Record<Caller, string>;
}

const CASES: Case[] = [
  {
    name: 'savePaper',
    query: 'mutation($p: ID!) { savePaper(paperId: $p) { id } }',
    vars: () => ({ p: 'm-1' }),
    expected: SIGNED_IN,
  },
  {
    name: 'unsavePaper',
    query: 'mutation($p: ID!) { unsavePaper(paperId: $p) { id } }',
    vars: () => ({ p: 'm-1' }),
    expected: SIGNED_IN,
  },
  {
    name: 'reactToPaper',
    query: 'mutation($p: ID!) { reactToPaper(paperId: $p, reaction: LIKE) { id } }',
    vars: () => ({ p: 'm-2' }),
    expected: SIGNED_IN,
  },
  {
    name: 'createCollection',
    query: 'mutation { createCollection(name: "mine") { id } }',
    vars: () => ({}),
    expected: SIGNED_IN,
  },
  {
    name: 'renameCollection',
    query: 'mutation($id: ID!) { renameCollection(id: $id, name: "x") { id } }',
    vars: () => collectionOfA(),
    expected: OWNER_A,
  },
  {
    name: 'addToCollection',
    query: 'mutation($id: ID!) { addToCollection(collectionId: $id, paperId: "m-1") { id } }',
    vars: () => collectionOfA(),
    expected: OWNER_A,
  },
  {
    name: 'removeFromCollection',
    query: 'mutation($id: ID!) { removeFromCollection(collectionId: $id, paperId: "m-1") { id } }',
    vars: () => collectionOfA(),
    expected: OWNER_A,
  },
  {
    name: 'deleteCollection',
    query: 'mutation($id: ID!) { deleteCollection(id: $id) }',
    vars: () => collectionOfA(),
    expected: OWNER_A,
  },
  {
    name: 'setCollectionVisibility',
    query: 'mutation($id: ID!) { setCollectionVisibility(id: $id, public: true) { id } }',
    vars: () => collectionOfA(),
    expected: OWNER_A,
  },
  {
    name: 'renameCollection (public, not owner)',
    query: 'mutation($id: ID!) { renameCollection(id: $id, name: "x") { id } }',
    vars: () => collectionOfA(true),
    expected: { anonymous: U, reader: 'OK', curator: F, admin: F, userB: F },
  },
  {
    name: 'upsertPaper',
    query: 'mutation { upsertPaper(input: { id: "m-1", abstract: "edited" }) { id } }',
    vars: () => ({}),
    expected: CURATOR,
  },
  {
    name: 'addCitationStatement',
    query:
      'mutation { addCitationStatement(input: { citing: "m-4", cited: "m-1", text: "t" }) { id } }',
    vars: () => ({}),
    expected: CURATOR,
  },
  {
    name: 'updateStatement',
    query:
      'mutation($id: ID!) { updateStatement(id: $id, patch: { polarity: SUPPORTING }) { id } }',
    vars: freshStatement,
    expected: CURATOR,
  },
  {
    name: 'tagStatement',
    query: 'mutation($id: ID!) { tagStatement(id: $id, about: ["int-a"]) { id } }',
    vars: freshStatement,
    expected: CURATOR,
  },
  {
    name: 'deleteStatement',
    query: 'mutation($id: ID!) { deleteStatement(id: $id) }',
    vars: freshStatement,
    expected: CURATOR,
  },
  {
    name: 'mergePapers',
    query:
      'mutation($keep: ID!, $duplicate: ID!) { mergePapers(keep: $keep, duplicate: $duplicate) { id } }',
    vars: freshPair,
    expected: CURATOR,
  },
  {
    name: 'importRecords',
    query: 'mutation { importRecords(format: CSL_JSON, content: "[]", dryRun: true) { read } }',
    vars: () => ({}),
    expected: CURATOR,
  },
  {
    name: 'changes',
    query: '{ changes(first: 1) { totalCount } }',
    vars: () => ({}),
    expected: CURATOR,
  },
];

describe('authorization matrix', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const got: Record<string, string> = {};
      for (const caller of CALLERS) got[caller] = await outcome(caller, c.query, await c.vars());
      expect(got).toEqual(c.expected);
    });
  }
});

describe('private fields', () => {
  it('me: null for anonymous, the user otherwise', async () => {
    expect((await server.gql('{ me { id } }')).data).toEqual({ me: null });
    for (const caller of ['reader', 'curator', 'admin', 'userB'] as const) {
      const res = await server.gql<any>('{ me { id } }', {}, headers[caller]);
      expect(res.data.me.id).toBe(USERS[caller][0]);
    }
  });

  it("Paper.viewer: defaults for anonymous, each user's own state otherwise", async () => {
    await library.savePaper('user-a', 'm-3');
    await library.reactToPaper('user-a', 'm-3', 'DISLIKE');
    const q = '{ paper(id: "m-3") { viewer { saved reaction } } }';
    const state = async (caller: Caller) =>
      (await server.gql<any>(q, {}, headers[caller])).data.paper.viewer;
    expect(await state('anonymous')).toEqual({ saved: false, reaction: 'NONE' });
    expect(await state('reader')).toEqual({ saved: true, reaction: 'DISLIKE' });
    expect(await state('userB')).toEqual({ saved: false, reaction: 'NONE' });
  });

  it("collection: A's private one only for A; A's public one for everyone", async () => {
    const secret = await collectionOfA(false);
    const open = await collectionOfA(true);
    const q = 'query($id: ID!) { collection(id: $id) { id } }';
    for (const caller of CALLERS) {
      const priv = (await server.gql<any>(q, secret, headers[caller])).data.collection;
      const pub = (await server.gql<any>(q, open, headers[caller])).data.collection;
      expect(priv, caller).toEqual(caller === 'reader' ? secret : null);
      expect(pub, caller).toEqual(open);
    }
  });

  it("User.saved and reactions: B cannot read A's through a public collection's owner", async () => {
    const open = await collectionOfA(true);
    await library.createCollection('user-a', 'hidden', false);
    const q = `query($id: ID!) { collection(id: $id) { owner { id REST } } }`;
    const ask = async (caller: Caller, rest: string) =>
      server.gql<any>(q.replace('REST', rest), open, headers[caller]);
    expect((await ask('userB', 'reactions { reaction }')).errors?.[0]?.extensions?.code).toBe(F);
    expect((await ask('userB', 'saved { totalCount }')).errors?.[0]?.extensions?.code).toBe(F);
    expect((await ask('anonymous', 'saved { totalCount }')).errors?.[0]?.extensions?.code).toBe(U);
    expect((await ask('curator', 'reactions { reaction }')).errors?.[0]?.extensions?.code).toBe(F);
    const theirs = (await ask('userB', 'collections { public }')).data.collection.owner.collections;
    expect(theirs.length).toBeGreaterThan(0);
    expect(theirs.every((c: any) => c.public)).toBe(true);
    const own = (await ask('reader', 'collections { public }')).data.collection.owner.collections;
    expect(own.some((c: any) => !c.public)).toBe(true);
    const reactions = (await ask('reader', 'reactions { paper { id } reaction }')).data.collection
      .owner.reactions;
    expect(reactions).toContainEqual({ paper: { id: 'm-3' }, reaction: 'DISLIKE' });
  });
});
