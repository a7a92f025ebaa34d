/**
 * The authorization matrix (issue 7): anonymous, reader (user A), curator,
 * admin and a second reader (user B) against every mutation and every private
 * field, each asserting the exact outcome: OK, UNAUTHENTICATED, FORBIDDEN or NOT_FOUND.
 * Then every non-GraphQL data route (exports) and the data the explorer and dashboard
 * pages fetch, for each caller with ANONYMOUS_READ on and off (issue 12): the same
 * guard and error shape as /graphql, and never data that /graphql refuses the caller.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { signDevToken } from '../../src/auth/jwt.js';
import type { Role } from '../../src/domain/roles.js';
import { CurationRepository } from '../../src/repositories/curation.js';
import { LibraryRepository } from '../../src/repositories/library.js';
import type { TestServer } from '../helpers/server.js';
import { batchScenario, useDatabase, useServer } from '../helpers/suite.js';
import type { AuthConfig } from '../../src/config.js';
import type { RecordBatch } from '../../src/domain/import-format.js';

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
    // One finding, so the evidence map (and its exports) has a cell to show.
    findings: [
      {
        paper: ref(3),
        intervention: 'int-a',
        outcome: 'out-a',
        measure: 'SMD',
        estimate: -0.3,
        se: 0.1,
      },
    ],
    tallies: [],
    inclusions: [],
  };
}

const db = useDatabase(batchScenario(smallLibraryBatch, { file: 'auth-matrix' }));
const stats = { roundTrips: 0, queries: [] };
const library = new LibraryRepository(db, stats);
const curation = new CurationRepository(db, stats);
const server = useServer(db, { auth: authConfig() });
/** The same service with ANONYMOUS_READ=false. */
const closed = useServer(db, { auth: authConfig({ anonymousRead: false }) });

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
  headers.anonymous = {};
  for (const [caller, [user, role]] of Object.entries(USERS)) {
    const token = await signDevToken(AUTH_SECRET, user, role, '10m');
    headers[caller as Caller] = { authorization: `Bearer ${token}` };
  }
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
    name: 'setConceptSynonyms',
    query: 'mutation { setConceptSynonyms(id: "int-a", synonyms: ["intervention alpha"]) { id } }',
    vars: () => ({}),
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
    // Offline and dry: the job asks no API (the cache is empty) and writes nothing.
    name: 'startHarvest',
    query:
      'mutation { startHarvest(input: { dois: ["10.5555/none"], offline: true, dryRun: true }) { id status } }',
    vars: () => ({}),
    expected: CURATOR,
  },
  {
    name: 'harvestJob',
    query: '{ harvestJob(id: "no-such-job") { id } }',
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

/**
 * Every non-GraphQL data route (the exports and the explorer's clusters), and the GraphQL reads
 * the explorer and dashboard pages make for their data. `data` asserts that a permitted caller
 * got the real answer, not an empty document.
 */
interface DataRoute {
  name: string;
  send(server: TestServer, headers: Record<string, string>): Promise<Response>;
  data(body: string): void;
}

const getRoute = (name: string, path: string, data: (body: string) => void): DataRoute => ({
  name,
  send: (s, h) => fetch(`${s.url}${path}`, { headers: h }),
  data,
});
const postRoute = (
  name: string,
  path: string,
  json: unknown,
  data: (body: any) => void,
): DataRoute => ({
  name,
  send: (s, h) =>
    fetch(`${s.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...h },
      body: JSON.stringify(json),
    }),
  data: (body) => data(JSON.parse(body)),
});
const pageQuery = (
  name: string,
  query: string,
  variables: Record<string, unknown>,
  data: (body: any) => void,
): DataRoute => ({
  name,
  send: (s, h) =>
    fetch(`${s.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...h },
      body: JSON.stringify({ query, variables }),
    }),
  data: (body) => data(JSON.parse(body)),
});

const DATA_ROUTES: DataRoute[] = [
  getRoute('GET /export/network.graphml', '/export/network.graphml', (b) => {
    expect(b).toContain('<node id="m-1">');
    expect(b).toContain('<node id="m-2">');
  }),
  getRoute('GET /export/network.gexf', '/export/network.gexf?seed=m-2', (b) => {
    expect(b).toContain('<node id="m-1" label="Matrix paper 1">');
  }),
  getRoute('GET /export/network.json', '/export/network.json?seed=m-1&depth=1', (b) => {
    const ids = JSON.parse(b).elements.nodes.map((n: any) => n.data.id);
    // Earlier cases add statements citing m-1, so only these two are certain.
    expect(ids).toEqual(expect.arrayContaining(['m-1', 'm-2']));
  }),
  getRoute('GET /export/network.csv (nodes)', '/export/network.csv', (b) => {
    expect(b).toMatch(/^id,/);
    expect(b).toMatch(/\r\nm-1,/);
  }),
  getRoute('GET /export/network.csv (edges)', '/export/network.csv?part=edges', (b) => {
    expect(b).toMatch(/\r\nm-2,m-1,1,/);
  }),
  getRoute('GET /export/evidence.csv', '/export/evidence.csv', (b) => {
    expect(b).toContain('int-a');
    expect(b).toContain('out-a');
  }),
  getRoute('GET /export/evidence.json', '/export/evidence.json', (b) => {
    const cells = JSON.parse(b).cells;
    expect(cells).toHaveLength(1);
    expect(cells[0]).toMatchObject({ interventionId: 'int-a', outcomeId: 'out-a' });
  }),
  postRoute(
    'POST /explore/communities',
    '/explore/communities',
    { nodes: ['m-1', 'm-2', 'x'], edges: [{ source: 'm-2', target: 'm-1', weight: 1 }] },
    (b) => expect(b).toMatchObject({ community: { 'm-1': 0, 'm-2': 0, x: 1 }, count: 2 }),
  ),
  postRoute(
    'POST /explore/layout',
    '/explore/layout',
    { nodes: [{ id: 'm-1', x: 0, y: 0, fixed: true }, { id: 'm-2' }], edges: [] },
    (b) => {
      expect(b.positions['m-1']).toEqual({ x: 0, y: 0 });
      expect(Object.keys(b.positions).sort()).toEqual(['m-1', 'm-2']);
    },
  ),
  pageQuery(
    'explorer data (citationNetwork)',
    'query($seeds: [ID!]!) { citationNetwork(seeds: $seeds, depth: 1) { nodes { paper { id } } } }',
    { seeds: ['m-1'] },
    (b) =>
      expect(b.data.citationNetwork.nodes.map((n: any) => n.paper.id)).toEqual(
        expect.arrayContaining(['m-1', 'm-2']),
      ),
  ),
  pageQuery(
    'dashboard data (evidenceMap)',
    '{ evidenceMap { cells { intervention { id } outcome { id } } } }',
    {},
    (b) =>
      expect(b.data.evidenceMap.cells).toEqual([
        { intervention: { id: 'int-a' }, outcome: { id: 'out-a' } },
      ]),
  ),
];

const ROUTE_CALLERS = ['anonymous', 'reader', 'curator', 'badToken'] as const;
const callerHeaders = (caller: (typeof ROUTE_CALLERS)[number]) =>
  caller === 'badToken'
    ? { authorization: 'Bearer not-a-token' }
    : (headers[caller] as Record<string, string>);

/** The status /graphql gives the caller for a plain public read: the route must match it. */
async function graphqlStatus(s: TestServer, h: Record<string, string>): Promise<number> {
  const res = await fetch(`${s.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...h },
    body: JSON.stringify({ query: '{ paper(id: "m-1") { id title } }' }),
  });
  const body = (await res.json()) as any;
  if (res.status === 200) expect(body.data.paper).toEqual({ id: 'm-1', title: 'Matrix paper 1' });
  return res.status;
}

describe('HTTP data routes: one guard and one error shape', () => {
  for (const anonymousRead of [true, false]) {
    for (const route of DATA_ROUTES) {
      it(`${route.name}, ANONYMOUS_READ=${anonymousRead}`, async () => {
        const s = anonymousRead ? server : closed;
        const got: Record<string, number> = {};
        const expected: Record<string, number> = {};
        for (const caller of ROUTE_CALLERS) {
          const h = callerHeaders(caller);
          const res = await route.send(s, h);
          const body = await res.text();
          got[caller] = res.status;
          const permitted = caller === 'reader' || caller === 'curator' || anonymousRead;
          expected[caller] = caller !== 'badToken' && permitted ? 200 : 401;
          // Never more than /graphql grants the same caller.
          expect(res.status, `${caller} vs /graphql`).toBe(await graphqlStatus(s, h));
          if (res.status === 200) {
            route.data(body);
            continue;
          }
          expect(res.headers.get('content-type'), caller).toMatch(/^application\/json/);
          const error = JSON.parse(body);
          expect(Object.keys(error), caller).toEqual(['errors']);
          expect(error.errors, caller).toEqual([
            { message: expect.any(String), extensions: { code: 'UNAUTHENTICATED' } },
          ]);
        }
        expect(got).toEqual(expected);
      });
    }
  }

  it('the pages themselves stay public with ANONYMOUS_READ=false; their data does not', async () => {
    for (const path of ['/explore', '/evidence', '/assets/explore/explore.js']) {
      expect((await fetch(`${closed.url}${path}`)).status, path).toBe(200);
    }
    expect((await fetch(`${closed.url}/export/network.xyz`)).status).toBe(401);
  });

  it('answers route errors in the GraphQL error shape with their status', async () => {
    const h = callerHeaders('reader');
    const bad = await fetch(`${closed.url}/export/network.graphml?depth=9&seed=m-1`, {
      headers: h,
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({
      errors: [
        {
          message: expect.stringMatching(/depth/),
          extensions: { code: 'BAD_USER_INPUT', argument: 'depth' },
        },
      ],
    });
    const evidence = await fetch(`${closed.url}/export/evidence.json?method=XYZ`, { headers: h });
    expect(evidence.status).toBe(400);
    expect(await evidence.json()).toEqual({
      errors: [
        {
          message: expect.any(String),
          extensions: { code: 'BAD_USER_INPUT', argument: 'method' },
        },
      ],
    });
    const clusters = await fetch(`${closed.url}/explore/communities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...h },
      body: JSON.stringify({ nodes: ['m-1'], edges: [{ source: 'm-1' }] }),
    });
    expect(clusters.status).toBe(400);
    expect(await clusters.json()).toEqual({
      errors: [
        {
          message: expect.stringMatching(/edge/),
          extensions: { code: 'BAD_USER_INPUT', argument: 'edges' },
        },
      ],
    });
    const unknown = await fetch(`${closed.url}/export/network.xyz`, { headers: h });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({
      errors: [{ message: 'unknown export format', extensions: { code: 'NOT_FOUND' } }],
    });
  });
});
