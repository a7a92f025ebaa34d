/**
 * Identity that merges (issue 13, part 1): whatever order and mix of
 * identifiers the same works arrive in, through the writer batch by batch, in
 * one batch, or through the bulk load's in-memory resolution, the graph has
 * one node per work, the same edges and statements, and counters equal to a
 * recount. A record naming two works with different DOIs is refused and
 * changes nothing; a merged-away id still answers `paper(id:)`, and saved
 * papers and collection entries follow the merge.
 */
import { describe, expect, it } from 'vitest';
import { signDevToken } from '../../src/auth/jwt.js';
import type { Executor } from '../../src/db/executor.js';
import {
  emptyBatch,
  type PaperRecord,
  type PaperRef,
  type RecordBatch,
} from '../../src/domain/import-format.js';
import { BulkGraph } from '../../src/importers/bulk/collect.js';
import { seededRandom, type Random } from '../../src/importers/generate/prng.js';
import {
  PAPER_COUNTER_NAMES,
  PAPER_COUNTERS,
  EDGE_COUNTER_NAMES,
  EDGE_COUNTERS,
} from '../../src/importers/resolve/counters.js';
import { writeBatch } from '../../src/importers/writer/index.js';
import { counterDrift, graphCensus, resetDatabase, testConfig } from '../helpers/db.js';
import { useSeededService } from '../helpers/suite.js';

const SECRET = 'identity-merge-secret-0123456789abcdef';
const { db, server } = useSeededService(undefined, {
  auth: { ...testConfig().auth, jwtSecret: SECRET },
});

// ---- the works and what they assert ----

const WORKS = 15;
type Kind = 'doi' | 'openalexId' | 's2Id' | 'pmid';

/** Every identifier of work `i`: all have an OpenAlex id; most a DOI; some a PMID or S2 id. */
function ids(i: number): PaperRef & { openalexId: string } {
  return {
    ...(i < 12 ? { doi: `10.5555/im.${i}` } : {}),
    openalexId: `W7700${String(i).padStart(3, '0')}`,
    ...(i % 3 === 0 ? { s2Id: i.toString(16).padStart(40, 'a') } : {}),
    ...(i % 2 === 0 ? { pmid: `3100${i}` } : {}),
  };
}

const full = (i: number, keys: PaperRef = ids(i)): PaperRecord => ({
  ...keys,
  title: `Identity work ${i}`,
  year: 2000 + i,
  authors: [{ name: `Author ${i}` }],
});

const CITATIONS = Array.from({ length: WORKS }, (_, i) => [
  [i, (i + 1) % WORKS],
  [i, (i + 5) % WORKS],
]).flat() as [number, number][];
const POLARITIES = ['SUPPORTING', 'MENTIONING', 'CONTRASTING', 'UNCLASSIFIED'] as const;
const STATEMENTS = Array.from({ length: 10 }, (_, k) => ({
  citing: k,
  cited: (k + 1) % WORKS,
  text: `Identity statement ${k} about work ${(k + 1) % WORKS}.`,
  polarity: POLARITIES[k % 4]!,
}));

/** A random non-empty mix of work `i`'s identifiers, mostly one alone. */
function mix(rnd: Random, i: number): PaperRef {
  const all = ids(i);
  const kinds = (['doi', 'openalexId', 's2Id', 'pmid'] as Kind[]).filter((k) => all[k]);
  const picked = rnd.chance(0.6)
    ? [kinds[rnd.int(kinds.length)]!]
    : kinds.filter(() => rnd.chance(0.5));
  if (picked.length === 0) picked.push(kinds[rnd.int(kinds.length)]!);
  return Object.fromEntries(picked.map((k) => [k, all[k]]));
}

/** The records, each a small batch, in the arrival order `seed` draws. */
function units(seed: number): RecordBatch[] {
  const rnd = seededRandom(seed);
  const stub = (ref: PaperRef): PaperRecord => ({ ...ref, partial: true });
  const out: RecordBatch[] = [];
  for (let i = 0; i < WORKS; i++) {
    out.push({ ...emptyBatch(), papers: [full(i)] });
    // Some works also arrive as a full record under part of their identifiers.
    if (rnd.chance(0.5)) out.push({ ...emptyBatch(), papers: [full(i, mix(rnd, i))] });
  }
  for (const [a, b] of CITATIONS) {
    const [citing, cited] = [mix(rnd, a), mix(rnd, b)];
    out.push({
      ...emptyBatch(),
      papers: [stub(citing), stub(cited)],
      citations: [{ citing, cited }],
    });
  }
  for (const s of STATEMENTS)
    for (let copy = 0; copy < 1 + rnd.int(2); copy++) {
      const [citing, cited] = [mix(rnd, s.citing), mix(rnd, s.cited)];
      out.push({
        ...emptyBatch(),
        papers: [stub(citing), stub(cited)],
        statements: [
          {
            citing,
            cited,
            text: s.text,
            section: 'RESULTS',
            polarity: s.polarity,
            purpose: null,
            confidence: null,
            about: [],
            source: 'test',
          },
        ],
      });
    }
  for (let i = out.length - 1; i > 0; i--) {
    const j = rnd.int(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function joined(batches: RecordBatch[]): RecordBatch {
  const all = emptyBatch();
  for (const b of batches)
    for (const k of Object.keys(all) as (keyof RecordBatch)[])
      (all[k] as unknown[]).push(...(b[k] as unknown[]));
  return all;
}

// ---- the graph, keyed by work (paper ids depend on which identifier came first) ----

interface Shape {
  papers: string[];
  cites: string[];
  statements: string[];
}

const KEYS = ['doi', 'pmid', 's2Id', 'openalexId', 'title', 'year', 'stub'] as const;

function paperLine(props: Record<string, unknown>, counters: number[], authors: string[]): string {
  return JSON.stringify([KEYS.map((k) => props[k] ?? null), counters, authors]);
}

async function shapeOfGraph(store: Executor): Promise<Shape> {
  const papers = await store.read({
    name: 'test.identity.papers',
    text: `MATCH (p:Paper) RETURN properties(p) AS props,
      COLLECT { MATCH (a:Author)-[:AUTHORED]->(p) RETURN a.name ORDER BY a.name } AS authors`,
  });
  const cites = await store.read({
    name: 'test.identity.cites',
    text: `MATCH (a:Paper)-[c:CITES]->(b:Paper) RETURN a.openalexId AS a, b.openalexId AS b, properties(c) AS c`,
  });
  const statements = await store.read({
    name: 'test.identity.statements',
    text: `MATCH (a:Paper)-[:MAKES]->(s:Statement)-[:REFERS_TO]->(b:Paper)
      RETURN a.openalexId AS a, b.openalexId AS b, s.text AS text, s.polarity AS polarity`,
  });
  return {
    papers: papers
      .map((r) => {
        const p = r.props as Record<string, unknown>;
        const counters = PAPER_COUNTER_NAMES.map((c) => Number(p[PAPER_COUNTERS[c]]));
        return paperLine(p, counters, r.authors as string[]);
      })
      .sort(),
    cites: cites
      .map((r) => {
        const c = r.c as Record<string, unknown>;
        return JSON.stringify([
          r.a,
          r.b,
          EDGE_COUNTER_NAMES.map((n) => Number(c[EDGE_COUNTERS[n]])),
        ]);
      })
      .sort(),
    statements: statements.map((r) => JSON.stringify([r.a, r.b, r.text, r.polarity])).sort(),
  };
}

function shapeOfBulk(batches: RecordBatch[]): Shape {
  const graph = new BulkGraph();
  batches.forEach((b, i) => graph.add(b, `unit-${i}`, 'test'));
  const pairs = graph.citations();
  const oa = (id: string) => graph.papers[graph.paperOrdinal.get(id)!]!.openalexId;
  return {
    papers: graph.papers
      .map((record, ord) => {
        const props = { ...record, stub: Boolean(record.partial) };
        const counters = PAPER_COUNTER_NAMES.map((c) => graph.counter(ord, c));
        const authors = (record.authors ?? []).map((a) => a.name).sort();
        return paperLine(props, counters, authors);
      })
      .sort(),
    cites: [...pairs]
      .map((pair) => {
        const [a, b] = BulkGraph.split(pair);
        return JSON.stringify([
          graph.papers[a]!.openalexId,
          graph.papers[b]!.openalexId,
          graph.edgeCounters(pair),
        ]);
      })
      .sort(),
    statements: [...graph.statements.values()]
      .map((s) => JSON.stringify([oa(s.citing), oa(s.cited), s.text, s.polarity]))
      .sort(),
  };
}

async function writeAll(batches: RecordBatch[]): Promise<number> {
  let merged = 0;
  for (const [i, batch] of batches.entries()) {
    const summary = await writeBatch(db, batch, { file: `unit-${i}`, source: 'test' });
    merged += summary.merged;
  }
  return merged;
}

describe('the same works in any order and mix of identifiers', () => {
  let reference: Shape;

  it('written record by record, give one node per work with exact counters', async () => {
    await resetDatabase(db);
    const merged = await writeAll(units(1));
    expect(merged).toBeGreaterThan(0);
    reference = await shapeOfGraph(db);
    expect(reference.papers).toHaveLength(WORKS);
    expect(reference.cites).toHaveLength(CITATIONS.length);
    expect(reference.statements).toHaveLength(STATEMENTS.length);
    for (const line of reference.papers) expect(line).toContain('Identity work');
    expect(await counterDrift(db)).toEqual([]);
    const census = await graphCensus(db);
    expect(census['node:Paper']).toBe(WORKS);
    expect(census['node:PaperAlias']).toBe(merged);
  });

  for (const seed of [2, 3, 4]) {
    it(`give the same graph in arrival order ${seed}`, async () => {
      await resetDatabase(db);
      await writeAll(units(seed));
      expect(await shapeOfGraph(db)).toEqual(reference);
      expect(await counterDrift(db)).toEqual([]);
    });
  }

  it('give the same graph written as one batch, and in batches of five', async () => {
    await resetDatabase(db);
    const summary = await writeBatch(db, joined(units(6)), { file: 'one', source: 'test' });
    expect(summary.rejected).toBe(0);
    expect(await shapeOfGraph(db)).toEqual(reference);
    expect(await counterDrift(db)).toEqual([]);

    await resetDatabase(db);
    const all = units(7);
    for (let i = 0; i < all.length; i += 5)
      await writeBatch(db, joined(all.slice(i, i + 5)), { file: `five-${i}`, source: 'test' });
    expect(await shapeOfGraph(db)).toEqual(reference);
    expect(await counterDrift(db)).toEqual([]);
  });

  it('give the same graph through the bulk load, file by file and all at once', () => {
    for (const seed of [8, 9, 10]) expect(shapeOfBulk(units(seed))).toEqual(reference);
    expect(shapeOfBulk([joined(units(11))])).toEqual(reference);
  });
});

// ---- the case, conflicts, and what users hold ----

const DOI = '10.5555/im.case';
const OA = 'W7799001';
const CITER = '10.5555/im.citer';
const curator = async () => ({
  authorization: `Bearer ${await signDevToken(SECRET, 'cur', 'curator', '10m')}`,
});

async function paperIdBy(where: string, value: string): Promise<string[]> {
  const rows = await db.read(
    {
      name: 'test.identity.by',
      text: `MATCH (p:Paper) WHERE p[$where] = $value RETURN p.id AS id`,
    },
    { where, value },
  );
  return rows.map((r) => r.id as string);
}

async function write(batch: Partial<RecordBatch>) {
  return writeBatch(db, { ...emptyBatch(), ...batch }, { file: 'case', source: 'test' });
}

describe('a work first known by DOI, then cited by its OpenAlex id, then in full', () => {
  let stubId: string;
  let survivorId: string;

  it('ends as one node, and the mutation reports the merge', async () => {
    await resetDatabase(db);
    await write({ papers: [{ doi: DOI, title: 'The case work', year: 2019 }] });
    await write({
      papers: [
        { doi: CITER, title: 'The citing work', year: 2021 },
        { openalexId: OA, partial: true },
      ],
      citations: [{ citing: { doi: CITER }, cited: { openalexId: OA } }],
    });
    const [byDoi, byOpenAlex] = [await paperIdBy('doi', DOI), await paperIdBy('openalexId', OA)];
    expect(byDoi).toHaveLength(1);
    expect(byOpenAlex).toHaveLength(1);
    [survivorId, stubId] = [byDoi[0]!, byOpenAlex[0]!];
    expect(stubId).not.toBe(survivorId);
    expect((await graphCensus(db))['node:Paper']).toBe(3);

    const work = {
      id: `https://openalex.org/${OA}`,
      doi: `https://doi.org/${DOI}`,
      title: 'The case work',
      publication_year: 2019,
      referenced_works: [],
    };
    const res = await server.gql<any>(
      `mutation($c: String!) { importRecords(format: OPENALEX, content: $c) { merged rejected } }`,
      { c: JSON.stringify(work) },
      await curator(),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.importRecords).toEqual({ merged: 1, rejected: 0 });
    expect(await paperIdBy('openalexId', OA)).toEqual([survivorId]);
    expect((await graphCensus(db))['node:Paper']).toBe(2);
    expect(await counterDrift(db)).toEqual([]);
  });

  it('answers paper(id:) for the merged-away id with the survivor, which lists it', async () => {
    const res = await server.gql<any>(
      `query($id: ID!) { paper(id: $id) { id doi openalexId mergedIds tally { citingPapers } } }`,
      { id: stubId },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.paper).toEqual({
      id: survivorId,
      doi: DOI,
      openalexId: OA,
      mergedIds: [stubId],
      tally: { citingPapers: 1 },
    });
  });

  it('is found by the merged-away id when a later record names it', async () => {
    const summary = await write({
      papers: [{ id: stubId, title: 'The case work', partial: true }],
    });
    expect(summary.created).toBe(0);
    expect((await graphCensus(db))['node:Paper']).toBe(2);
  });
});

describe('a record naming two works with different DOIs', () => {
  it('is rejected with both DOIs, and nothing changes', async () => {
    await resetDatabase(db);
    await write({
      papers: [
        { doi: '10.5555/im.one', openalexId: 'W7798001', title: 'One' },
        { doi: '10.5555/im.two', openalexId: 'W7798002', title: 'Two' },
      ],
      citations: [{ citing: { doi: '10.5555/im.one' }, cited: { doi: '10.5555/im.two' } }],
    });
    const before = await graphCensus(db);
    const summary = await write({
      papers: [{ doi: '10.5555/im.one', openalexId: 'W7798002', title: 'Mixed up' }],
    });
    expect(summary.merged).toBe(0);
    expect(summary.rejected).toBe(1);
    expect(summary.rejects[0]!.reason).toContain('10.5555/im.one');
    expect(summary.rejects[0]!.reason).toContain('10.5555/im.two');
    expect(await graphCensus(db)).toEqual(before);
    const titles = await db.read({
      name: 'test.identity.titles',
      text: 'MATCH (p:Paper) RETURN p.title AS t ORDER BY t',
    });
    expect(titles.map((r) => r.t)).toEqual(['One', 'Two']);
  });
});

describe('what a user holds survives a merge', () => {
  it('keeps a saved paper and a collection entry on the survivor', async () => {
    await resetDatabase(db);
    await write({ papers: [{ doi: DOI, title: 'Held work', year: 2018 }] });
    await write({ papers: [{ openalexId: OA, title: 'Held work (stub)', partial: true }] });
    const [stub] = await paperIdBy('openalexId', OA);
    const [survivor] = await paperIdBy('doi', DOI);
    const reader = {
      authorization: `Bearer ${await signDevToken(SECRET, 'reader-1', 'reader', '10m')}`,
    };
    const as = (query: string, variables = {}) => server.gql<any>(query, variables, reader);
    await as('mutation($p: ID!) { savePaper(paperId: $p) { id } }', { p: stub });
    const created = await as('mutation { createCollection(name: "Held") { id } }');
    const collection = created.data.createCollection.id as string;
    await as(
      'mutation($c: ID!, $p: ID!) { addToCollection(collectionId: $c, paperId: $p) { id } }',
      {
        c: collection,
        p: stub,
      },
    );

    const summary = await write({
      papers: [{ doi: DOI, openalexId: OA, title: 'Held work', year: 2018 }],
    });
    expect(summary.merged).toBe(1);

    const res = await as(
      `query($c: ID!, $p: ID!) {
        me { saved { edges { node { id } } } }
        collection(id: $c) { papers { edges { node { id } } } }
        paper(id: $p) { id viewer { saved } }
      }`,
      { c: collection, p: stub },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.me.saved.edges).toEqual([{ node: { id: survivor } }]);
    expect(res.data.collection.papers.edges).toEqual([{ node: { id: survivor } }]);
    expect(res.data.paper).toEqual({ id: survivor, viewer: { saved: true } });
  });
});
